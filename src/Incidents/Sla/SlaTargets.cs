using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>
/// The targets of one policy, in working time of its calendar, to the second. Without a level target a support level
/// gets the full resolution target, fresh at every level.
/// </summary>
public sealed record SlaTargets
{
    public required TimeSpan Response { get; init; }

    public required TimeSpan Resolution { get; init; }

    /// <summary>Optional tighter target for acknowledgement (default policy: S1 within 5 minutes).</summary>
    public TimeSpan? Acknowledge { get; init; }

    public required string CalendarId { get; init; }

    /// <summary>Share of a target after which the hierarchical warning goes out.</summary>
    public double WarningRatio { get; init; } = 0.75;

    public IReadOnlyList<LevelTarget> LevelTargets { get; init; } = [];

    public TimeSpan ForLevel(SupportLevel level) =>
        LevelTargets.FirstOrDefault(target => target.Level == level)?.Target ?? Resolution;

    /// <summary>The target of one clock kind under this policy; null when the policy has none of that kind.</summary>
    public ClockTarget? For(SlaClockKind kind, SupportLevel? level, string policyId)
    {
        TimeSpan? target = kind switch
        {
            SlaClockKind.Acknowledge => Acknowledge,
            SlaClockKind.Response => Response,
            SlaClockKind.Resolution => Resolution,
            _ => level is { } supportLevel ? ForLevel(supportLevel) : null,
        };
        return target is { } value ? new ClockTarget(policyId, value, CalendarId, WarningRatio) : null;
    }

    /// <summary>Value equality including the level targets, so a policy reloaded from configuration is the same policy.</summary>
    public bool Equals(SlaTargets? other) =>
        other is not null
        && (Response, Resolution, Acknowledge, CalendarId, WarningRatio) == (other.Response, other.Resolution, other.Acknowledge, other.CalendarId, other.WarningRatio)
        && LevelTargets.SequenceEqual(other.LevelTargets);

    public override int GetHashCode() => HashCode.Combine(Response, Resolution, Acknowledge, CalendarId, WarningRatio, LevelTargets.Count);

    public IEnumerable<string> Problems()
    {
        if (Response <= TimeSpan.Zero || Resolution <= TimeSpan.Zero || Acknowledge <= TimeSpan.Zero)
        {
            yield return "targets must be longer than zero";
        }

        if (LevelTargets.Any(level => level.Target <= TimeSpan.Zero))
        {
            yield return "level targets must be longer than zero";
        }

        if (WarningRatio is <= 0 or >= 1)
        {
            yield return "the warning ratio must be between 0 and 1 (exclusive)";
        }
    }
}
