using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Auth;

/// <summary>
/// Finds an API key by its hash on every request that carries one. Compiled once: as a plain LINQ query EF re-walked
/// and hashed the expression on every request, a visible part of an integration call's CPU under load. One per host,
/// because EF binds a compiled query to the first model it runs against and each host (each test host) has its own.
/// </summary>
public sealed class ApiKeyLookup
{
    private readonly Func<WorkflowDbContext, string, CancellationToken, Task<ApiKeyRecord?>> _byHash =
        EF.CompileAsyncQuery((WorkflowDbContext db, string hash, CancellationToken _) => db.ApiKeys.FirstOrDefault(k => k.Hash == hash));

    /// <summary>Tracked, so that the caller can record its last use.</summary>
    public Task<ApiKeyRecord?> FindAsync(WorkflowDbContext db, string hash, CancellationToken cancellationToken) => _byHash(db, hash, cancellationToken);
}
