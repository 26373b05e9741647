using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Escalation;

/// <summary>The order of functional escalation: L1 → L2 → L3 → L4 (vendor).</summary>
public static class SupportLadder
{
    public static IReadOnlyList<SupportLevel> Order { get; } = [SupportLevel.L1, SupportLevel.L2, SupportLevel.L3, SupportLevel.L4];

    /// <summary>The level above, or null at L4 (nobody left to escalate to).</summary>
    public static SupportLevel? Next(SupportLevel level)
    {
        var index = Order.ToList().IndexOf(level);
        return index >= 0 && index < Order.Count - 1 ? Order[index + 1] : null;
    }
}
