using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Tasks;
using IncidentWorkflows.Persistence.Security;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Tests.Security;

/// <summary>
/// Every branch of process.md §7 through the real workflows/security-incident.json, started by the real
/// incident lifecycle for a reported security ticket, worked by ISO officers through the inbox API.
/// </summary>
public sealed class SecurityProcedureScenarioTests(SecurityHost host) : IClassFixture<SecurityHost>
{
    [Fact]
    public async Task Procedure_MitigatedAtL1_ContainsThroughConnectorClosesAndEndsWithPolicyRevision()
    {
        var procedure = new SecurityProcedure(host, await host.ReportAsync());

        await procedure.TriageAsync("Resolved", new { lockAccount = "jdoe", blockIp = "203.0.113.7" });
        var policyTask = await procedure.CloseAsync();
        await procedure.DoAsync(host.L3, "policy-revision", "Revised", new { changes = "Macro policy tightened" });

        await Eventually.UntilAsync(async () => host.Connector.CallsFor(procedure.Ticket).Count == 2, "both containment calls arrived");
        var calls = host.Connector.CallsFor(procedure.Ticket);
        Assert.All(calls, c => Assert.True(c.SignatureValid));
        Assert.Equal(["block-ip:203.0.113.7", "lock-account:jdoe"], calls.Select(c => $"{c.Action}:{c.Target}").Order());
        Assert.All(calls, c => Assert.Equal(("TLP:AMBER", "TLP:AMBER"), (c.Tlp, c.TlpHeader)));
        Assert.NotEmpty(policyTask);
        Assert.Equal("Closed", await SecurityHost.StatusAsync(host.Admin, procedure.Ticket));
        await Eventually.UntilAsync(async () => await host.ProcedureStatusAsync(procedure.Ticket) == "Finished", "the procedure finished");
        await using var db = host.Db();
        Assert.Null(await db.HumanTasks.FirstOrDefaultAsync(t => t.TicketNumber == procedure.Ticket && t.ActivityId == "classify"));
    }

    [Fact]
    public async Task Procedure_EventPath_OpensFollowUpTicketsForOperations()
    {
        var procedure = new SecurityProcedure(host, await host.ReportAsync());

        await procedure.TriageAsync("NotResolved");
        await procedure.DoAsync(host.L2, "classify", "Event", new { rationale = "Blocked by anti-malware, no compromise" });
        await procedure.DoAsync(host.L1, "follow-up", data: new { antiMalwareAllHosts = true, patchTicket = "Patch the mail gateway", reviewTicket = "Review attachment filtering" });
        await procedure.TaskIdAsync("restore");

        await using var db = host.Db();
        var followUps = await db.Tickets.Where(t => t.Description.StartsWith($"Follow-up of {procedure.Ticket}")).Select(t => t.Title).ToListAsync();
        Assert.Equal(["Patch the mail gateway", "Review attachment filtering"], followUps.Order());
        // No incident was declared: the report holds what triage recorded, never an L2 summary.
        Assert.Null((await db.SecurityReports.SingleAsync(r => r.TicketNumber == procedure.Ticket)).Content.Summary);
    }

    [Fact]
    public async Task Procedure_S1Incident_UpdatesReportAndSendsSecureStakeholderEmail()
    {
        var procedure = new SecurityProcedure(host, await host.ReportAsync());

        await procedure.TriageAsync("NotResolved");
        await procedure.DeclareIncidentAsync("S1", stakeholders: "ciso@bank.test");
        await procedure.TaskIdAsync("contain");

        var mail = await NextMailAboutAsync(procedure.Ticket);
        Assert.Equal(["ciso@bank.test"], mail.Recipients);
        var message = mail.Parse();
        Assert.StartsWith($"[TLP:AMBER] {procedure.Ticket}: S1 security incident", message.Subject);
        Assert.Contains("TLP:AMBER", message.TextBody);
        await using var db = host.Db();
        var report = await db.SecurityReports.SingleAsync(r => r.TicketNumber == procedure.Ticket);
        Assert.Equal(("S1", "Malware on a finance workstation"), (report.Content.Severity, report.Content.Summary));
        Assert.Contains("S1 confirmed", report.Content.TimelineOfEvents);
    }

    [Fact]
    public async Task Procedure_ContainmentSucceeds_UpdatesReportInformsAndEndsLockdown()
    {
        var procedure = new SecurityProcedure(host, await host.ReportAsync());
        await procedure.TriageAsync("NotResolved");
        await procedure.DeclareIncidentAsync("S2", stakeholders: "security-board@bank.test");

        await procedure.DoAsync(host.L2, "contain", "Contained", new { isolateEndpoint = "ws-0142", evidenceCollected = true, containmentAndEradication = "Endpoint isolated and reimaged" });
        await procedure.DoAsync(host.L3, "sop-review", "Reviewed", new { decision = "NotNeeded" });
        await procedure.TaskIdAsync("restore");

        await Eventually.UntilAsync(async () =>
        {
            await using var db = host.Db();
            return await db.ContainmentActions.AnyAsync(a => a.TicketNumber == procedure.Ticket && a.Status == ContainmentStatuses.Succeeded);
        }, "the isolation succeeded");
        await using var check = host.Db();
        var action = await check.ContainmentActions.SingleAsync(a => a.TicketNumber == procedure.Ticket);
        Assert.Equal(("isolate-endpoint", "ws-0142", false), (action.Action, action.Target, action.LockdownOpen));
        Assert.NotNull(action.LockdownEndedAt);
        Assert.Equal("Endpoint isolated and reimaged", (await check.SecurityReports.SingleAsync(r => r.TicketNumber == procedure.Ticket)).Content.ContainmentAndEradication);
        Assert.Contains("contained", (await NextMailAboutAsync(procedure.Ticket)).Parse().Subject);
    }

    [Fact]
    public async Task Procedure_ContainmentFails_EscalatesToL3WhoResolves()
    {
        var procedure = new SecurityProcedure(host, await host.ReportAsync());
        await procedure.TriageAsync("NotResolved");
        await procedure.DeclareIncidentAsync("S2");

        await procedure.DoAsync(host.L2, "contain", "Failed", new { evidenceCollected = true, containmentAndEradication = "Reinfection after cleanup" });
        await procedure.DoAsync(host.L3, "l3-review", "Resolved", new { guidance = "Rebuild from golden image" });
        await procedure.TaskIdAsync("restore");

        var ticket = await host.Admin.GetJsonAsync($"/api/tickets/{procedure.Ticket}");
        Assert.Equal(("L3", "l3-security"), (ticket.GetProperty("supportLevel").GetString(), ticket.GetProperty("supportGroup").GetString()));
    }

    [Fact]
    public async Task Procedure_L3CannotResolve_AsksOemApprovalAndDisasterRecoveryDecision()
    {
        var procedure = new SecurityProcedure(host, await host.ReportAsync());
        await procedure.TriageAsync("NotResolved");
        await procedure.DeclareIncidentAsync("S2");
        await procedure.DoAsync(host.L2, "contain", "Failed", new { evidenceCollected = true, containmentAndEradication = "Spreading" });

        await procedure.DoAsync(host.L3, "l3-review", "NotResolved", new { guidance = "Beyond our tooling" });
        await procedure.DoAsync(host.L3, "oem-approval", "Approve", new { specialist = "EDR vendor IR team", justification = "Unknown strain" });
        await procedure.DoAsync(host.L3, "dr-decision", "TriggerDisasterRecovery", new { warRoom = "CISO, CIO, L3" });
        await procedure.DoAsync(host.L3, "l3-review", "Resolved", new { guidance = "Vendor removed the implant" });
        var policyTask = await procedure.CloseAsync();

        Assert.NotEmpty(policyTask);
        var ticket = await host.Admin.GetJsonAsync($"/api/tickets/{procedure.Ticket}");
        Assert.Equal(("Closed", "L4"), (ticket.GetProperty("status").GetString(), ticket.GetProperty("supportLevel").GetString()));
        await using var db = host.Db();
        Assert.Contains("Disaster recovery plan triggered", (await db.SecurityReports.SingleAsync(r => r.TicketNumber == procedure.Ticket)).Content.TimelineOfEvents);
    }

    private async Task<Support.Smtp.ReceivedMail> NextMailAboutAsync(string ticket)
    {
        Support.Smtp.ReceivedMail? mail = null;
        await Eventually.UntilAsync(() =>
        {
            mail = host.Smtp.Received.LastOrDefault(m => m.Parse().Subject is { } subject
                && subject.Contains(ticket, StringComparison.Ordinal) && subject.StartsWith("[TLP:", StringComparison.Ordinal));
            return Task.FromResult(mail is not null);
        }, $"a security mail about {ticket}");
        return mail!;
    }
}
