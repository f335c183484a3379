namespace Tandem.Testing;

/// <summary>Who a test says it is at the dev identity provider's sign-in form.</summary>
public sealed record DevPerson(string DisplayName, string Email, string? Subject = null)
{
    public static DevPerson Unique(string displayName = "Test Person")
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        return new DevPerson(displayName, $"{id}@example.test", "sub-" + id);
    }
}
