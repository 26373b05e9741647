using IncidentWorkflows.Incidents.Tickets;
using static IncidentWorkflows.Incidents.Escalation.NotificationRecipient;

namespace IncidentWorkflows.Incidents.Escalation;

/// <summary>
/// Hierarchical escalation informs the group lead and the service manager (process.md §4); S1 adds the incident manager
/// and the stakeholders, security tickets the security officer, vendor tickets the vendor manager.
/// </summary>
public static class DefaultEscalationMatrix
{
    private static readonly NotificationRecipient GroupLead = Role("group-lead");
    private static readonly NotificationRecipient ServiceManager = Role("service-manager");
    private static readonly NotificationRecipient IncidentManager = Role("incident-manager");
    private static readonly NotificationRecipient SecurityOfficer = Role("security-officer");

    public static IReadOnlyList<EscalationMatrixEntry> Entries { get; } =
    [
        new(null, null, null, [GroupLead, ServiceManager]),
        new(null, Severity.S1, null, [GroupLead, ServiceManager, IncidentManager, Group("stakeholders")]),
        new(null, null, SupportLevel.L4, [GroupLead, ServiceManager, Role("vendor-manager")]),
        new(DefaultCategories.Security, null, null, [GroupLead, ServiceManager, SecurityOfficer]),
        new(DefaultCategories.Security, Severity.S1, null, [GroupLead, ServiceManager, SecurityOfficer, IncidentManager, Group("security-stakeholders")]),
    ];
}
