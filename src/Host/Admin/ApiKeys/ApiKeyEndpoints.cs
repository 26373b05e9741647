namespace IncidentWorkflows.Host.Admin.ApiKeys;

public static class ApiKeyEndpoints
{
    public static RouteGroupBuilder MapApiKeyEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/api-keys").WithTags("API keys");
        group.MapGet("/", ApiKeyHandlers.ListAsync)
            .WithName("ListApiKeys")
            .WithSummary("Every API key, revoked ones included; never the secret.");
        group.MapGet("/{id}", ApiKeyHandlers.GetAsync)
            .WithName("GetApiKey")
            .WithSummary("One API key; never the secret.");
        group.MapPost("/", ApiKeyHandlers.CreateAsync)
            .WithName("CreateApiKey")
            .WithSummary("Creates a named key with roles. The answer holds the key itself, the only time it is shown: only its hash is stored.");
        group.MapPost("/{id}/revoke", ApiKeyHandlers.RevokeAsync)
            .WithName("RevokeApiKey")
            .WithSummary("Revokes a key: it stops authenticating at once. Revoking a revoked key changes nothing.");
        return api;
    }
}
