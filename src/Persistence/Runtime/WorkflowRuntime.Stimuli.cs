using IncidentWorkflows.Engine.Activities.Composition;
using IncidentWorkflows.Engine.Activities.Events;
using IncidentWorkflows.Engine.Execution;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Triggers a named event: starts every published workflow whose trigger waits for it, and resumes every instance
    /// waiting for it (only those with <paramref name="correlationId"/> when given).
    /// </summary>
    public async Task<EventResult> TriggerEventAsync(string eventName, string? correlationId, IReadOnlyDictionary<string, object?>? input, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, string> { ["eventName"] = eventName };
        var started = await StartTriggeredAsync(Event.StimulusName, payload, correlationId, input, cancellationToken);
        var resumed = await ResumeByStimulusAsync(Event.StimulusName, payload, correlationId, input, cancellationToken);
        return new EventResult(started, resumed);
    }

    /// <summary>Resumes every bookmark waiting for this stimulus; a bookmark another caller consumed meanwhile is skipped.</summary>
    public async Task<IReadOnlyList<InstanceResult>> ResumeByStimulusAsync(string name, IReadOnlyDictionary<string, string>? payload, string? correlationId, IReadOnlyDictionary<string, object?>? input, CancellationToken cancellationToken)
    {
        var hash = BookmarkHasher.Hash(name, payload);
        List<string> bookmarkIds;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var query = db.Bookmarks.AsNoTracking().Where(b => b.Hash == hash);
            if (correlationId is not null)
                query = query.Where(b => b.CorrelationId == correlationId);
            bookmarkIds = await query.OrderBy(b => b.CreatedAt).Select(b => b.Id).ToListAsync(cancellationToken);
        }

        var results = new List<InstanceResult>();
        foreach (var bookmarkId in bookmarkIds)
        {
            try
            {
                results.Add(await ResumeAsync(bookmarkId, input, cancellationToken));
            }
            catch (RuntimeException e) when (e is NotFoundException or ConflictException)
            {
                // Consumed by a concurrent caller between the lookup and the resume: nothing to do.
            }
        }

        return results;
    }

    /// <summary>Resumes every open bookmark of instances with this correlation id.</summary>
    public async Task<IReadOnlyList<InstanceResult>> ResumeByCorrelationAsync(string correlationId, IReadOnlyDictionary<string, object?>? input, CancellationToken cancellationToken)
    {
        List<string> bookmarkIds;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            bookmarkIds = await db.Bookmarks.AsNoTracking().Where(b => b.CorrelationId == correlationId && b.ResumeAt == null)
                .OrderBy(b => b.CreatedAt).Select(b => b.Id).ToListAsync(cancellationToken);
        }

        var results = new List<InstanceResult>();
        foreach (var bookmarkId in bookmarkIds)
        {
            try
            {
                results.Add(await ResumeAsync(bookmarkId, input, cancellationToken));
            }
            catch (RuntimeException e) when (e is NotFoundException or ConflictException)
            {
            }
        }

        return results;
    }

    /// <summary>Starts a new instance for every published trigger matching the stimulus.</summary>
    public async Task<IReadOnlyList<InstanceResult>> StartTriggeredAsync(string name, IReadOnlyDictionary<string, string>? payload, string? correlationId, IReadOnlyDictionary<string, object?>? input, CancellationToken cancellationToken)
    {
        var hash = BookmarkHasher.Hash(name, payload);
        List<(string DefinitionId, string VersionId, string ActivityId)> triggers;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            triggers = (await db.Triggers.AsNoTracking().Where(t => t.Hash == hash).ToListAsync(cancellationToken))
                .Select(t => (t.DefinitionId, t.DefinitionVersionId, t.ActivityId)).ToList();
        }

        var results = new List<InstanceResult>();
        foreach (var (definitionId, versionId, activityId) in triggers)
            results.Add(await StartAsync(new StartWorkflowRequest(definitionId, input, correlationId, TriggerActivityId: activityId, VersionId: versionId), cancellationToken));
        return results;
    }

    /// <summary>A child that finished after its parent suspended wakes the parent with its result.</summary>
    private async Task WakeWaitingParentAsync(WorkflowState child, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, string> { ["childInstanceId"] = child.Id };
        var result = ExecuteWorkflow.ToResult(new ChildWorkflowResult(child.Id, child.Status, child.SubStatus,
            child.Output.ToDictionary(p => p.Key, p => Engine.Values.JsonValues.FromNode(p.Value))));
        await ResumeByStimulusAsync(ExecuteWorkflow.StimulusName, payload, null, result, cancellationToken);
    }
}
