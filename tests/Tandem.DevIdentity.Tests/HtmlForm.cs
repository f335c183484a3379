using System.Net;
using System.Text.RegularExpressions;

namespace Tandem.DevIdentity.Tests;

/// <summary>
/// A form on one of the provider's pages, with the fields a browser would submit: hidden and text inputs
/// with their values, and checkboxes only when ticked. Regular expressions suffice because the markup is
/// the provider's own and machine-written.
/// </summary>
public sealed partial record HtmlForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>The main sign-in form.</summary>
    public static HtmlForm SignIn(string html) =>
        Single(html, form => form.Contains("id=\"sign-in\"", StringComparison.Ordinal));

    /// <summary>The one-click form whose button says "Sign in as {name}".</summary>
    public static HtmlForm TestPerson(string html, string name) =>
        Single(html, form => form.Contains($">Sign in as {name}</button>", StringComparison.Ordinal));

    public string? this[string name] => Fields.FirstOrDefault(field => field.Key == name).Value;

    /// <summary>The same form with one field set, as typing into it would.</summary>
    public HtmlForm With(string name, string value) =>
        this with { Fields = [.. Without(name).Fields, KeyValuePair.Create(name, value)] };

    /// <summary>The same form without a field, as unticking a checkbox or a tampering client would.</summary>
    public HtmlForm Without(string name) =>
        this with { Fields = [.. Fields.Where(field => field.Key != name)] };

    private static HtmlForm Single(string html, Func<string, bool> predicate)
    {
        var form = FormPattern().Matches(html).Select(match => match.Value).Single(predicate);

        var action = WebUtility.HtmlDecode(Attribute(FormTagPattern().Match(form).Value, "action")!);
        var fields = InputPattern().Matches(form)
            .Select(match => match.Value)
            .Where(input => Attribute(input, "name") is not null)
            .Where(input => Attribute(input, "type") != "checkbox" || CheckedPattern().IsMatch(input))
            .Select(input => KeyValuePair.Create(
                WebUtility.HtmlDecode(Attribute(input, "name")!),
                WebUtility.HtmlDecode(Attribute(input, "value") ?? string.Empty)))
            .ToList();

        return new HtmlForm(action, fields);
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<form\\b[^>]*>")]
    private static partial Regex FormTagPattern();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("\\schecked(\\s|/|>|=)")]
    private static partial Regex CheckedPattern();
}
