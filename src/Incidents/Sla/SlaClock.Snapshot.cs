namespace IncidentWorkflows.Incidents.Sla;

public sealed partial class SlaClock
{
    internal SlaClockSnapshot ToSnapshot() =>
        new(Id, Kind, Level, PolicyId, Target, CalendarId, WarningRatio, TargetVersion, State, IsRetired, [.. intervals], [.. breaches], [.. warnings]);

    internal static SlaClock FromSnapshot(SlaClockSnapshot snapshot)
    {
        var clock = new SlaClock
        {
            Id = snapshot.Id,
            Kind = snapshot.Kind,
            Level = snapshot.Level,
            TargetVersion = snapshot.TargetVersion,
            State = snapshot.State,
            IsRetired = snapshot.IsRetired,
        };
        clock.SetTarget(new ClockTarget(snapshot.PolicyId, snapshot.Target, snapshot.CalendarId, snapshot.WarningRatio));
        clock.intervals.AddRange(snapshot.Intervals);
        clock.breaches.AddRange(snapshot.Breaches);
        clock.warnings.AddRange(snapshot.Warnings);
        return clock;
    }
}
