using System.Net;
using System.Text.Json;

namespace IncidentWorkflows.Host.Tests.Support;

/// <summary>Asserts the product's error shape: RFC 9457 ProblemDetails with a stable type per rule.</summary>
public static class ProblemAssert
{
    public const string TypeBase = "https://incidentworkflows.dev/problems/";

    /// <summary>The status, the type for <paramref name="rule"/> and, for validation errors, the field named (as field, and under errors).</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string rule, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(TypeBase + rule, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (field is not null)
        {
            Assert.Equal(field, problem.GetProperty("field").GetString());
            Assert.Equal(rule, problem.GetProperty("rule").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors does not name {field}: {body}");
            Assert.Contains(problem.GetProperty("issues").EnumerateArray(),
                i => i.GetProperty("rule").GetString() == rule && i.GetProperty("property").GetString() == field);
        }

        return problem;
    }
}
