using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Auth;

/// <summary>A host of its own per test: each counts the administrators, which other tests would add to.</summary>
public sealed class LastAdminTests
{
    [Fact]
    public async Task Delete_LastAdminThroughAnAdminApiKey_Returns409()
    {
        await using var factory = new KestrelHostFactory();
        using var admin = await factory.CreateAdminClientAsync();
        var adminId = (await admin.FetchJsonAsync("/api/auth/me")).GetProperty("id").GetString();
        var key = await admin.CreateApiKeyAsync("provisioning", "admin");
        using var automation = factory.CreateApiKeyClient(key.GetProperty("key").GetString()!);

        using var response = await automation.DeleteAsync(new Uri($"/api/users/{adminId}", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "last-admin");
    }

    [Fact]
    public async Task SetRoles_TakingAdminFromTheLastAdmin_Returns409()
    {
        await using var factory = new KestrelHostFactory();
        using var admin = await factory.CreateAdminClientAsync();
        var adminId = (await admin.FetchJsonAsync("/api/auth/me")).GetProperty("id").GetString();

        using var response = await admin.PutAsJsonAsync(new Uri($"/api/users/{adminId}/roles", UriKind.Relative), new { roles = new[] { "process-owner" } });
        var me = await admin.FetchJsonAsync("/api/auth/me");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "last-admin");
        Assert.Contains("admin", me.GetProperty("roles").Strings());
    }

    [Fact]
    public async Task Delete_OneOfTwoAdmins_Succeeds()
    {
        await using var factory = new KestrelHostFactory();
        using var admin = await factory.CreateAdminClientAsync();
        var second = await admin.CreateUserAsync(new { email = "second-admin@test.local", password = "Second-Admin-42!", roles = new[] { "admin" } });

        using var response = await admin.DeleteAsync(new Uri($"/api/users/{second.GetProperty("id").GetString()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
