using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Tickets;

namespace IncidentWorkflows.Host.Tests.Tasks;

public sealed class TaskInboxTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task List_NoCaller_Returns401()
    {
        using var anonymous = factory.CreateServerClient();

        using var response = await anonymous.GetAsync(ApiCalls.Url("/api/tasks"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task List_RequesterOrIntegrationKey_Returns403()
    {
        using var admin = await factory.CreateAdminClientAsync();
        using var requester = await factory.CreateClientWithRolesAsync("requester");
        var key = (await admin.CreateApiKeyAsync($"monitor-{Guid.NewGuid():N}", "integration")).GetProperty("key").GetString()!;
        using var integration = factory.CreateApiKeyClient(key);

        using var asRequester = await requester.GetAsync(ApiCalls.Url("/api/tasks"));
        using var asKey = await integration.GetAsync(ApiCalls.Url("/api/tasks"));

        await ProblemAssert.IsProblemAsync(asRequester, HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(asKey, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task List_GroupScope_MembersSeeTheTaskOthersDoNot()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var group = $"board-{Guid.NewGuid():N}"[..20];
        var (_, taskId) = await admin.StartApprovalAsync(group);
        using var member = await factory.CreateMemberAsync(admin, group);
        using var outsider = await factory.CreateMemberAsync(admin, "other-group");

        Assert.Contains(taskId, (await member.GetJsonAsync("/api/tasks?scope=groups")).Ids());
        Assert.Contains(taskId, (await member.GetJsonAsync("/api/tasks")).Ids());
        Assert.DoesNotContain(taskId, (await member.GetJsonAsync("/api/tasks?scope=mine")).Ids());
        Assert.DoesNotContain(taskId, (await outsider.GetJsonAsync("/api/tasks")).Ids());
        using var hidden = await outsider.GetAsync(ApiCalls.Url($"/api/tasks/{taskId}"));
        await ProblemAssert.IsProblemAsync(hidden, HttpStatusCode.NotFound, "task-not-found");
        var details = await member.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal(["Approve", "Reject"], details.GetProperty("outcomes").Strings());
        Assert.Equal("comment", details.GetProperty("fields")[0].GetProperty("name").GetString());
        Assert.Equal("created", details.GetProperty("history")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task List_BadFiltersOrAllScopeForNonManager_RefusedWithStableTypes()
    {
        using var admin = await factory.CreateAdminClientAsync();
        using var member = await factory.CreateMemberAsync(admin, TaskCalls.Group);

        using var badStatus = await member.GetAsync(ApiCalls.Url("/api/tasks?status=Sleeping"));
        using var badScope = await member.GetAsync(ApiCalls.Url("/api/tasks?scope=everything"));
        using var all = await member.GetAsync(ApiCalls.Url("/api/tasks?scope=all"));

        await ProblemAssert.IsProblemAsync(badStatus, HttpStatusCode.BadRequest, "invalid-value", "status");
        await ProblemAssert.IsProblemAsync(badScope, HttpStatusCode.BadRequest, "invalid-value", "scope");
        await ProblemAssert.IsProblemAsync(all, HttpStatusCode.Forbidden, "task-scope-forbidden");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(ApiCalls.Url("/api/tasks?scope=all"))).StatusCode);
    }

    [Fact]
    public async Task ClaimUnclaimReassign_RulesHoldAndEveryStepIsInTheHistory()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var (_, taskId) = await admin.StartApprovalAsync();
        using var first = await factory.CreateMemberAsync(admin, TaskCalls.Group);
        using var second = await factory.CreateMemberAsync(admin, TaskCalls.Group);
        var firstName = await first.NameAsync();

        var claimed = await first.PostOkAsync($"/api/tasks/{taskId}/claim");
        Assert.Equal(firstName, claimed.GetProperty("assignee").GetString());
        Assert.Contains(taskId, (await first.GetJsonAsync("/api/tasks?scope=mine")).Ids());
        using (var taken = await second.PostJsonAsync($"/api/tasks/{taskId}/claim"))
            await ProblemAssert.IsProblemAsync(taken, HttpStatusCode.Conflict, "task-claimed-by-other");
        using (var notYours = await second.PostJsonAsync($"/api/tasks/{taskId}/unclaim"))
            await ProblemAssert.IsProblemAsync(notYours, HttpStatusCode.Conflict, "task-not-assignee");
        using (var completeByOther = await second.CompleteAsync(taskId, "Approve"))
            await ProblemAssert.IsProblemAsync(completeByOther, HttpStatusCode.Conflict, "task-claimed-by-other");

        var released = await first.PostOkAsync($"/api/tasks/{taskId}/unclaim");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, released.GetProperty("assignee").ValueKind);
        using (var noAssignee = await admin.PostJsonAsync($"/api/tasks/{taskId}/reassign", new { reason = "holiday" }))
            await ProblemAssert.IsProblemAsync(noAssignee, HttpStatusCode.BadRequest, "required", "assignee");
        var secondName = await second.NameAsync();
        var reassigned = await admin.PostOkAsync($"/api/tasks/{taskId}/reassign", new { assignee = secondName, reason = "knows the gateway" });

        Assert.Equal(secondName, reassigned.GetProperty("assignee").GetString());
        var steps = reassigned.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["created", "claimed", "unclaimed", "reassigned"], steps);
        var last = reassigned.GetProperty("history")[3];
        Assert.Equal((KestrelHostFactory.AdminEmail, secondName, "knows the gateway"),
            (last.GetProperty("actor").GetString(), last.GetProperty("newValue").GetString(), last.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task Actions_UnknownTask_Return404()
    {
        using var admin = await factory.CreateAdminClientAsync();

        foreach (var action in new[] { "claim", "unclaim", "complete" })
        {
            using var response = await admin.PostJsonAsync($"/api/tasks/nope/{action}", new { outcome = "Done" });
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "task-not-found");
        }

        using var get = await admin.GetAsync(ApiCalls.Url("/api/tasks/nope"));
        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.NotFound, "task-not-found");
    }

    [Fact]
    public async Task SetGroups_BadName_Returns400()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var user = await admin.CreateUserAsync(new { email = $"g-{Guid.NewGuid():N}@test.local", displayName = "G", password = "Member-Password-123!", roles = new[] { "engineer-l1" } });

        using var response = await admin.PutAsJsonAsync(ApiCalls.Url($"/api/users/{user.GetProperty("id").GetString()}/groups"), new { groups = new[] { "Not A Group" } });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid-group", "groups");
    }
}
