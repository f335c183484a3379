using System.Buffers;
using System.Text;
using Tandem.Data.Posts;

namespace Tandem.Api.Posts;

/// <summary>The rules a post's title and body follow; errors are keyed by their JSON field.</summary>
internal static class PostValidation
{
    public const string TitleField = "title";

    public const string BodyField = "body";

    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(Controls(except: ""));

    private static readonly SearchValues<char> ForbiddenInBody =
        SearchValues.Create(Controls(except: "\t\n\r"));

    public static ValidPost? Validate(PostRequest request, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);

        var title = request.Title?.Trim();
        errors = [];
        AddIfAny(errors, TitleField, TitleError(title));
        AddIfAny(errors, BodyField, BodyError(request.Body));

        return errors.Count == 0 ? new ValidPost(title!, request.Body!) : null;
    }

    /// <summary>Why <paramref name="body"/> cannot be a post's body, or null when it can.</summary>
    public static string? BodyError(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "A body is required.";
        }

        // JSON can carry a lone surrogate as an escape (\ud800); it is not text and PostgreSQL refuses it.
        if (!IsWellFormed(body))
        {
            return "The body contains an unpaired surrogate escape, which is not valid Unicode text.";
        }

        // NUL in particular: PostgreSQL cannot store it in a text column.
        if (body.AsSpan().ContainsAny(ForbiddenInBody))
        {
            return "The body must not contain control characters other than tabs and line breaks.";
        }

        var bytes = Encoding.UTF8.GetByteCount(body);
        return bytes > PostLimits.BodyMaxBytes
            ? $"The body is {bytes} bytes of UTF-8; at most {PostLimits.BodyMaxBytes} are allowed."
            : null;
    }

    private static string? TitleError(string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return "A title is required.";
        }

        if (title.Length > PostLimits.TitleMaxLength)
        {
            return $"The title is {title.Length} characters long; " +
                $"at most {PostLimits.TitleMaxLength} are allowed.";
        }

        if (!IsWellFormed(title))
        {
            return "The title contains an unpaired surrogate escape, which is not valid Unicode text.";
        }

        return title.AsSpan().ContainsAny(ControlCharacters)
            ? "The title must not contain control characters such as line breaks or tabs."
            : null;
    }

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

    /// <summary>Unicode's control characters (C0, DEL and C1), less <paramref name="except"/>.</summary>
    private static string Controls(string except) =>
        string.Concat(Enumerable.Range(0, 0xA0)
            .Select(i => (char)i)
            .Where(c => char.IsControl(c) && !except.Contains(c)));

    private static void AddIfAny(Dictionary<string, string[]> errors, string field, string? error)
    {
        if (error is not null)
        {
            errors[field] = [error];
        }
    }
}
