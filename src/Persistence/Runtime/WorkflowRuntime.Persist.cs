using System.Text.Json;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Engine.Values;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IncidentWorkflows.Persistence.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>Stages a burst's results in the transaction: instance row, bookmark rows, journal, outbox.</summary>
    private async Task PersistAsync(Burst burst, RunResult result, WorkflowInstanceRecord? record, CancellationToken cancellationToken, string? idempotencyKey = null, string? consumedBookmarkId = null)
    {
        if (burst.Services is { } services)
            await services.Deferred.RunAsync(cancellationToken);
        var db = burst.Db;
        var state = result.ToState();
        var now = time.GetUtcNow();
        if (record is null)
        {
            record = new WorkflowInstanceRecord { Id = state.Id, CreatedAt = state.CreatedAt, IdempotencyKey = idempotencyKey };
            db.WorkflowInstances.Add(record);
        }

        record.DefinitionId = state.DefinitionId;
        record.DefinitionVersionId = state.DefinitionVersionId;
        record.DefinitionVersion = state.DefinitionVersion;
        record.Name = state.Name;
        record.CorrelationId = state.CorrelationId;
        record.Status = state.Status.ToString();
        record.SubStatus = state.SubStatus.ToString();
        record.IncidentCount = state.Incidents.Count;
        record.StateJson = WorkflowStateSerializer.Serialize(state);
        record.Revision++;
        record.UpdatedAt = now;
        record.FinishedAt = state.Status == WorkflowStatus.Finished ? now : null;

        var removed = result.RemovedBookmarks.Where(b => b.Id != consumedBookmarkId).Select(b => b.Id).ToList();
        if (removed.Count > 0)
            await db.Bookmarks.Where(b => removed.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
        foreach (var bookmark in result.RemovedBookmarks.Where(b => b.ResumeAt is not null))
            burst.TimersToDrop.Add(bookmark.Id);

        foreach (var bookmark in result.CreatedBookmarks)
        {
            db.Bookmarks.Add(new BookmarkRecord
            {
                Id = bookmark.Id,
                InstanceId = state.Id,
                DefinitionId = state.DefinitionId,
                Name = bookmark.Name,
                Hash = bookmark.Hash,
                PayloadJson = bookmark.Payload is null ? null : JsonSerializer.Serialize(bookmark.Payload),
                ActivityId = bookmark.ActivityId,
                ActivityInstanceId = bookmark.ActivityInstanceId,
                CorrelationId = state.CorrelationId,
                ResumeAt = bookmark.ResumeAt,
                CreatedAt = bookmark.CreatedAt,
            });
            if (bookmark.ResumeAt is { } dueAt)
                burst.TimersToSchedule.Add((bookmark.Id, state.Id, dueAt));
        }

        foreach (var entry in result.Journal)
        {
            db.Journal.Add(new JournalRecord
            {
                InstanceId = state.Id,
                ActivityId = entry.ActivityId,
                ActivityNodeId = entry.ActivityNodeId,
                ActivityType = entry.ActivityType,
                ActivityName = entry.ActivityName,
                EventName = entry.EventName,
                StartedAt = entry.StartedAt,
                Timestamp = entry.Timestamp,
                Outcomes = entry.Outcomes is null ? null : string.Join(",", entry.Outcomes),
                PayloadJson = entry.Outputs is null ? null : JsonValues.ToJson(entry.Outputs),
                Message = entry.Message,
            });
        }

        foreach (var message in result.Context.Outbox)
        {
            burst.WroteOutbox = true;
            db.Outbox.Add(new OutboxMessage
            {
                Kind = message.Kind,
                PayloadJson = message.PayloadJson,
                IdempotencyKey = message.IdempotencyKey,
                InstanceId = state.Id,
                CreatedAt = now,
                AvailableAt = now,
            });
        }

        if (state.Status == WorkflowStatus.Finished && state.Properties.ContainsKey(Engine.Activities.Composition.ExecuteWorkflow.ParentInstanceIdKey))
            burst.FinishedChildren.Add(state);
        burst.Results.Add(ToResult(state) with { HttpResponse = result.Context.Transient.GetValueOrDefault(Engine.Activities.Http.WriteHttpResponse.TransientKey) as Engine.Activities.Http.WorkflowHttpResponse });
        logger.LogDebug("Instance {InstanceId} of {DefinitionId} is {Status}/{SubStatus}", state.Id, state.DefinitionId, state.Status, state.SubStatus);
    }

    public static InstanceResult ToResult(WorkflowState state) => new(
        state.Id,
        state.DefinitionId,
        state.DefinitionVersion,
        state.CorrelationId,
        state.Name,
        state.Status,
        state.SubStatus,
        state.Output.ToDictionary(p => p.Key, p => JsonValues.FromNode(p.Value)),
        state.Bookmarks.Select(b => new BookmarkInfo(b.Id, b.Name, b.ActivityId, b.Payload, b.ResumeAt)).ToList(),
        state.Incidents);
}
