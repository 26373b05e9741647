using System.Net.Http.Headers;
using System.Net.Http.Json;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.E2E.Tests.Support;

/// <summary>
/// The real host on Kestrel (a free loopback port, Production environment, its own SQLite file) serving the built app
/// from src/Host/wwwroot, for a real browser to drive. Users are created through Identity, as an admin would.
/// </summary>
public class DesignerHost : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@e2e.local";
    public const string AdminPassword = "E2E-Admin-Password-1!";
    public const string UserPassword = "E2E-User-Password-1!";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "iw-e2e", Guid.NewGuid().ToString("N"));

    public DesignerHost() => UseKestrel();

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234 (starts the server).</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataFolder);
        builder.UseEnvironment("Production");
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        builder.UseSetting("HostLogging:FilePath", "");
        builder.UseSetting("Persistence:ConnectionString", $"Data Source={Path.Combine(_dataFolder, "e2e.db")};Default Timeout=30");
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Workflows:ImportAtStart", WorkflowsFolder is null ? "false" : "true");
        builder.UseSetting("Workflows:Folder", WorkflowsFolder ?? "");
    }

    /// <summary>The folder of workflows imported at start; none for the designer's tests.</summary>
    protected virtual string? WorkflowsFolder => null;

    /// <summary>A new account in the given roles; returns its e-mail (the password is <see cref="UserPassword"/>).</summary>
    public async Task<string> CreateUserAsync(params string[] roles)
    {
        StartServer();
        var email = $"{string.Join("-", roles)}-{Guid.NewGuid():N}"[..24] + "@e2e.local";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        Check((await users.CreateAsync(user, UserPassword)).Succeeded, "create user");
        Check((await users.AddToRolesAsync(user, roles)).Succeeded, "add roles");
        return email;
    }

    /// <summary>A new account in the given roles and groups (support groups such as l1-platform, as <c>PUT /api/users/{id}/groups</c> sets them).</summary>
    public async Task<string> CreateMemberAsync(string[] roles, params string[] groups)
    {
        var email = await CreateUserAsync(roles);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        Check((await users.AddClaimsAsync(user, groups.Select(g => new System.Security.Claims.Claim("group", g)))).Succeeded, "add groups");
        return email;
    }

    /// <summary>An API client signed in with a bearer token.</summary>
    public async Task<HttpClient> ApiClientAsync(string email, string password)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> AdminClientAsync() => ApiClientAsync(AdminEmail, AdminPassword);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the machine eventually.
        }
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
            throw new InvalidOperationException($"Could not {what}.");
    }

    private sealed record TokenResponse(string AccessToken);
}
