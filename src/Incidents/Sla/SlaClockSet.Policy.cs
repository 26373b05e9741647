namespace IncidentWorkflows.Incidents.Sla;

public sealed partial class SlaClockSet
{
    /// <summary>
    /// Measures the clocks that still run (or are paused) against a new policy, over their whole history: the new targets
    /// apply as if they had applied from the start, and paused stretches stay excluded. Clocks that already stopped keep
    /// the target they were met or missed under. Returns false when nothing changed.
    /// </summary>
    internal bool ApplyPolicy(SlaPolicy policy, DateTimeOffset at)
    {
        if (policy.Id == PolicyId && policy.Targets == Targets)
        {
            return false;
        }

        PolicyId = policy.Id;
        Targets = policy.Targets;
        foreach (var clock in clocks.Where(clock => clock.State != SlaClockState.Stopped).ToArray())
        {
            if (Targets.For(clock.Kind, clock.Level, PolicyId) is { } target)
            {
                clock.Retarget(target);
            }
            else
            {
                clock.Retire(at);
            }
        }

        AddMissingAcknowledgeClock(at);
        return true;
    }

    /// <summary>
    /// A policy that adds an acknowledge target (a severity raised to S1) before anyone responded gets an acknowledge clock
    /// that ran exactly when the response clock ran: both start at logging and pause together.
    /// </summary>
    private void AddMissingAcknowledgeClock(DateTimeOffset at)
    {
        var response = Response;
        if (Acknowledge is null
            && response.State != SlaClockState.Stopped
            && Targets.For(SlaClockKind.Acknowledge, null, PolicyId) is { } target)
        {
            clocks.Add(SlaClock.CopyHistory(SlaClockKind.Acknowledge, target, response, at));
        }
    }
}
