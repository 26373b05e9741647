namespace IncidentWorkflows.Incidents.Sla;

public sealed partial class SlaClock
{
    internal void Pause(DateTimeOffset at)
    {
        if (State == SlaClockState.Running)
        {
            CloseOpenInterval(at);
            State = SlaClockState.Paused;
        }
    }

    internal void Resume(DateTimeOffset at)
    {
        if (State == SlaClockState.Paused)
        {
            intervals.Add(new ClockInterval(at, null));
            State = SlaClockState.Running;
        }
    }

    internal void Stop(DateTimeOffset at)
    {
        if (State == SlaClockState.Running)
        {
            CloseOpenInterval(at);
        }

        State = SlaClockState.Stopped;
    }

    /// <summary>Runs a stopped clock again with the time it had already used (a reopened ticket's resolution).</summary>
    internal void Restart(DateTimeOffset at)
    {
        if (State == SlaClockState.Stopped && !IsRetired)
        {
            intervals.Add(new ClockInterval(at, null));
            State = SlaClockState.Running;
        }
    }

    internal void Retire(DateTimeOffset at)
    {
        Stop(at);
        IsRetired = true;
    }

    /// <summary>Measures against a new target from now on, over the whole history; true when anything changed.</summary>
    internal bool Retarget(ClockTarget target)
    {
        if (target == CurrentTarget)
        {
            return false;
        }

        SetTarget(target);
        TargetVersion++;
        return true;
    }

    private void CloseOpenInterval(DateTimeOffset at)
    {
        var open = intervals[^1];
        intervals[^1] = open with { End = at < open.Start ? open.Start : at };
    }
}
