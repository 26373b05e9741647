using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

public sealed partial class SlaClockSet
{
    internal void Acknowledged(DateTimeOffset at) => Acknowledge?.Stop(at);

    /// <summary>A response counts as acknowledgement too: nobody answers a ticket they have not taken note of.</summary>
    internal void FirstResponse(DateTimeOffset at)
    {
        Acknowledge?.Stop(at);
        Response.Stop(at);
    }

    internal void Pause(DateTimeOffset at)
    {
        IsPaused = true;
        foreach (var clock in clocks)
        {
            clock.Pause(at);
        }
    }

    internal void Resume(DateTimeOffset at)
    {
        IsPaused = false;
        foreach (var clock in clocks)
        {
            clock.Resume(at);
        }
    }

    /// <summary>Resolving answers the requester as well, so every clock still running stops.</summary>
    internal void Resolved(DateTimeOffset at) => StopAll(at);

    /// <summary>The resolution and current level clocks go on from the time they had used, against today's targets.</summary>
    internal void Reopened(DateTimeOffset at)
    {
        foreach (var clock in new[] { Resolution, CurrentLevel })
        {
            if (clock is not null && Targets.For(clock.Kind, clock.Level, PolicyId) is { } target)
            {
                clock.Retarget(target);
                clock.Restart(at);
            }
        }
    }

    internal void Ended(DateTimeOffset at) => StopAll(at);

    /// <summary>A new support level gets a fresh level clock, in the same running state as the resolution clock.</summary>
    internal void LevelChanged(SupportLevel? level, DateTimeOffset at)
    {
        CurrentLevel?.Stop(at);
        StartLevelClock(level, at, Resolution.State);
    }

    private void StopAll(DateTimeOffset at)
    {
        IsPaused = false;
        foreach (var clock in clocks)
        {
            clock.Stop(at);
        }
    }
}
