using System.Net.Http.Headers;
using System.Net.Http.Json;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Host.Tests.Support;

/// <summary>Clients that signed in for real through /api/auth/login, as the bootstrap admin or as a new user with given roles.</summary>
public static class AuthenticatedClients
{
    public static Task<HttpClient> CreateAdminClientAsync(this KestrelHostFactory factory) =>
        factory.LoginAsync(KestrelHostFactory.AdminEmail, KestrelHostFactory.AdminPassword);

    /// <summary>Creates a user in the given roles (through Identity, as an admin would) and signs in as that user.</summary>
    public static async Task<HttpClient> CreateClientWithRolesAsync(this KestrelHostFactory factory, params string[] roles)
    {
        factory.StartServer();
        var email = $"user-{Guid.NewGuid():N}@test.local";
        const string password = "User-Password-123!";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            if (roles.Length > 0)
                Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }

        return await factory.LoginAsync(email, password);
    }

    public static async Task<HttpClient> LoginAsync(this KestrelHostFactory factory, string email, string password)
    {
        var client = factory.CreateServerClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    private sealed record TokenResponse(string AccessToken);
}
