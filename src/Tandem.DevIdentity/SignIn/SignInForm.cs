using System.Net.Mail;
using Microsoft.AspNetCore.Http;

namespace Tandem.DevIdentity.SignIn;

/// <summary>
/// What the sign-in form posted. Its fields travel beside the authorization request's own parameters,
/// so they carry a prefix that no OAuth or OpenID Connect parameter uses.
/// </summary>
/// <remarks>Public because the Razor page that renders it is a public class.</remarks>
public sealed record SignInForm(string Name, string Email, bool EmailVerified, string Subject)
{
    public const string FieldPrefix = "dev_";

    public const string NameField = FieldPrefix + "name";

    public const string EmailField = FieldPrefix + "email";

    public const string EmailVerifiedField = FieldPrefix + "email_verified";

    public const string SubjectField = FieldPrefix + "subject";

    /// <summary>The form-wide error key, for problems that belong to no single field.</summary>
    public const string FormKey = "form";

    public const int MaxNameLength = 100;

    // RFC 5321 caps a forward path at 256 octets, including the two angle brackets.
    public const int MaxEmailLength = 254;

    public const int MaxSubjectLength = 255;

    /// <summary>The form as first shown: "E-mail verified" is ticked, since most tests want that.</summary>
    public static SignInForm Blank { get; } =
        new(string.Empty, string.Empty, EmailVerified: true, string.Empty);

    public static bool IsOwnField(string key) => key.StartsWith(FieldPrefix, StringComparison.Ordinal);

    /// <summary>A submission always has the e-mail field; an unticked checkbox is simply not sent.</summary>
    public static bool IsSubmittedIn(IFormCollection form) => form.ContainsKey(EmailField);

    public static SignInForm Read(IFormCollection form) => new(
        form[NameField].ToString().Trim(),
        form[EmailField].ToString().Trim(),
        string.Equals(form[EmailVerifiedField].ToString(), "true", StringComparison.Ordinal),
        form[SubjectField].ToString().Trim());

    /// <summary>Messages keyed by field name, in the order of the fields; empty when all is well.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        if (Name.Length == 0)
        {
            errors[NameField] = "Enter a display name.";
        }
        else if (Name.Length > MaxNameLength)
        {
            errors[NameField] = $"The display name must be at most {MaxNameLength} characters long.";
        }
        else if (Name.Any(char.IsControl))
        {
            errors[NameField] = "The display name cannot contain line breaks or other control characters.";
        }

        if (Email.Length == 0)
        {
            errors[EmailField] = "Enter an e-mail address.";
        }
        else if (!IsWellFormedEmail(Email))
        {
            errors[EmailField] = "Enter a well-formed e-mail address, like ada@example.test.";
        }

        if (Subject.Length > MaxSubjectLength || Subject.Any(c => c is <= ' ' or > '~'))
        {
            errors[SubjectField] = $"The subject can have at most {MaxSubjectLength} letters, digits and " +
                "punctuation marks, without spaces. Leave it empty to derive it from the e-mail address.";
        }

        return errors;
    }

    internal DevPerson ToPerson(DateTimeOffset now) => new(
        Subject.Length > 0 ? Subject : SubjectIdentifier.FromEmail(Email), Name, Email, EmailVerified, now);

    // MailAddress also accepts "Ada <ada@example.test>"; only the bare address is an e-mail claim.
    private static bool IsWellFormedEmail(string email) =>
        email.Length <= MaxEmailLength
        && MailAddress.TryCreate(email, out var address)
        && string.Equals(address.Address, email, StringComparison.Ordinal);
}
