using IncidentWorkflows.Incidents.Calendars;

namespace IncidentWorkflows.Incidents.Sla;

public sealed partial class SlaClock
{
    /// <summary>Records the breach of the current target once; later calls (timer retries, re-evaluations) return null.</summary>
    internal SlaBreach? RecordBreachIfDue(BusinessCalendar calendar, DateTimeOffset now)
    {
        if (IsRetired || breaches.Any(breach => breach.TargetVersion == TargetVersion) || !IsBreachedWith(Elapsed(calendar, now)))
        {
            return null;
        }

        var breach = new SlaBreach(Kind, Level, PolicyId, Target, TargetVersion, MomentReaching(Target, calendar) ?? now, now);
        breaches.Add(breach);
        return breach;
    }

    /// <summary>
    /// Records the warning of the current target once, only while the clock runs and is not yet breached: a warning of a
    /// potential breach after the breach would only be noise.
    /// </summary>
    internal SlaWarning? RecordWarningIfDue(BusinessCalendar calendar, DateTimeOffset now)
    {
        if (IsRetired || State == SlaClockState.Stopped || warnings.Any(warning => warning.TargetVersion == TargetVersion))
        {
            return null;
        }

        var elapsed = Elapsed(calendar, now);
        if (elapsed < CurrentTarget.WarningThreshold || IsBreachedWith(elapsed))
        {
            return null;
        }

        var warningAt = MomentReaching(CurrentTarget.WarningThreshold, calendar) ?? now;
        var warning = new SlaWarning(Kind, Level, PolicyId, Target, TargetVersion, warningAt, now);
        warnings.Add(warning);
        return warning;
    }

    /// <summary>The next moment a timer should evaluate this clock: its unrecorded warning or breach; null when none can come.</summary>
    internal DateTimeOffset? NextDeadline(BusinessCalendar calendar)
    {
        if (IsRetired || State != SlaClockState.Running)
        {
            return null;
        }

        var warned = warnings.Any(warning => warning.TargetVersion == TargetVersion);
        var breached = breaches.Any(breach => breach.TargetVersion == TargetVersion);
        if (breached)
        {
            return null;
        }

        return warned ? MomentReaching(Target, calendar) : MomentReaching(CurrentTarget.WarningThreshold, calendar);
    }
}
