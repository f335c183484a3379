using Tandem.Data.Audit;

namespace Tandem.Web.Components.Account;

/// <summary>What each kind of audit event is called on the activity page.</summary>
internal static class ActivityKindNames
{
    public static string Of(string kind) => kind switch
    {
        AuditEventKinds.SignedIn => "Signed in",
        AuditEventKinds.SignInFailed => "Sign-in failed",
        AuditEventKinds.SignedOut => "Signed out",
        AuditEventKinds.LoginLinked => "Sign-in method added",
        AuditEventKinds.LoginUnlinked => "Sign-in method removed",
        AuditEventKinds.LoginLinkRefused => "Sign-in method not added",
        AuditEventKinds.SessionEnded => "Session ended",
        AuditEventKinds.OtherSessionsEnded => "Signed out of other devices",
        AuditEventKinds.AllSessionsEnded => "Signed out everywhere",
        AuditEventKinds.ApiTokenCreated => "API token created",
        AuditEventKinds.ApiTokenRevoked => "API token revoked",

        // A kind added later still shows, as its stored name, rather than disappearing from the log.
        _ => kind,
    };
}
