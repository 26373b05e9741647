using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Persistence.ProcessConfiguration;

/// <summary>The incident process as the process owner configured it, as the domain objects that apply it.</summary>
public sealed record ConfiguredProcess(
    CategoryTree Categories,
    RoutingTable Routing,
    SlaPolicyBook SlaPolicies,
    CalendarCatalog Calendars,
    EscalationMatrix Escalation)
{
    public TicketIntake Intake => new(Categories, Routing, SlaPolicies);
}
