using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Tickets;

/// <summary>Reports and calls the ticket endpoint tests share.</summary>
internal static class TicketCalls
{
    /// <summary>Key functionality impaired without a workaround (S2) for 12 of 200 users (P2).</summary>
    public static object Severe(string requester, string title = "Transfers time out") => new
    {
        title,
        description = "Every transfer to the clearing house times out after 30 s.",
        category = "Platform",
        subcategory = "Transfers",
        requester,
        channel = "Email",
        impact = new { functionalImpact = "KeyFunctionalityImpaired", affectedUsers = 12 },
        reach = new { usersUnableToWork = 12, recipientUserCount = 200 },
    };

    /// <summary>A minor functional impact for one user (S3/P3).</summary>
    public static object Average(string requester, string title = "Report export is slow", string category = "Settlements") => new
    {
        title,
        category,
        requester,
        impact = new { functionalImpact = "MinorOrModerate", affectedUsers = 1 },
        reach = new { usersUnableToWork = 1 },
    };

    public static async Task<JsonElement> CreateTicketAsync(this HttpClient client, object report)
    {
        using var response = await client.PostAsJsonAsync(Url("/api/tickets"), report);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string> CreateTicketNumberAsync(this HttpClient client, object report) =>
        (await client.CreateTicketAsync(report)).GetProperty("number").GetString()!;

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object? body = null) =>
        body is null ? client.PostAsync(Url(path), null) : client.PostAsJsonAsync(Url(path), body);

    /// <summary>POSTs and asserts 200, returning the body.</summary>
    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string path, object? body = null)
    {
        using var response = await client.PostJsonAsync(path, body);
        return await OkJsonAsync(response);
    }

    /// <summary>The user name the client signed in with (what tickets record as requester and actor).</summary>
    public static async Task<string> NameAsync(this HttpClient client) =>
        (await client.GetJsonAsync("/api/auth/me")).GetProperty("name").GetString()!;
}
