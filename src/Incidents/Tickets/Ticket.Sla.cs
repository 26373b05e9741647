using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Sla;

namespace IncidentWorkflows.Incidents.Tickets;

public sealed partial class Ticket
{
    /// <summary>
    /// Measures the ticket against another policy (e.g. after the process owner edited it). Running and paused clocks
    /// take the new targets over their whole history, paused time still excluded; see <see cref="SlaClockSet"/>.
    /// </summary>
    public Outcome ApplySlaPolicy(SlaPolicy policy, Actor by, DateTimeOffset at)
    {
        if (RefuseWhenEnded("changing the SLA policy") is { } refusal)
        {
            return refusal;
        }

        ChangeSlaPolicy(policy, by, at);
        return Outcome.Accepted;
    }

    /// <summary>
    /// Records the warnings and breaches that are due at <paramref name="now"/> (each once) on the clocks and the
    /// timeline. The caller acts on the result: hierarchical notice for warnings, functional escalation for breaches.
    /// </summary>
    public SlaEvaluation EvaluateSla(CalendarCatalog calendars, DateTimeOffset now)
    {
        var evaluation = Sla.Evaluate(calendars, now);
        foreach (var warning in evaluation.NewWarnings)
        {
            Record(Actor.System, now, TimelineSubjects.SlaWarning, null, ClockName(warning.Clock, warning.Level),
                $"{Sla.Targets.WarningRatio:P0} of {warning.Target} used at {warning.WarningAt:u}.");
        }

        foreach (var breach in evaluation.NewBreaches)
        {
            Record(Actor.System, now, TimelineSubjects.SlaBreach, null, ClockName(breach.Clock, breach.Level),
                $"Target {breach.Target} of policy {breach.PolicyId} missed; it was due at {breach.DueAt:u}.");
        }

        return evaluation;
    }

    private void ChangeSlaPolicy(SlaPolicy policy, Actor by, DateTimeOffset at)
    {
        var previous = Sla.PolicyId;
        if (Sla.ApplyPolicy(policy, at))
        {
            Record(by, at, TimelineSubjects.SlaPolicy, previous, policy.Id, policy.Name);
        }
    }

    private static string ClockName(SlaClockKind kind, SupportLevel? level) =>
        level is null ? kind.ToString() : $"{kind} {level}";
}
