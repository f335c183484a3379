using System.Buffers;
using System.Text;
using Tandem.Data.ApiTokens;

namespace Tandem.Api.ApiTokens;

/// <summary>The rules a new token's name and lifetime follow; errors are keyed by their JSON field.</summary>
internal static class ApiTokenValidation
{
    public const string NameField = "name";

    public const string ExpiresInDaysField = "expiresInDays";

    public static readonly int MaxLifetimeDays = (int)ApiTokenLimits.MaxLifetime.TotalDays;

    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(char.IsControl)));

    public static ValidApiTokenRequest? Validate(CreateApiTokenRequest request, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);

        var name = request.Name?.Trim();
        errors = [];
        if (NameError(name) is { } nameError)
        {
            errors[NameField] = [nameError];
        }

        if (LifetimeError(request.ExpiresInDays) is { } lifetimeError)
        {
            errors[ExpiresInDaysField] = [lifetimeError];
        }

        return errors.Count == 0
            ? new ValidApiTokenRequest(name!, TimeSpan.FromDays(request.ExpiresInDays!.Value))
            : null;
    }

    private static string? NameError(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "A name is required, so that you can tell your tokens apart.";
        }

        if (name.Length > ApiTokenLimits.NameMaxLength)
        {
            return $"The name is {name.Length} characters long; at most {ApiTokenLimits.NameMaxLength} are allowed.";
        }

        // JSON can carry a lone surrogate as an escape (\ud800); it is not text and PostgreSQL refuses it.
        if (!IsWellFormed(name))
        {
            return "The name contains an unpaired surrogate escape, which is not valid Unicode text.";
        }

        return name.AsSpan().ContainsAny(ControlCharacters)
            ? "The name must not contain control characters such as line breaks or tabs."
            : null;
    }

    private static string? LifetimeError(int? days) => days switch
    {
        null => $"Say how many days the token should last, from 1 to {MaxLifetimeDays}.",
        < 1 => "A token must last at least 1 day.",
        _ when days > MaxLifetimeDays =>
            $"A token can last at most {MaxLifetimeDays} days; create a new one when it runs out.",
        _ => null,
    };

    private static bool IsWellFormed(string text)
    {
        var remaining = text.AsSpan();
        while (!remaining.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(remaining, out _, out var consumed) != OperationStatus.Done)
            {
                return false;
            }

            remaining = remaining[consumed..];
        }

        return true;
    }
}
