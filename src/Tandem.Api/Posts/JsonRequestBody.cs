using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Tandem.Api.Posts;

/// <summary>
/// Reads a JSON request body, turning each way it can be wrong into a 400-family problem that says what to fix.
/// </summary>
/// <remarks>
/// Note: minimal APIs' own body binding answers a malformed or unknown-field body with a bare 400 and no
/// reason; reading the body here lets the answer name the field, as the validation errors do.
/// </remarks>
internal static class JsonRequestBody
{
    /// <summary>
    /// Generous for a 100 KB body even when every character is escaped; anything bigger is refused with 413
    /// while it is still being read.
    /// </summary>
    public const long MaxBytes = 1024 * 1024;

    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(
        HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: "Send the request body as JSON, with Content-Type: application/json."));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>();
        var typeInfo = (JsonTypeInfo<T>)options.Value.SerializerOptions.GetTypeInfo(typeof(T));
        try
        {
            var value = await request.ReadFromJsonAsync(typeInfo, cancellationToken);
            return value is null
                ? (null, BadRequest("The request body is JSON null; send a JSON object."))
                : (value, null);
        }
        catch (JsonException exception)
        {
            return (null, Describe(exception, typeInfo));
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's own verdicts on the body: too large (413), or cut short by the client (400).
            return (null, exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TypedResults.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "Request body too large",
                    detail: $"The request body is larger than {MaxBytes} bytes.")
                : TypedResults.Problem(
                    statusCode: exception.StatusCode,
                    title: "Bad request",
                    detail: "The request body could not be read to its end."));
        }
    }

    private static ProblemHttpResult Describe(JsonException exception, JsonTypeInfo typeInfo)
    {
        // A syntax error arrives wrapping the reader's own exception; a well-formed body whose content does
        // not fit the request type arrives without one, with the path of the offending member.
        var field = TopLevelMember(exception.Path);
        if (exception.InnerException is JsonException || field is null)
        {
            var where = exception.LineNumber is { } line && exception.BytePositionInLine is { } position
                ? $" (line {line + 1}, byte {position + 1})"
                : "";
            return BadRequest($"The request body is not a well-formed JSON object{where}.");
        }

        var known = typeInfo.Properties.Select(p => p.Name).ToList();
        var error = known.Contains(field, StringComparer.Ordinal)
            ? $"{field} has the wrong JSON type."
            : $"{field} is not a field of this request; it takes {string.Join(" and ", known)}.";

        return TypedResults.Problem(new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { [field] = [error] })
        {
            Status = StatusCodes.Status400BadRequest,
        });
    }

    /// <summary>The first member name of a JSON path such as <c>$.title</c> or <c>$['odd name']</c>.</summary>
    private static string? TopLevelMember(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (path.StartsWith("$['", StringComparison.Ordinal))
        {
            var end = path.IndexOf("']", 3, StringComparison.Ordinal);
            return end > 3 ? path[3..end] : null;
        }

        if (path.StartsWith("$.", StringComparison.Ordinal) && path.Length > 2)
        {
            var end = path.IndexOfAny(['.', '['], 2);
            return end < 0 ? path[2..] : path[2..end];
        }

        return null;
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);
}
