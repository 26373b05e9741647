namespace IncidentWorkflows.Persistence.Alerts;

/// <summary>Everything one delivery carried, parsed, plus what the source said it left out.</summary>
public sealed record AlertBatch(IReadOnlyList<CanonicalAlert> Alerts, int TruncatedAlerts = 0);
