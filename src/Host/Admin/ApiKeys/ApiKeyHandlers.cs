using System.Security.Claims;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Admin.ApiKeys;

internal static class ApiKeyHandlers
{
    private const int MaxNameLength = 200;

    public static async Task<Ok<List<ApiKeySummary>>> ListAsync(IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken);
        // Sorted here: SQLite cannot order by DateTimeOffset columns, and there are few keys.
        return TypedResults.Ok(keys.OrderByDescending(k => k.CreatedAt).Select(ApiKeySummary.From).ToList());
    }

    public static async Task<Results<Ok<ApiKeySummary>, ProblemHttpResult>> GetAsync(string id, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        return key is null ? AdminProblems.NotFound("API key", id) : TypedResults.Ok(ApiKeySummary.From(key));
    }

    public static async Task<Results<Created<ApiKeyCreated>, ValidationProblem>> CreateAsync(
        CreateApiKeyRequest request, ClaimsPrincipal caller, IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var violations = new Violations();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
            violations.Add("name", "required", "Give the key a name that says who uses it (e.g. the monitoring system).");
        else if (name.Length > MaxNameLength)
            violations.Add("name", "too-long", $"A name has at most {MaxNameLength} characters.");
        var roles = RoleNames.Check(request.Roles, violations, required: true);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Names tell keys apart in the list and in the logs, so two active keys may not share one (case aside).
        if (!violations.Has("name") && await db.ApiKeys.AnyAsync(k => k.RevokedAt == null && k.Name.ToUpper() == name.ToUpper(), cancellationToken))
            violations.Add("name", "duplicate-name", $"An active API key is named '{name}'; revoke it or choose another name.");
        if (violations.Any)
            return violations.ToProblem();

        var key = ApiKeyHasher.NewKey();
        var record = new ApiKeyRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
            Name = name,
            Prefix = key[..(ApiKeyHasher.Prefix.Length + 8)],
            Hash = ApiKeyHasher.Hash(key),
            Roles = string.Join(',', roles),
            CreatedBy = caller.FindFirstValue(ClaimTypes.NameIdentifier),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/api-keys/{record.Id}", new ApiKeyCreated(record.Id, record.Name, record.Prefix, roles, record.CreatedAt, key));
    }

    public static async Task<Results<Ok<ApiKeySummary>, ProblemHttpResult>> RevokeAsync(
        string id, IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
            return AdminProblems.NotFound("API key", id);
        if (key.RevokedAt is null)
        {
            // The handler reads the record on every request, so the key fails from the next request on.
            key.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(ApiKeySummary.From(key));
    }
}
