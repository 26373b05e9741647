using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>
/// One SLA clock of a ticket. It stores the intervals during which it ran (not just a start time), so its elapsed
/// time, due moment and warning moment can be computed again for any calendar and target; see
/// <c>SlaClock.Measuring.cs</c>. Warnings and breaches are appended, never removed.
/// </summary>
public sealed partial class SlaClock
{
    private readonly List<ClockInterval> intervals = [];
    private readonly List<SlaBreach> breaches = [];
    private readonly List<SlaWarning> warnings = [];

    private SlaClock()
    {
    }

    public Guid Id { get; private set; }

    public SlaClockKind Kind { get; private set; }

    /// <summary>The level a <see cref="SlaClockKind.SupportLevel"/> clock measures; null for the other kinds.</summary>
    public SupportLevel? Level { get; private set; }

    public string PolicyId { get; private set; } = "";

    public TimeSpan Target { get; private set; }

    public string CalendarId { get; private set; } = "";

    public double WarningRatio { get; private set; }

    /// <summary>Goes up at every re-target; one warning and one breach at most are recorded per version.</summary>
    public int TargetVersion { get; private set; }

    public SlaClockState State { get; private set; }

    /// <summary>Set when a policy without this kind of target took over; the clock stays for its history only.</summary>
    public bool IsRetired { get; private set; }

    public IReadOnlyList<ClockInterval> Intervals => intervals;

    public IReadOnlyList<SlaBreach> Breaches => breaches;

    public IReadOnlyList<SlaWarning> Warnings => warnings;

    public ClockTarget CurrentTarget => new(PolicyId, Target, CalendarId, WarningRatio);

    internal static SlaClock Create(SlaClockKind kind, SupportLevel? level, ClockTarget target, DateTimeOffset at, SlaClockState state)
    {
        var clock = new SlaClock { Id = Guid.CreateVersion7(at), Kind = kind, Level = level, State = state };
        clock.SetTarget(target);
        if (state == SlaClockState.Running)
        {
            clock.intervals.Add(new ClockInterval(at, null));
        }

        return clock;
    }

    /// <summary>A new clock that ran exactly when <paramref name="source"/> ran, up to now (used when a policy adds a target kind mid-flight).</summary>
    internal static SlaClock CopyHistory(SlaClockKind kind, ClockTarget target, SlaClock source, DateTimeOffset at)
    {
        var clock = Create(kind, source.Level, target, at, source.State);
        clock.intervals.Clear();
        clock.intervals.AddRange(source.intervals);
        return clock;
    }

    private void SetTarget(ClockTarget target)
    {
        PolicyId = target.PolicyId;
        Target = target.Target;
        CalendarId = target.CalendarId;
        WarningRatio = target.WarningRatio;
    }
}
