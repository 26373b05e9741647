using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Auth;

public sealed class AuthenticationTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task ApiEndpoint_Anonymous_Returns401()
    {
        using var client = factory.CreateServerClient();

        using var response = await client.GetAsync(new Uri("/api/activity-descriptors", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_BootstrapAdmin_GivesTokenNamingTheAdminRole()
    {
        using var client = await factory.CreateAdminClientAsync();

        var me = await client.GetFromJsonAsync<Me>(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(KestrelHostFactory.AdminEmail, me!.Name);
        Assert.Contains("admin", me.Roles);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401()
    {
        using var client = factory.CreateServerClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email = KestrelHostFactory.AdminEmail, password = "wrong-password-123!" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_WithCookies_CookieAuthenticatesLaterRequests()
    {
        using var client = factory.CreateServerClient();

        using var login = await client.PostAsJsonAsync(new Uri("/api/auth/login?useCookies=true", UriKind.Relative), new { email = KestrelHostFactory.AdminEmail, password = KestrelHostFactory.AdminPassword });
        using var response = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_Anonymous_StaysOpen()
    {
        using var client = factory.CreateServerClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed record Me(string Id, string Name, List<string> Roles, string Via);
}
