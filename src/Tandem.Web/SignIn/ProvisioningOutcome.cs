namespace Tandem.Web.SignIn;

/// <summary>How a sign-in found its user.</summary>
internal enum ProvisioningOutcome
{
    /// <summary>The provider login was already known.</summary>
    Existing,

    /// <summary>A new login, attached to the one user whose verified e-mail address matched.</summary>
    LinkedByEmail,

    /// <summary>A new user, opened at this first sign-in.</summary>
    Created,
}
