namespace Tandem.Web.SignIn;

/// <summary>What became of a request to add a provider login to the signed-in user.</summary>
internal enum LinkOutcome
{
    Linked,

    /// <summary>The login already belonged to this user; nothing changed.</summary>
    AlreadyLinked,

    /// <summary>The login belongs to a different user; nothing changed.</summary>
    LinkedToAnotherUser,

    /// <summary>The session that started linking ended, or the callback arrived in another session.</summary>
    SessionChanged,
}
