using IncidentWorkflows.Incidents.Tickets;
using static IncidentWorkflows.Incidents.Tickets.DefaultCategories;

namespace IncidentWorkflows.Incidents.Triage;

/// <summary>
/// One L1 group per default category, shared L2/L3/L4 groups, and a security line of its own at every level
/// (the L1/L2/L3 information security officers of process.md §7).
/// </summary>
public static class DefaultRouting
{
    public static IReadOnlyList<RoutingRule> Rules { get; } =
    [
        new(null, null, SupportLevel.L1, "l1-service-desk"),
        new(null, null, SupportLevel.L2, "l2-operations"),
        new(null, null, SupportLevel.L3, "l3-engineering"),
        new(null, null, SupportLevel.L4, "l4-vendor"),
        new(Infrastructure, null, SupportLevel.L1, "l1-infrastructure"),
        new(Platform, null, SupportLevel.L1, "l1-platform"),
        new(Security, null, SupportLevel.L1, "l1-security"),
        new(Settlements, null, SupportLevel.L1, "l1-settlements"),
        new(Onboarding, null, SupportLevel.L1, "l1-onboarding"),
        new(Security, null, SupportLevel.L2, "l2-security"),
        new(Security, null, SupportLevel.L3, "l3-security"),
        new(Security, null, SupportLevel.L4, "l4-security-specialists"),
    ];
}
