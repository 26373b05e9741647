using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Tickets;

/// <summary>The ticket and configuration operations are in the OpenAPI document, with ids, problem responses and the two views.</summary>
public sealed class TicketApiDocumentationTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Theory]
    [InlineData("/api/tickets", "post")]
    [InlineData("/api/tickets", "get")]
    [InlineData("/api/tickets/{number}", "get")]
    [InlineData("/api/tickets/{number}/start-work", "post")]
    [InlineData("/api/tickets/{number}/put-on-hold", "post")]
    [InlineData("/api/tickets/{number}/resolve", "post")]
    [InlineData("/api/tickets/{number}/reopen", "post")]
    [InlineData("/api/tickets/{number}/close", "post")]
    [InlineData("/api/tickets/{number}/comments", "post")]
    [InlineData("/api/tickets/{number}/tasks", "post")]
    [InlineData("/api/tickets/{number}/tasks/{taskId}/complete", "post")]
    [InlineData("/api/tickets/{number}/classification", "put")]
    [InlineData("/api/categories", "get")]
    [InlineData("/api/sla-policies", "put")]
    [InlineData("/api/calendars", "put")]
    [InlineData("/api/escalation-matrix", "get")]
    public async Task OpenApiDocument_ListsTicketOperation(string path, string method)
    {
        var document = await DocumentAsync();

        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var item), $"{path} is missing");
        Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is missing");
        Assert.False(string.IsNullOrEmpty(operation.GetProperty("operationId").GetString()));
    }

    [Fact]
    public async Task OpenApiDocument_PutOnHold_Declares409Problem()
    {
        var document = await DocumentAsync();

        var responses = document.GetProperty("paths").GetProperty("/api/tickets/{number}/put-on-hold").GetProperty("post").GetProperty("responses");
        Assert.True(responses.GetProperty("409").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task OpenApiDocument_TicketView_IsStaffOrRequesterByDiscriminator()
    {
        var document = await DocumentAsync();

        var mapping = document.GetProperty("components").GetProperty("schemas").GetProperty("TicketView").GetProperty("discriminator").GetProperty("mapping");
        Assert.Equal(["requester", "staff"], mapping.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = factory.CreateServerClient();
        return JsonDocument.Parse(await client.GetStringAsync(Url("/openapi/v1.json"))).RootElement.Clone();
    }
}
