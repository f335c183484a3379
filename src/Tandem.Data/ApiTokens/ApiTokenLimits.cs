namespace Tandem.Data.ApiTokens;

public static class ApiTokenLimits
{
    public const int NameMaxLength = 100;

    /// <summary>No token outlives a year; a script that needs longer gets a new one.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    /// <summary>Every secret starts with this, so that a leaked one is easy to recognise and to scan for.</summary>
    public const string SecretPrefix = "tdm_";
}
