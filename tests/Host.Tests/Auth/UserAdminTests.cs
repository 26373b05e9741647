using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Auth;

public sealed class UserAdminTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    private const string Password = "Chosen-Password-42!";

    [Fact]
    public async Task Create_WithPasswordAndRoles_UserSignsInWithThoseRoles()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var email = NewEmail();

        var created = await admin.CreateUserAsync(new { email, displayName = "Erin Engineer", password = Password, roles = new[] { "engineer-l2", "iso-l1" } });
        using var user = await factory.LoginAsync(email, Password);
        var me = await user.FetchJsonAsync("/api/auth/me");

        Assert.False(created.TryGetProperty("generatedPassword", out _));
        Assert.False(created.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(["engineer-l2", "iso-l1"], me.GetProperty("roles").Strings());
        Assert.False(me.GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task Create_WithoutPassword_ReturnsGeneratedPasswordOnceThatMustBeChanged()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var email = NewEmail();

        var created = await admin.CreateUserAsync(new { email, displayName = "Rita Requester", roles = new[] { "service-manager" } });
        var generated = created.GetProperty("generatedPassword").GetString()!;
        var shown = await admin.GetStringAsync(new Uri($"/api/users/{created.GetProperty("id").GetString()}", UriKind.Relative));
        using var user = await factory.LoginAsync(email, generated);
        var me = await user.FetchJsonAsync("/api/auth/me");
        using var blocked = await user.GetAsync(new Uri("/api/activity-descriptors", UriKind.Relative));

        Assert.True(generated.Length >= 24);
        Assert.DoesNotContain(generated, shown, StringComparison.Ordinal);
        Assert.True(created.GetProperty("mustChangePassword").GetBoolean());
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        await ProblemAssert.IsProblemAsync(blocked, HttpStatusCode.Forbidden, "password-change-required");
    }

    [Fact]
    public async Task ChangePassword_GeneratedPassword_OpensTheApiAfterSigningInAgain()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var email = NewEmail();
        var generated = (await admin.CreateUserAsync(new { email, roles = new[] { "engineer-l1" } })).GetProperty("generatedPassword").GetString()!;
        using var user = await factory.LoginAsync(email, generated);

        using var change = await user.PostAsJsonAsync(new Uri("/api/auth/manage/info", UriKind.Relative), new { oldPassword = generated, newPassword = Password });
        using var oldSession = await user.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        using var again = await factory.LoginAsync(email, Password);
        using var api = await again.GetAsync(new Uri("/api/activity-descriptors", UriKind.Relative));
        var me = await again.FetchJsonAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.False(me.GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task ChangePassword_ToTheOneTimePasswordItself_IsRefused()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var email = NewEmail();
        var generated = (await admin.CreateUserAsync(new { email })).GetProperty("generatedPassword").GetString()!;
        using var user = await factory.LoginAsync(email, generated);

        using var change = await user.PostAsJsonAsync(new Uri("/api/auth/manage/info", UriKind.Relative), new { oldPassword = generated, newPassword = generated });
        var me = await user.FetchJsonAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task SetRoles_SignedInUser_EndsTheSessionAndTheNextLoginHasTheNewRoles()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var email = NewEmail();
        var id = (await admin.CreateUserAsync(new { email, password = Password, roles = new[] { "requester" } })).GetProperty("id").GetString();
        using var before = await factory.LoginAsync(email, Password);

        using var put = await admin.PutAsJsonAsync(new Uri($"/api/users/{id}/roles", UriKind.Relative), new { roles = new[] { "process-owner", "engineer-l3" } });
        using var oldSession = await before.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        using var after = await factory.LoginAsync(email, Password);
        var me = await after.FetchJsonAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["engineer-l3", "process-owner"], (await put.ReadJsonAsync()).GetProperty("roles").Strings());
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.StatusCode);
        Assert.Equal(["engineer-l3", "process-owner"], me.GetProperty("roles").Strings());
    }

    [Theory]
    [InlineData("""{"roles":["nobody"]}""", "unknown-role")]
    [InlineData("""{}""", "required")]
    public async Task SetRoles_InvalidRoles_Returns400NamingFieldAndRule(string body, string rule)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var id = (await admin.CreateUserAsync(new { email = NewEmail(), password = Password })).GetProperty("id").GetString();

        using var response = await admin.PutAsync(new Uri($"/api/users/{id}/roles", UriKind.Relative), Json(body));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, rule, "roles");
    }

    [Theory]
    [InlineData("""{"password":"Chosen-Password-42!"}""", "email", "required")]
    [InlineData("""{"email":"not an email","password":"Chosen-Password-42!"}""", "email", "invalid-email")]
    [InlineData("""{"email":"short@test.local","password":"short"}""", "password", "weak-password")]
    [InlineData("""{"email":"role@test.local","roles":["superuser"]}""", "roles", "unknown-role")]
    public async Task Create_InvalidRequest_Returns400NamingFieldAndRule(string body, string field, string rule)
    {
        using var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsync(new Uri("/api/users", UriKind.Relative), Json(body));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, rule, field);
    }

    [Fact]
    public async Task Create_EmailInUse_Returns400DuplicateEmail()
    {
        using var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsJsonAsync(new Uri("/api/users", UriKind.Relative), new { email = KestrelHostFactory.AdminEmail, password = Password });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "duplicate-email", "email");
    }

    [Fact]
    public async Task List_AfterFailedSignIns_ShowsRolesAndLockout()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var email = NewEmail();
        await admin.CreateUserAsync(new { email, displayName = "Locked Out", password = Password, roles = new[] { "iso-l2" } });
        using var anonymous = factory.CreateServerClient();
        // Identity locks an account after 10 failed sign-ins (AuthExtensions).
        for (var i = 0; i < 10; i++)
            using (await anonymous.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email, password = "Wrong-Password-1!" })) { }

        var users = (await admin.FetchJsonAsync("/api/users")).EnumerateArray().ToList();

        var listed = Assert.Single(users, u => u.GetProperty("email").GetString() == email);
        Assert.Equal("Locked Out", listed.GetProperty("displayName").GetString());
        Assert.Equal(["iso-l2"], listed.GetProperty("roles").Strings());
        Assert.True(listed.GetProperty("lockout").GetProperty("lockedOut").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lockout").GetProperty("until").ValueKind);
        var bootstrapAdmin = Assert.Single(users, u => u.GetProperty("email").GetString() == KestrelHostFactory.AdminEmail);
        Assert.Contains("admin", bootstrapAdmin.GetProperty("roles").Strings());
        Assert.False(bootstrapAdmin.GetProperty("lockout").GetProperty("lockedOut").GetBoolean());
    }

    [Fact]
    public async Task Delete_SignedInUser_SessionEndsAndSignInFails()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var email = NewEmail();
        var id = (await admin.CreateUserAsync(new { email, password = Password, roles = new[] { "engineer-l1" } })).GetProperty("id").GetString();
        using var user = await factory.LoginAsync(email, Password);

        using var delete = await admin.DeleteAsync(new Uri($"/api/users/{id}", UriKind.Relative));
        using var session = await user.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        using var anonymous = factory.CreateServerClient();
        using var login = await anonymous.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email, password = Password });
        using var gone = await admin.GetAsync(new Uri($"/api/users/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        await ProblemAssert.IsProblemAsync(gone, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Delete_Yourself_Returns409()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var id = (await admin.FetchJsonAsync("/api/auth/me")).GetProperty("id").GetString();

        using var response = await admin.DeleteAsync(new Uri($"/api/users/{id}", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "cannot-delete-self");
    }

    private static string NewEmail() => $"user-{Guid.NewGuid():N}@test.local";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
