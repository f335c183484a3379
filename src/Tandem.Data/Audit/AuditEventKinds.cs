namespace Tandem.Data.Audit;

/// <summary>The kinds of <see cref="AuditEvent"/>, stored as text so the log reads without a lookup table.</summary>
public static class AuditEventKinds
{
    public const string SignedIn = "signed-in";

    public const string SignInFailed = "sign-in-failed";

    public const string SignedOut = "signed-out";

    public const string LoginLinked = "login-linked";

    public const string LoginUnlinked = "login-unlinked";

    /// <summary>A sign-in method was not added: its provider account is another Tandem account's.</summary>
    public const string LoginLinkRefused = "login-link-refused";

    public const string SessionEnded = "session-ended";

    public const string OtherSessionsEnded = "other-sessions-ended";

    public const string AllSessionsEnded = "all-sessions-ended";

    public const string ApiTokenCreated = "api-token-created";

    public const string ApiTokenRevoked = "api-token-revoked";
}
