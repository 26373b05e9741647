using System.Security.Claims;
using System.Text.Encodings.Web;
using IncidentWorkflows.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Auth;

/// <summary>Authenticates integrations (monitoring systems) by the <c>X-Api-Key</c> header against the stored hashes.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<WorkflowDbContext> contexts,
    ApiKeyLookup lookup,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1 || string.IsNullOrWhiteSpace(values[0]))
            return AuthenticateResult.NoResult();

        var hash = ApiKeyHasher.Hash(values[0]!);
        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        var key = await lookup.FindAsync(db, hash, Context.RequestAborted);
        if (key is null || key.RevokedAt is not null)
            return AuthenticateResult.Fail("Unknown or revoked API key.");

        // Last use is informative only; recording it at most once a minute keeps writes off the hot path.
        var now = time.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "apikey:" + key.Id),
            new(ClaimTypes.Name, key.Name),
            new("api_key_id", key.Id),
        };
        claims.AddRange(key.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => new Claim(ClaimTypes.Role, r)));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
