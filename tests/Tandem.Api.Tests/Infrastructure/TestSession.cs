namespace Tandem.Api.Tests.Infrastructure;

/// <summary>A user and one of their sessions, as stored by the web server after a sign-in.</summary>
public sealed record TestSession(
    Guid UserId,
    string SessionId,
    string DisplayName,
    string Handle,
    string Email,
    string AvatarUrl);
