namespace IncidentWorkflows.Incidents.Sla;

public sealed partial class SlaClockSet
{
    public SlaClockSetSnapshot ToSnapshot() =>
        new(PolicyId, Targets, IsPaused, [.. clocks.Select(clock => clock.ToSnapshot())], CurrentLevel?.Id);

    /// <summary>
    /// Rebuilds a set from storage. The current level clock is found again by id, so it is the same object as the one
    /// in <see cref="Clocks"/> and stopping one stops the other.
    /// </summary>
    public static SlaClockSet FromSnapshot(SlaClockSetSnapshot snapshot)
    {
        var set = new SlaClockSet { PolicyId = snapshot.PolicyId, Targets = snapshot.Targets, IsPaused = snapshot.IsPaused };
        set.clocks.AddRange(snapshot.Clocks.Select(SlaClock.FromSnapshot));
        set.CurrentLevel = snapshot.CurrentLevelClockId is { } id ? set.clocks.First(clock => clock.Id == id) : null;
        return set;
    }
}
