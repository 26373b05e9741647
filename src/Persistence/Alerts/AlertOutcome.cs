namespace IncidentWorkflows.Persistence.Alerts;

/// <summary>What one alert of a delivery did; also the kind of its timeline entry.</summary>
public enum AlertOutcome
{
    /// <summary>A new incident: ticket logged and workflow started.</summary>
    Opened,

    /// <summary>Already known and open: counted.</summary>
    Repeated,

    /// <summary>A new alert joined its group's open incident.</summary>
    Grouped,

    /// <summary>Fired again within the reopen window after its incident resolved.</summary>
    Reopened,

    Resolved,

    Acknowledged,

    /// <summary>Nothing to do: a resolve or acknowledge of an alert never seen, or already resolved.</summary>
    Ignored,
}
