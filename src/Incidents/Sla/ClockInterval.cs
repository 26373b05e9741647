namespace IncidentWorkflows.Incidents.Sla;

/// <summary>
/// A stretch during which a clock ran; <see cref="End"/> is null while it still runs. A clock keeps every interval, so
/// elapsed time can be measured again under another calendar or target without losing the paused stretches.
/// </summary>
public sealed record ClockInterval(DateTimeOffset Start, DateTimeOffset? End);
