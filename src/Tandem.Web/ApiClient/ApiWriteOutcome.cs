namespace Tandem.Web.ApiClient;

public enum ApiWriteOutcome
{
    Done,
    Invalid,
    SignedOut,
    Forbidden,
    NotFound,
    Conflict,
}
