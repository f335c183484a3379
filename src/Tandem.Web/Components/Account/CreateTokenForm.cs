namespace Tandem.Web.Components.Account;

/// <summary>The token page's create form. The API validates; the page only passes the fields on.</summary>
public sealed class CreateTokenForm
{
    public string? Name { get; set; }

    /// <summary>One of <see cref="Choices"/> from the form; the API refuses anything outside 1 to 366.</summary>
    public int? ExpiresInDays { get; set; } = 30;

    public static IReadOnlyList<(int Days, string Label)> Choices { get; } =
    [
        (7, "7 days"),
        (30, "30 days"),
        (90, "90 days"),
        (365, "1 year"),
    ];
}
