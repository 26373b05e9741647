namespace IncidentWorkflows.Incidents.Sla;

/// <summary>What one clock measures against: the target, the calendar it runs in, where the warning falls, and the policy it came from.</summary>
public sealed record ClockTarget(string PolicyId, TimeSpan Target, string CalendarId, double WarningRatio)
{
    public TimeSpan WarningThreshold => Target * WarningRatio;
}
