namespace Tandem.DevIdentity.SignIn;

/// <summary>Someone a developer can sign in as with one click.</summary>
internal sealed record TestPerson(string Name, string Email);
