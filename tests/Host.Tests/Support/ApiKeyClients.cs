using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Host.Tests.Support;

/// <summary>Clients that authenticate with an <c>X-Api-Key</c> header, as integrations (and the load generator) do.</summary>
public static class ApiKeyClients
{
    public static async Task<HttpClient> CreateApiKeyClientAsync(this KestrelHostFactory factory, params string[] roles)
    {
        var client = factory.CreateServerClient();
        var key = ApiKeyHasher.NewKey();
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.ApiKeys.Add(new ApiKeyRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                Name = "test integration",
                Prefix = key[..8],
                Hash = ApiKeyHasher.Hash(key),
                Roles = string.Join(',', roles),
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        return client;
    }
}
