namespace IncidentWorkflows.Host.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// Whether <c>POST /api/auth/register</c> is open. Self-registered accounts only ever get the <c>requester</c> role,
    /// so leaving it open lets people report incidents without exposing anything else; switch it off when an
    /// administrator should create every account.
    /// </summary>
    public bool AllowSelfRegistration { get; set; } = true;
}
