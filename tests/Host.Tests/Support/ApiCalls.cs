using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace IncidentWorkflows.Host.Tests.Support;

/// <summary>The API calls most tests need before they get to the one they are about.</summary>
public static class ApiCalls
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Uri Url(string path) => new(path, UriKind.Relative);

    /// <summary>Imports (and so publishes, unless the document says otherwise) definition documents.</summary>
    public static async Task ImportAsync(this HttpClient client, string json)
    {
        using var response = await client.PostAsync(Url("/api/workflow-definitions/import"), Json(json));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> ExecuteAsync(this HttpClient client, string definitionId, object? body = null)
    {
        using var response = await client.PostAsJsonAsync(Url($"/api/workflow-definitions/{definitionId}/execute"), body ?? new { });
        return await OkJsonAsync(response);
    }

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(Url(path));
        return await OkJsonAsync(response);
    }

    /// <summary>Asserts an RFC 9457 problem with the given status and type name; returns it for further checks.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? type = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("https://incidentworkflows.dev/problems/", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        if (type is not null)
            Assert.Equal("https://incidentworkflows.dev/problems/" + type, problem.GetProperty("type").GetString());
        return problem;
    }
}
