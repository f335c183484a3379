using Tandem.Data.Users;

namespace Tandem.Web.SignIn;

/// <summary>The user a sign-in reached, and how.</summary>
internal sealed record ProvisionedUser(User User, ProvisioningOutcome Outcome);
