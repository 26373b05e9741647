using System.Net;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Tasks;

/// <summary><c>/api/tasks/stream</c>: a server-sent event when tasks change, so open inboxes read their list again.</summary>
public sealed class TaskStreamTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task Stream_ANewTask_SendsATasksEventWithAHigherStamp()
    {
        using var admin = await factory.CreateAdminClientAsync();
        using var member = await factory.CreateMemberAsync(admin, TaskCalls.Group);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var response = await member.GetAsync(ApiCalls.Url("/api/tasks/stream"), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await NextStampAsync(reader, timeout.Token);

        await admin.StartApprovalAsync();

        long next;
        do
            next = await NextStampAsync(reader, timeout.Token);
        while (next <= Math.Max(first, 0));
        Assert.True(next > first);
    }

    [Fact]
    public async Task Stream_Requester_Returns403()
    {
        using var requester = await factory.CreateClientWithRolesAsync("requester");

        using var response = await requester.GetAsync(ApiCalls.Url("/api/tasks/stream"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    private static async Task<long> NextStampAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var isTasks = false;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == "event: tasks")
                isTasks = true;
            else if (isTasks && line.StartsWith("data: ", StringComparison.Ordinal))
                return long.Parse(line["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }

        throw new InvalidOperationException("The stream ended.");
    }
}
