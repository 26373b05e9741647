namespace IncidentWorkflows.Host.Auth;

/// <summary>The <c>Bootstrap</c> section: the first administrator, for automation. Without a password one is generated and printed once.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string AdminEmail { get; set; } = "admin@localhost";

    public string? AdminPassword { get; set; }
}
