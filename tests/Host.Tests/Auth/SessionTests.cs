using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Auth;

/// <summary>Cookie and bearer sessions: both authenticate, logout ends them (copies included), self-registration gives a requester.</summary>
public sealed class SessionTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    private const string Password = "Session-Password-42!";

    [Fact]
    public async Task Login_CookieAndBearer_BothAuthenticateTheSameAccount()
    {
        var (email, _) = await CreateUserAsync("engineer-l1");
        using var cookieClient = factory.CreateServerClient();
        using var login = await cookieClient.PostAsJsonAsync(new Uri("/api/auth/login?useCookies=true", UriKind.Relative), new { email, password = Password });
        using var bearerClient = await factory.LoginAsync(email, Password);

        var viaCookie = await cookieClient.FetchJsonAsync("/api/auth/me");
        var viaBearer = await bearerClient.FetchJsonAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(email, viaCookie.GetProperty("name").GetString());
        Assert.Equal(viaCookie.GetProperty("id").GetString(), viaBearer.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Logout_CookieSession_EndsItEvenForACopyOfTheCookie()
    {
        var (email, _) = await CreateUserAsync("engineer-l1");
        var cookies = new CookieContainer();
        using var client = CookieClient(cookies);
        using (await client.PostAsJsonAsync(new Uri("/api/auth/login?useCookies=true", UriKind.Relative), new { email, password = Password })) { }
        var copied = cookies.GetCookieHeader(client.BaseAddress!);

        using var before = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        using var logout = await client.PostAsync(new Uri("/api/auth/logout", UriKind.Relative), null);
        using var after = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        using var replay = factory.CreateServerClient();
        replay.DefaultRequestHeaders.Add("Cookie", copied);
        using var replayed = await replay.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.NotEmpty(copied);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Fact]
    public async Task Logout_BearerToken_TokenStopsWorking()
    {
        var (email, _) = await CreateUserAsync("engineer-l2");
        using var client = await factory.LoginAsync(email, Password);

        using var logout = await client.PostAsync(new Uri("/api/auth/logout", UriKind.Relative), null);
        using var after = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task ManageInfo_Anonymous_Returns401()
    {
        using var client = factory.CreateServerClient();

        using var response = await client.GetAsync(new Uri("/api/auth/manage/info", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Register_SelfService_GetsOnlyTheRequesterRole()
    {
        var email = $"self-{Guid.NewGuid():N}@test.local";
        using var anonymous = factory.CreateServerClient();

        using var register = await anonymous.PostAsJsonAsync(new Uri("/api/auth/register", UriKind.Relative), new { email, password = Password });
        using var user = await factory.LoginAsync(email, Password);
        var me = await user.FetchJsonAsync("/api/auth/me");
        using var admin = await user.GetAsync(new Uri("/api/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal(["requester"], me.GetProperty("roles").Strings());
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
    }

    [Fact]
    public async Task Register_SelfRegistrationDisabled_Returns403AndCreatesNoAccount()
    {
        await using var closed = new KestrelHostFactory { Settings = { ["Auth:AllowSelfRegistration"] = "false" } };
        using var anonymous = closed.CreateServerClient();
        var email = $"self-{Guid.NewGuid():N}@test.local";

        using var register = await anonymous.PostAsJsonAsync(new Uri("/api/auth/register", UriKind.Relative), new { email, password = Password });
        using var login = await anonymous.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email, password = Password });

        await ProblemAssert.IsProblemAsync(register, HttpStatusCode.Forbidden, "self-registration-disabled");
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    private async Task<(string Email, string Id)> CreateUserAsync(params string[] roles)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var email = $"session-{Guid.NewGuid():N}@test.local";
        var created = await admin.CreateUserAsync(new { email, password = Password, roles });
        return (email, created.GetProperty("id").GetString()!);
    }

    private HttpClient CookieClient(CookieContainer cookies)
    {
        using var probe = factory.CreateServerClient();
        var address = probe.BaseAddress!;
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = address };
    }
}
