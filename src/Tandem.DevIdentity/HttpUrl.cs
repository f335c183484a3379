using System.Diagnostics.CodeAnalysis;

namespace Tandem.DevIdentity;

/// <summary>Reads configured URLs, which must be absolute http or https URLs.</summary>
internal static class HttpUrl
{
    // Uri alone is too forgiving: on Linux "/callback" parses as file:///callback, and "localhost:5082"
    // as a URI whose scheme is "localhost".
    public static bool TryParse(string? value, [NotNullWhen(true)] out Uri? url)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out url)
            && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return true;
        }

        url = null;
        return false;
    }
}
