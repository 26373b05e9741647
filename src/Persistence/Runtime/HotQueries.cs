using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>
/// The statements every resume runs. A LINQ query is translated once but still re-walked and hashed on every call
/// to find its cached SQL; a compiled query and a plain DELETE skip that (measured: about a quarter of the writer's
/// time went into these two LINQ calls on bench-flow.json).
/// </summary>
/// <remarks>One instance per runtime: EF binds a compiled query to the first model it runs against, and each
/// service provider (each test database, each provider) has a model of its own.</remarks>
internal sealed class HotQueries
{
    public readonly Func<WorkflowDbContext, string, CancellationToken, Task<string?>> InstanceIdOfBookmark =
        EF.CompileAsyncQuery((WorkflowDbContext db, string bookmarkId, CancellationToken _) =>
            db.Bookmarks.AsNoTracking().Where(b => b.Id == bookmarkId).Select(b => b.InstanceId).FirstOrDefault());

    /// <summary>Tracked: the burst updates it.</summary>
    public readonly Func<WorkflowDbContext, string, CancellationToken, Task<WorkflowInstanceRecord?>> Instance =
        EF.CompileAsyncQuery((WorkflowDbContext db, string instanceId, CancellationToken _) =>
            db.WorkflowInstances.FirstOrDefault(i => i.Id == instanceId));

    /// <summary>Deletes the bookmark row; 1 when this caller consumed it, 0 when it was already gone. Names as in BookmarkConfiguration.</summary>
    public static Task<int> ConsumeBookmarkAsync(WorkflowDbContext db, string bookmarkId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""DELETE FROM "bookmarks" WHERE "Id" = {bookmarkId}""", cancellationToken);
}
