using System.Net;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Tickets;

namespace IncidentWorkflows.Host.Tests.Tasks;

public sealed class TaskCompletionTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task Complete_BadOutcomeOrForm_Returns400NamingFieldAndRule()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var (_, taskId) = await admin.StartApprovalAsync();
        using var member = await factory.CreateMemberAsync(admin, TaskCalls.Group);

        using var unknownOutcome = await member.CompleteAsync(taskId, "Maybe");
        using var missingComment = await member.CompleteAsync(taskId, "Approve", new { risk = 2 });
        using var outOfRange = await member.CompleteAsync(taskId, "Approve", new { comment = "ok", risk = 9 });
        using var wrongType = await member.CompleteAsync(taskId, "Approve", new { comment = "ok", risk = "high" });
        using var unknownField = await member.CompleteAsync(taskId, "Approve", new { comment = "ok", colour = "red" });

        await ProblemAssert.IsProblemAsync(unknownOutcome, HttpStatusCode.BadRequest, "task-outcome-unknown", "outcome");
        await ProblemAssert.IsProblemAsync(missingComment, HttpStatusCode.BadRequest, "task-field-required", "data.comment");
        await ProblemAssert.IsProblemAsync(outOfRange, HttpStatusCode.BadRequest, "task-field-range", "data.risk");
        await ProblemAssert.IsProblemAsync(wrongType, HttpStatusCode.BadRequest, "task-field-type", "data.risk");
        await ProblemAssert.IsProblemAsync(unknownField, HttpStatusCode.BadRequest, "task-field-unknown", "data.colour");
        Assert.Equal("Open", (await member.GetJsonAsync($"/api/tasks/{taskId}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Approve", "approved", "rejected")]
    [InlineData("Reject", "rejected", "approved")]
    public async Task Complete_ByCandidate_ResumesAlongTheOutcomeAndClosesTheTask(string outcome, string taken, string notTaken)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var (instanceId, taskId) = await admin.StartApprovalAsync();
        using var member = await factory.CreateMemberAsync(admin, TaskCalls.Group);

        using var response = await member.CompleteAsync(taskId, outcome, new { comment = "checked", risk = 2 });

        var task = await ApiCalls.OkJsonAsync(response);
        Assert.Equal(("Completed", outcome, await member.NameAsync()),
            (task.GetProperty("status").GetString(), task.GetProperty("outcome").GetString(), task.GetProperty("completedBy").GetString()));
        Assert.Equal("checked", task.GetProperty("data").GetProperty("comment").GetString());
        Assert.Equal("completed", task.GetProperty("history").EnumerateArray().Last().GetProperty("kind").GetString());
        var instance = await admin.GetJsonAsync($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", instance.GetProperty("subStatus").GetString());
        Assert.Equal(1, await admin.CompletedCountAsync(instanceId, taken));
        Assert.Equal(0, await admin.CompletedCountAsync(instanceId, notTaken));
        using var again = await member.CompleteAsync(taskId, outcome);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "task-already-completed");
    }

    [Fact]
    public async Task Complete_NotACandidate_Returns404()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var (_, taskId) = await admin.StartApprovalAsync();
        using var outsider = await factory.CreateMemberAsync(admin, "other-group");

        using var response = await outsider.CompleteAsync(taskId, "Approve");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "task-not-found");
    }

    [Fact]
    public async Task Complete_TwentyAtOnce_OneWinsNineteenGet409AndTheWorkflowAdvancesOnce()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var (instanceId, taskId) = await admin.StartApprovalAsync();
        using var member = await factory.CreateMemberAsync(admin, TaskCalls.Group);
        using var start = new SemaphoreSlim(0);

        var calls = Enumerable.Range(0, 20).Select(async _ =>
        {
            await start.WaitAsync();
            using var response = await member.CompleteAsync(taskId, "Approve");
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, body);
        }).ToList();
        start.Release(20);
        var results = await Task.WhenAll(calls);

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        var losers = results.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(19, losers.Count);
        Assert.All(losers, r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Contains(ProblemAssert.TypeBase + "task-already-completed", r.body, StringComparison.Ordinal);
        });
        Assert.Equal(1, await admin.CompletedCountAsync(instanceId, "task"));
        Assert.Equal(1, await admin.CompletedCountAsync(instanceId, "approved"));
        var task = await admin.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Single(task.GetProperty("history").EnumerateArray(), s => s.GetProperty("kind").GetString() == "completed");
    }
}
