namespace IncidentWorkflows.Persistence.Alerts;

/// <summary>What a source says about one alert in one delivery.</summary>
public enum AlertState
{
    Firing,
    Resolved,

    /// <summary>Somebody took note at the source (PagerDuty acknowledge); the alert still fires.</summary>
    Acknowledged,
}
