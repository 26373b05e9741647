using System.Net.Http.Json;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Tasks;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Lifecycle;

/// <summary>The people of a lifecycle scenario and the calls they make.</summary>
internal static class LifecycleCalls
{
    /// <summary>A requester (their user name is the ticket's requester and the notices' address).</summary>
    public static Task<HttpClient> RequesterAsync(this LifecycleHost host) => host.Factory.CreateClientWithRolesAsync("requester");

    /// <summary>An engineer in the given support groups (e.g. l1-platform), as the admin sets them up.</summary>
    public static async Task<HttpClient> EngineerAsync(this LifecycleHost host, HttpClient admin, params string[] groups) =>
        await host.Factory.CreateMemberAsync(admin, groups);

    /// <summary>The requester reports through the portal: key functionality impaired without a workaround for 12 of 200 users (S2/P2).</summary>
    public static async Task<string> ReportSevereAsync(this HttpClient requester) =>
        await requester.ReportAsync(new { functionalImpact = "KeyFunctionalityImpaired", workaroundExists = false, affectedUsers = 12 },
            new { usersUnableToWork = 12, recipientUserCount = 200 });

    /// <summary>A minor impact for one user with a workaround (S3/P3, business hours).</summary>
    public static async Task<string> ReportAverageAsync(this HttpClient requester) =>
        await requester.ReportAsync(new { functionalImpact = "MinorOrModerate", workaroundExists = true, affectedUsers = 1 }, new { usersUnableToWork = 1 });

    private static async Task<string> ReportAsync(this HttpClient requester, object impact, object reach)
    {
        using var response = await requester.PostAsJsonAsync(Url("/api/tickets"), new
        {
            title = "Transfers time out",
            description = "Every transfer to the clearing house times out after 30 s.",
            category = "Platform",
            subcategory = "Transfers",
            impact,
            reach,
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("number").GetString()!;
    }

    /// <summary>The open task of the ticket in the caller's inbox, once the workflow has created it.</summary>
    public static async Task<JsonElement> OpenTaskAsync(this HttpClient engineer, string ticket, string scope = "inbox")
    {
        JsonElement? task = null;
        await Eventually.UntilAsync(async () =>
        {
            var page = await engineer.GetJsonAsync($"/api/tasks?scope={scope}&ticket={ticket}&status=Open");
            task = page.GetProperty("items").EnumerateArray().Select(t => (JsonElement?)t).FirstOrDefault();
            return task is not null;
        }, $"a task for {ticket} is in the {scope} inbox");
        return task!.Value;
    }

    public static async Task<JsonElement> TicketAsync(this HttpClient staff, string number) => await staff.GetJsonAsync($"/api/tickets/{number}");

    /// <summary>Waits until the staff view of the ticket satisfies <paramref name="condition"/>; returns that view.</summary>
    public static async Task<JsonElement> TicketWhenAsync(this HttpClient staff, string number, Func<JsonElement, bool> condition, string what)
    {
        var ticket = default(JsonElement);
        await Eventually.UntilAsync(async () => condition(ticket = await staff.TicketAsync(number)), what);
        return ticket;
    }

    public static IEnumerable<JsonElement> Timeline(this JsonElement ticket, string subject) =>
        ticket.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("subject").GetString() == subject);

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>Waits until the instance reaches the workflow status (Running, Finished) and returns its view.</summary>
    public static async Task<JsonElement> InstanceWhenAsync(this HttpClient admin, string instanceId, string status)
    {
        var instance = default(JsonElement);
        await Eventually.UntilAsync(async () => (instance = await admin.GetJsonAsync($"/api/workflow-instances/{instanceId}")).Str("status") == status,
            $"instance {instanceId} is {status}");
        return instance;
    }
}
