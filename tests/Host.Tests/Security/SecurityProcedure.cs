using System.Net;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Tasks;
using IncidentWorkflows.Host.Tests.Tickets;
using IncidentWorkflows.Persistence.HumanTasks;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Tests.Security;

/// <summary>
/// Walks one ticket through workflows/security-incident.json the way officers do: wait for the step's task in the
/// inbox, complete it through the API with a filled-in form. Steps are named by the workflow's activity ids.
/// </summary>
internal sealed class SecurityProcedure(SecurityHost host, string ticket)
{
    public string Ticket { get; } = ticket;

    public async Task<string> TaskIdAsync(string step)
    {
        string? id = null;
        await Eventually.UntilAsync(async () =>
        {
            await using var db = host.Db();
            // Step 9 comes after the ticket closed, so it is not linked to it: found through the instance (correlated by number).
            var instances = db.WorkflowInstances.Where(i => i.CorrelationId == Ticket).Select(i => i.Id);
            id = await db.HumanTasks.Where(t => (t.TicketNumber == Ticket || instances.Contains(t.InstanceId)) && t.ActivityId == step && t.Status == HumanTaskStatus.Open)
                .Select(t => t.Id).FirstOrDefaultAsync();
            return id is not null;
        }, $"the task '{step}' of {Ticket} opened");
        return id!;
    }

    public async Task DoAsync(HttpClient officer, string step, string outcome = "Done", object? data = null)
    {
        var id = await TaskIdAsync(step);
        using var response = await officer.CompleteAsync(id, outcome, data ?? new { });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>2a–2e at L1; <paramref name="mitigation"/> names what to contain and whether it resolved the event.</summary>
    public async Task TriageAsync(string mitigationOutcome, object? mitigation = null)
    {
        await DoAsync(host.L1, "identify", data: new
        {
            artifactsIdentified = true, affectedSystemsAndUsers = "Workstation ws-0142 of the finance team", indicators = "Beacon to 203.0.113.7",
            logsRetrieved = true, lookupsDone = true, regulation = "No",
        });
        await DoAsync(host.L1, "impact", data: new { impactAssessment = "One workstation, no data left", auditLogsReviewed = true, timelineOfEvents = "09:00 attachment opened" });
        await DoAsync(host.L1, "evidence", data: new { evidenceCollected = true });
        await DoAsync(host.L1, "categorize", data: new { category = "Malicious code", confirmation = "Confirmed", tlp = "TLP:AMBER" });
        await DoAsync(host.L1, "mitigate", mitigationOutcome, mitigation ?? new { });
    }

    /// <summary>3 and 4.2a–c: declared an incident, the report opened, severity verified.</summary>
    public async Task DeclareIncidentAsync(string severity, string stakeholders = "")
    {
        await DoAsync(host.L2, "classify", "Incident", new { rationale = "Confirmed malware on a finance endpoint" });
        await DoAsync(host.L2, "acknowledge", "Acknowledged", new { summary = "Malware on a finance workstation", detection = "Reported by the user" });
        await DoAsync(host.L2, "verify", "Verified", new { severity, category = "Malicious code", stakeholders });
    }

    /// <summary>8a–8f and 9: restore, RCA and lessons, review, resolve, the requester acknowledges; returns the step 9 task.</summary>
    public async Task<string> CloseAsync()
    {
        await DoAsync(host.L2, "restore", data: new { systemsRestored = true });
        await DoAsync(host.L2, "analysis", "Record", new
        {
            rootCause = "Macro execution allowed by policy on host=ws-0142", lessonsLearned = "Block macros from the internet", recommendations = "Roll out ASR rules",
        });
        await DoAsync(host.L2, "communicate-lessons", data: new { communicatedTo = "IT operations" });
        await DoAsync(host.L3, "review-recommendations", "Reviewed", new { agreed = "ASR rules in Q2" });
        await Eventually.UntilAsync(async () => (await SecurityHost.StatusAsync(host.Admin, Ticket)) == "Resolved", $"{Ticket} resolved");
        await host.Admin.PostOkAsync($"/api/tickets/{Ticket}/close", new { acknowledgedBy = SecurityHost.Requester });
        return await TaskIdAsync("policy-revision");
    }
}
