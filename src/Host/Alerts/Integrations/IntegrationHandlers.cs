using System.Security.Claims;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence.Alerts.Integrations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Alerts.Integrations;

public static class IntegrationHandlers
{
    public static async Task<Ok<List<IntegrationView>>> ListAsync(IntegrationStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(i => IntegrationView.From(i.Integration, i.Keys)).ToList());

    public static async Task<Ok<IntegrationView>> GetAsync(string name, IntegrationStore store, CancellationToken cancellationToken)
    {
        var (integration, keys) = await store.GetAsync(name, cancellationToken);
        return TypedResults.Ok(IntegrationView.From(integration, keys));
    }

    public static async Task<Created<CreatedIntegration>> CreateAsync(IntegrationRequest request, ClaimsPrincipal user, IntegrationStore store, CancellationToken cancellationToken)
    {
        var draft = IntegrationChecks.ToDraft(request);
        var key = NewKey();
        await store.CreateAsync(draft, key[..12], ApiKeyHasher.Hash(key), By(user), cancellationToken);
        var (integration, keys) = await store.GetAsync(draft.Name, cancellationToken);
        return TypedResults.Created($"/api/integrations/{draft.Name}", new CreatedIntegration(IntegrationView.From(integration, keys), new CreatedIntegrationKey(keys[0].Id, keys[0].Prefix, key)));
    }

    public static async Task<Ok<IntegrationView>> UpdateAsync(string name, IntegrationRequest request, ClaimsPrincipal user, IntegrationStore store, CancellationToken cancellationToken)
    {
        var draft = IntegrationChecks.ToDraft(request, name);
        await store.UpdateAsync(name, draft, request.Version, By(user), cancellationToken);
        var (integration, keys) = await store.GetAsync(draft.Name, cancellationToken);
        return TypedResults.Ok(IntegrationView.From(integration, keys));
    }

    public static async Task<NoContent> DeleteAsync(string name, IntegrationStore store, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(name, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Created<CreatedIntegrationKey>> AddKeyAsync(string name, ClaimsPrincipal user, IntegrationStore store, CancellationToken cancellationToken)
    {
        var key = NewKey();
        var record = await store.AddKeyAsync(name, key[..12], ApiKeyHasher.Hash(key), By(user), cancellationToken);
        return TypedResults.Created($"/api/integrations/{name}", new CreatedIntegrationKey(record.Id, record.Prefix, key));
    }

    public static async Task<NoContent> RevokeKeyAsync(string name, string keyId, IntegrationStore store, CancellationToken cancellationToken)
    {
        await store.RevokeKeyAsync(name, keyId, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Integration keys look like API keys with their own prefix, so a leaked one is recognisable for what it is.</summary>
    private static string NewKey() => "iwi_" + ApiKeyHasher.NewKey()[ApiKeyHasher.Prefix.Length..];

    private static string By(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
