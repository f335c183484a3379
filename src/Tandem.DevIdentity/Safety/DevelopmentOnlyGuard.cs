namespace Tandem.DevIdentity.Safety;

/// <summary>
/// Keeps the provider from starting where it could be taken for a real one: it signs in whoever types a
/// name, so outside Development it runs only when someone has opted in by configuration.
/// </summary>
internal static class DevelopmentOnlyGuard
{
    public const string EnabledKey =
        DevIdentityOptions.SectionName + ":" + nameof(DevIdentityOptions.Enabled);

    public static void ThrowIfNotAllowed(IHostEnvironment environment, IConfiguration configuration)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        // Only an explicit "true" opts in; a typo such as "yes" must not be read as consent.
        if (bool.TryParse(configuration[EnabledKey], out var enabled) && enabled)
        {
            return;
        }

        throw new InvalidOperationException(
            "The dev identity provider signs anyone in without a password; it only runs in the Development " +
            $"environment unless {EnabledKey} is set to true. The current environment is " +
            $"'{environment.EnvironmentName}'.");
    }
}
