using System.Net;
using System.Text;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Auth;

/// <summary>Every administration endpoint: 401 without a caller, 403 for anyone but an administrator, served for one.</summary>
public sealed class AdminAuthorizationTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    /// <summary>Every role except admin: none of them, alone or together, opens the administration endpoints.</summary>
    private static readonly string[] AllButAdmin =
        ["process-owner", "service-manager", "engineer-l1", "engineer-l2", "engineer-l3", "iso-l1", "iso-l2", "iso-l3", "requester", "integration"];

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/api-keys" },
        { "GET", "/api/api-keys/some-id" },
        { "POST", "/api/api-keys" },
        { "POST", "/api/api-keys/some-id/revoke" },
        { "GET", "/api/users" },
        { "GET", "/api/users/some-id" },
        { "POST", "/api/users" },
        { "PUT", "/api/users/some-id/roles" },
        { "DELETE", "/api/users/some-id" },
        { "GET", "/api/roles" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task AdminEndpoint_Anonymous_Returns401(string method, string path)
    {
        using var client = factory.CreateServerClient();

        using var response = await client.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task AdminEndpoint_UserWithEveryOtherRole_Returns403(string method, string path)
    {
        using var client = await factory.CreateClientWithRolesAsync(AllButAdmin);

        using var response = await client.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task AdminEndpoint_IntegrationApiKey_Returns403(string method, string path)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var key = await admin.CreateApiKeyAsync($"monitoring-{Guid.NewGuid():N}", "integration");
        using var client = factory.CreateApiKeyClient(key.GetProperty("key").GetString()!);

        using var response = await client.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/api-keys", HttpStatusCode.OK)]
    [InlineData("GET", "/api/api-keys/some-id", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/api-keys", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/api-keys/some-id/revoke", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/users", HttpStatusCode.OK)]
    [InlineData("GET", "/api/users/some-id", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/users", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "/api/users/some-id/roles", HttpStatusCode.BadRequest)]
    [InlineData("DELETE", "/api/users/some-id", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/roles", HttpStatusCode.OK)]
    public async Task AdminEndpoint_Admin_IsServed(string method, string path, HttpStatusCode expected)
    {
        using var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.SendAsync(Request(method, path));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task AdminEndpoint_AdminApiKey_Returns200()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var key = await admin.CreateApiKeyAsync($"provisioning-{Guid.NewGuid():N}", "admin");
        using var client = factory.CreateApiKeyClient(key.GetProperty("key").GetString()!);

        using var response = await client.GetAsync(new Uri("/api/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Roles_Admin_ListsEveryRoleWithADescription()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var roles = (await admin.FetchJsonAsync("/api/roles")).EnumerateArray().ToList();

        Assert.Equal(AllButAdmin.Append("admin").Order(StringComparer.Ordinal), roles.Select(r => r.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(roles, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("description").GetString())));
    }

    /// <summary>Bodies the endpoints could bind (an empty object), so a refusal is about the caller, not the request.</summary>
    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), new Uri(path, UriKind.Relative))
    {
        Content = method is "POST" or "PUT" ? new StringContent("{}", Encoding.UTF8, "application/json") : null,
    };
}
