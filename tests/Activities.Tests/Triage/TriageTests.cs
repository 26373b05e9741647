using IncidentWorkflows.Activities.Tests.Support;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Activities.Tests.Triage;

public sealed class TriageTests
{
    private const string Workflow = "Triage/Workflows/triage-then-wait.json";

    [Fact]
    public async Task Triage_StandardTicket_LeavesThroughStandardWithTheClassification()
    {
        await using var host = await ActivityHost.StartAsync();
        await host.ImportAsync(Workflow);
        var ticket = await host.Tickets.OpenAsync(Reports.Severe(), Reports.Requester, default);

        var run = await host.Runtime.StartAsync(new StartWorkflowRequest("incident-lifecycle", Input(ticket)), default);

        Assert.Equal("standard", WaitingEvent(run));
        await using var db = host.Db();
        var completed = await db.Journal.SingleAsync(j => j.InstanceId == run.Id && j.ActivityId == "triage" && j.EventName == "Completed");
        Assert.Equal("Standard", completed.Outcomes);
    }

    [Fact]
    public async Task Triage_SecurityTicket_LeavesThroughSecurity()
    {
        await using var host = await ActivityHost.StartAsync();
        await host.ImportAsync(Workflow);
        var ticket = await host.Tickets.OpenAsync(Reports.Security(), Reports.Requester, default);

        var run = await host.Runtime.StartAsync(new StartWorkflowRequest("incident-lifecycle", Input(ticket)), default);

        Assert.Equal("security", WaitingEvent(run));
    }

    [Fact]
    public async Task Triage_SeverityOverrideWithReason_ChangesTheTicketAndRecordsTheReason()
    {
        await using var host = await ActivityHost.StartAsync();
        await host.ImportAsync(Workflow);
        var ticket = await host.Tickets.OpenAsync(Reports.Severe(), Reports.Requester, default);

        await host.Runtime.StartAsync(new StartWorkflowRequest("incident-lifecycle", Input(ticket, severity: "S1")), default);

        var stored = await host.TicketQueries.GetAsync(ticket.DisplayNumber, default);
        Assert.Equal(Severity.S1, stored!.Severity);
        var entry = stored.Timeline.Last(e => e.Subject == TimelineSubjects.Severity);
        Assert.Equal(("S2", "S1", "The alert rule says so.", "system"), (entry.OldValue, entry.NewValue, entry.Note, entry.ActorId));
    }

    [Fact]
    public async Task Triage_UnknownSeverity_FaultsNamingTheValue()
    {
        await using var host = await ActivityHost.StartAsync();
        await host.ImportAsync(Workflow);
        var ticket = await host.Tickets.OpenAsync(Reports.Severe(), Reports.Requester, default);

        var run = await host.Runtime.StartAsync(new StartWorkflowRequest("incident-lifecycle", Input(ticket, severity: "S9")), default);

        Assert.Equal(WorkflowSubStatus.Faulted, run.SubStatus);
        var stored = await host.TicketQueries.GetAsync(ticket.DisplayNumber, default);
        Assert.Equal(Severity.S2, stored!.Severity);
    }

    private static Dictionary<string, object?> Input(Ticket ticket, string? severity = null) =>
        new() { ["ticket"] = ticket.DisplayNumber.ToString(), ["severity"] = severity };

    private static string? WaitingEvent(InstanceResult run) =>
        Assert.Single(run.Bookmarks).Payload?.GetValueOrDefault("eventName");
}
