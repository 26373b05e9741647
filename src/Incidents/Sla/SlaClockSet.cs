using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>
/// A ticket's SLA clocks and the policy they measure against. The ticket tells it what happened (first response,
/// Pending, Resolved, reopen, a new support level, a new policy); it decides which clocks start, pause and stop.
/// </summary>
public sealed partial class SlaClockSet
{
    private readonly List<SlaClock> clocks = [];

    private SlaClockSet()
    {
    }

    public string PolicyId { get; private set; } = "";

    /// <summary>A copy of the applied policy's targets, so a later edit of the policy does not change running tickets silently.</summary>
    public SlaTargets Targets { get; private set; } = null!;

    /// <summary>True while the ticket is Pending.</summary>
    public bool IsPaused { get; private set; }

    /// <summary>Every clock the ticket ever had, including stopped level clocks of earlier levels and retired ones.</summary>
    public IReadOnlyList<SlaClock> Clocks => clocks;

    public IEnumerable<SlaBreach> Breaches => clocks.SelectMany(clock => clock.Breaches).OrderBy(breach => breach.RecordedAt);

    public IEnumerable<SlaWarning> Warnings => clocks.SelectMany(clock => clock.Warnings).OrderBy(warning => warning.RecordedAt);

    public SlaClock? Acknowledge => Current(SlaClockKind.Acknowledge);

    public SlaClock Response => Current(SlaClockKind.Response)!;

    public SlaClock Resolution => Current(SlaClockKind.Resolution)!;

    /// <summary>The clock of the support level the ticket is at now; null for a named team outside the levels.</summary>
    public SlaClock? CurrentLevel { get; private set; }

    internal static SlaClockSet Start(SlaPolicy policy, SupportLevel? level, DateTimeOffset at)
    {
        var set = new SlaClockSet { PolicyId = policy.Id, Targets = policy.Targets };
        foreach (var kind in new[] { SlaClockKind.Acknowledge, SlaClockKind.Response, SlaClockKind.Resolution })
        {
            if (policy.Targets.For(kind, null, policy.Id) is { } target)
            {
                set.clocks.Add(SlaClock.Create(kind, null, target, at, SlaClockState.Running));
            }
        }

        set.StartLevelClock(level, at, SlaClockState.Running);
        return set;
    }

    private SlaClock? Current(SlaClockKind kind) =>
        clocks.LastOrDefault(clock => clock.Kind == kind && !clock.IsRetired);

    private void StartLevelClock(SupportLevel? level, DateTimeOffset at, SlaClockState state)
    {
        CurrentLevel = level is { } supportLevel && Targets.For(SlaClockKind.SupportLevel, supportLevel, PolicyId) is { } target
            ? SlaClock.Create(SlaClockKind.SupportLevel, supportLevel, target, at, state)
            : null;
        if (CurrentLevel is not null)
        {
            clocks.Add(CurrentLevel);
        }
    }
}
