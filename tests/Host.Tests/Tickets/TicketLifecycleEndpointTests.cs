using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Tickets;

/// <summary>A ticket through its life over the API: create, get, transitions and their refusals as ProblemDetails.</summary>
public sealed class TicketLifecycleEndpointTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task Create_SevereReport_TriagesRoutesAndStartsClocks()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        var created = await engineer.CreateTicketAsync(TicketCalls.Severe("rita@partner.test"));
        var fetched = await engineer.GetJsonAsync($"/api/tickets/{created.GetProperty("number").GetString()}");

        Assert.Matches("^INC-[0-9]{6}$", created.GetProperty("number").GetString());
        Assert.Equal("staff", fetched.GetProperty("view").GetString());
        Assert.Equal(("S2", "s2-key-functionality-no-workaround"), (fetched.GetProperty("severity").GetString(), fetched.GetProperty("severityCriterion").GetString()));
        Assert.Equal(("P2", "l1-platform", "New"), (fetched.GetProperty("priority").GetString(), fetched.GetProperty("supportGroup").GetString(), fetched.GetProperty("status").GetString()));
        Assert.Equal(("Email", "External"), (fetched.GetProperty("channel").GetString(), fetched.GetProperty("detectionSource").GetString()));
        var clocks = fetched.GetProperty("sla").GetProperty("clocks").EnumerateArray().ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("target").GetString());
        Assert.Equal("00:30:00", clocks["Response"]);
        Assert.Equal("08:00:00", clocks["Resolution"]);
        Assert.Contains(fetched.GetProperty("allowedTransitions").EnumerateArray(), t => t.GetProperty("path").GetString()!.EndsWith("/start-work", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_ReturnsCreatedWithLocationOfTheTicket()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        using var response = await engineer.PostJsonAsync("/api/tickets", TicketCalls.Average("rita@partner.test"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("number").GetString();
        Assert.Equal($"/api/tickets/{number}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task PutOnHold_S2Ticket_Returns409WithTheRuleAndChangesNothing()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Severe("rita@partner.test"));
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });

        using var response = await engineer.PostJsonAsync($"/api/tickets/{number}/put-on-hold",
            new { reason = "AwaitingCustomerInformation", explanation = "Need the failing transfer ids." });

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict, "pending-forbidden-for-s1-s2");
        Assert.Contains("S2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("InProgress", (await engineer.GetJsonAsync($"/api/tickets/{number}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task PutOnHold_S2OnCustomerDecision_IsAllowedAndPausesTheClocks()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Severe("rita@partner.test"));
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });

        var held = await engineer.PostOkAsync($"/api/tickets/{number}/put-on-hold",
            new { reason = "CustomerStoppedInvestigation", explanation = "Partner stops tests until Monday.", decidedBy = "carl@partner.test" });

        Assert.Equal("Pending", held.GetProperty("status").GetString());
        Assert.True(held.GetProperty("sla").GetProperty("isPaused").GetBoolean());
        Assert.Equal("carl@partner.test", held.GetProperty("pending").GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task Resolve_WhileMandatoryTaskOpen_Returns409UntilTheTaskIsCompleted()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL2);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Severe("rita@partner.test"));
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });
        using var added = await engineer.PostJsonAsync($"/api/tickets/{number}/tasks", new { title = "Collect gateway logs", mandatory = true, assignee = "l2-operations" });
        var task = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement;
        var resolution = new { kind = "PermanentFix", resolution = "Raised the gateway timeout to 60 s." };

        using var blocked = await engineer.PostJsonAsync($"/api/tickets/{number}/resolve", resolution);
        var completed = await engineer.PostOkAsync($"/api/tickets/{number}/tasks/{task.GetProperty("id").GetString()}/complete");
        var resolved = await engineer.PostOkAsync($"/api/tickets/{number}/resolve", resolution);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.True(task.GetProperty("isMandatory").GetBoolean());
        await ProblemAsync(blocked, HttpStatusCode.Conflict, "mandatory-task-open");
        Assert.Equal("Done", completed.GetProperty("state").GetString());
        Assert.Equal("Resolved", resolved.GetProperty("status").GetString());
    }

    [Fact]
    public async Task RequesterFlow_ResolvedThenReopenedThenAcknowledged_EndsClosed()
    {
        using var requester = await factory.CreateClientWithRolesAsync(Roles.Requester);
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await requester.CreateTicketNumberAsync(TicketCalls.Average("ignored@elsewhere.test"));
        var resolution = new { kind = "Workaround", resolution = "Export per month instead of per year." };
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });
        await engineer.PostOkAsync($"/api/tickets/{number}/resolve", resolution);

        var reopened = await requester.PostOkAsync($"/api/tickets/{number}/reopen", new { reason = "Monthly exports are slow too." });
        await engineer.PostOkAsync($"/api/tickets/{number}/resolve", resolution with { resolution = "Index added; exports take 2 s." });
        var closed = await requester.PostOkAsync($"/api/tickets/{number}/close");

        Assert.Equal(("requester", "InProgress"), (reopened.GetProperty("view").GetString(), reopened.GetProperty("status").GetString()));
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        var staffView = await engineer.GetJsonAsync($"/api/tickets/{number}");
        Assert.Equal(1, staffView.GetProperty("reopenCount").GetInt32());
        Assert.Equal(await requester.NameAsync(), staffView.GetProperty("closure").GetProperty("acknowledgedBy").GetString());
    }

    [Fact]
    public async Task Close_StaffWithoutNamingTheRequester_Returns409()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Average("rita@partner.test"));
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });
        await engineer.PostOkAsync($"/api/tickets/{number}/resolve", new { kind = "PermanentFix", resolution = "Fixed." });

        using var unnamed = await engineer.PostJsonAsync($"/api/tickets/{number}/close");
        var named = await engineer.PostOkAsync($"/api/tickets/{number}/close", new { acknowledgedBy = "RITA@partner.test" });

        await ProblemAsync(unnamed, HttpStatusCode.Conflict, "close-requires-requester-acknowledgement");
        Assert.Equal("Closed", named.GetProperty("status").GetString());
    }

    [Fact]
    public async Task StartWork_Twice_SecondIsTransitionNotAllowed()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Average("rita@partner.test"));
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });

        using var again = await engineer.PostJsonAsync($"/api/tickets/{number}/start-work");

        var problem = await ProblemAsync(again, HttpStatusCode.Conflict, "transition-not-allowed");
        Assert.Contains("InProgress", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartWork_WithoutAssignee_Returns400NamingTheField()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Average("rita@partner.test"));

        using var response = await engineer.PostJsonAsync($"/api/tickets/{number}/start-work");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "assignee-required", "assignee");
    }

    [Fact]
    public async Task Classification_OverrideWithReason_ChangesSeverityAndPolicy()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Average("rita@partner.test"));

        using var noReason = await engineer.PutAsJsonAsync(Url($"/api/tickets/{number}/classification"), new { severity = "S1" });
        using var overridden = await engineer.PutAsJsonAsync(Url($"/api/tickets/{number}/classification"), new { severity = "S1", reason = "All partners affected." });
        var ticket = await OkJsonAsync(overridden);

        await ProblemAssert.IsProblemAsync(noReason, HttpStatusCode.BadRequest, "override-reason-required", "reason");
        Assert.Equal(("S1", "engineer-override"), (ticket.GetProperty("severity").GetString(), ticket.GetProperty("severityCriterion").GetString()));
        Assert.Equal("default-s1", ticket.GetProperty("sla").GetProperty("policyId").GetString());
    }

    [Fact]
    public async Task Assignment_MoveToL2GroupAndName_RecordsBothOnTheTimeline()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Average("rita@partner.test"));

        using var response = await engineer.PutAsJsonAsync(Url($"/api/tickets/{number}/assignment"),
            new { group = "l2-operations", level = "L2", assignee = "olaf@ops.test", reason = "Needs database access." });
        var ticket = await OkJsonAsync(response);

        Assert.Equal(("l2-operations", "L2", "olaf@ops.test"),
            (ticket.GetProperty("supportGroup").GetString(), ticket.GetProperty("supportLevel").GetString(), ticket.GetProperty("assignee").GetString()));
        var subjects = ticket.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("subject").GetString()).ToList();
        Assert.Contains("support-level", subjects);
        Assert.Contains("assignee", subjects);
    }

    [Fact]
    public async Task CloseS1_WithoutRootCause_Returns409UntilRecorded()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(new
        {
            title = "Production down",
            category = "Platform",
            requester = "rita@partner.test",
            impact = new { outage = "ProductionOutage" },
        });
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });
        await engineer.PostOkAsync($"/api/tickets/{number}/resolve", new { kind = "PermanentFix", resolution = "Failed disk replaced." });

        using var refused = await engineer.PostJsonAsync($"/api/tickets/{number}/close", new { acknowledgedBy = "rita@partner.test" });
        using var recorded = await engineer.PutAsJsonAsync(Url($"/api/tickets/{number}/root-cause"), new { rootCause = "RCA-2025-014: disk firmware bug." });
        using var withoutLessons = await engineer.PostJsonAsync($"/api/tickets/{number}/close", new { acknowledgedBy = "rita@partner.test" });
        using var lessons = await engineer.PutAsJsonAsync(Url($"/api/tickets/{number}/lessons-learned"), new { lessonsLearned = "Track firmware advisories." });
        var closed = await engineer.PostOkAsync($"/api/tickets/{number}/close", new { acknowledgedBy = "rita@partner.test" });

        await ProblemAsync(refused, HttpStatusCode.Conflict, "root-cause-required");
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        await ProblemAsync(withoutLessons, HttpStatusCode.Conflict, "lessons-learned-required");
        Assert.Equal(HttpStatusCode.OK, lessons.StatusCode);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
    }
}
