using System.Text.Json;
using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Incidents.Triage;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Sla;

/// <summary>Storage keeps a ticket's clocks as a snapshot document; rebuilding from it must lose nothing.</summary>
public class SlaSnapshotTests
{
    [Fact]
    public void FromSnapshot_ThroughJson_KeepsIntervalsBreachesAndReadings()
    {
        var calendars = TestCalendars.Catalog();
        var ticket = Open(Severity.S2);
        ticket.Apply(new StartWork(Engineer, MondayMorning.AddMinutes(5), Engineer.Id));
        ticket.EvaluateSla(calendars, MondayMorning.AddHours(8));
        FunctionalEscalation.Escalate(ticket, RoutingTable.Defaults, "L1 target missed.", Actor.System, MondayMorning.AddHours(8));
        var now = MondayMorning.AddHours(9);

        var json = JsonSerializer.Serialize(ticket.Sla.ToSnapshot());
        var restored = SlaClockSet.FromSnapshot(JsonSerializer.Deserialize<SlaClockSetSnapshot>(json)!);

        Assert.Equal(json, JsonSerializer.Serialize(restored.ToSnapshot()));
        Assert.Equal(ticket.Sla.Read(calendars, now), restored.Read(calendars, now));
        Assert.Equal(ticket.Sla.Breaches, restored.Breaches);
        Assert.Equal(SupportLevel.L2, restored.CurrentLevel!.Level);
    }

    [Fact]
    public void FromSnapshot_CurrentLevel_IsTheSameClockAsInTheList()
    {
        var restored = SlaClockSet.FromSnapshot(Open(Severity.S3).Sla.ToSnapshot());

        Assert.Same(restored.Clocks.Single(clock => clock.Kind == SlaClockKind.SupportLevel), restored.CurrentLevel);
    }
}
