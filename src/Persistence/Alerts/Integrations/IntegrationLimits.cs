namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>Column lengths the database keeps; parsers and the API check them so nothing is cut silently.</summary>
public static class IntegrationLimits
{
    public const int Name = 100;
    public const int Text = 200;
    public const int Secret = 200;
    public const int Key = 500;
    public const int Title = 500;
    public const int MaxBodyBytes = 10 * 1024 * 1024;
    public const int MaxStoredPayloadBytes = 1024 * 1024;
}
