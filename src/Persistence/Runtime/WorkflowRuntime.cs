using IncidentWorkflows.Engine.Activities.Composition;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>
/// The durable runtime. Every burst runs under the instance's lock inside one transaction that stores the new
/// state, its bookmarks, journal entries and outbox messages together; timers are scheduled only after commit.
/// A bookmark is consumed by deleting its row in that transaction, so it is consumed exactly once. The
/// <see cref="BurstCommitter"/> decides whether a transaction holds one burst or a group of them (SQLite).
/// </summary>
public sealed partial class WorkflowRuntime(
    IDbContextFactory<WorkflowDbContext> contexts,
    DefinitionCatalog catalog,
    IInstanceLock locks,
    ITimerScheduler timers,
    BurstCommitter committer,
    TimeProvider time,
    RuntimeOptions options,
    Outbox.OutboxSignal outbox,
    IServiceProvider services,
    ILogger<WorkflowRuntime> logger)
{
    private readonly WorkflowRunner _runner = new(time);
    private readonly HotQueries _queries = new();

    private DefinitionCatalog Catalog => catalog;
    private RuntimeOptions Options => options;
    private ILogger Logger => logger;

    public async Task<InstanceResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken)
    {
        var definition = (request.VersionId is null ? catalog.FindPublished(request.DefinitionId) : catalog.FindVersion(request.VersionId))
            ?? throw new NotFoundException("definition-not-found", $"No published workflow definition '{request.DefinitionId}'.");

        if (request.IdempotencyKey is not null && await FindByIdempotencyKeyAsync(request.IdempotencyKey, cancellationToken) is { } existing)
            return existing;

        try
        {
            return await InTransactionAsync(async burst =>
            {
                await StartInBurstAsync(burst, definition, new StartOptions
                {
                    InstanceId = NewInstanceId(),
                    CorrelationId = request.CorrelationId,
                    Input = request.Input,
                    TriggerActivityId = request.TriggerActivityId,
                    TriggerInput = request.TriggerInput,
                    FlowchartMode = options.FlowchartMode,
                }, request.IdempotencyKey, cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateException) when (request.IdempotencyKey is not null)
        {
            // Two starts with the same key raced; the unique index let one win and this caller gets its instance.
            return await FindByIdempotencyKeyAsync(request.IdempotencyKey, cancellationToken) ?? throw new ConflictException("idempotency-conflict", "A start with this idempotency key failed; try again.");
        }
    }

    /// <summary>Resumes one bookmark. 404 when it never existed, 409 when another caller consumed it first.</summary>
    public async Task<InstanceResult> ResumeAsync(string bookmarkId, IReadOnlyDictionary<string, object?>? input, CancellationToken cancellationToken)
    {
        string instanceId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            instanceId = await _queries.InstanceIdOfBookmark(db, bookmarkId, cancellationToken)
                ?? throw new NotFoundException("bookmark-not-found", $"Bookmark '{bookmarkId}' does not exist (never created, or already consumed).");
        }

        await using var held = await locks.AcquireAsync(instanceId, cancellationToken);
        return await InTransactionAsync(burst => ResumeInBurstAsync(burst, instanceId, bookmarkId, input, cancellationToken), cancellationToken);
    }

    public async Task<InstanceResult> CancelAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var held = await locks.AcquireAsync(instanceId, cancellationToken);
        return await InTransactionAsync(async burst =>
        {
            var (record, state, compiled) = await LoadAsync(burst.Db, instanceId, cancellationToken);
            using var logScope = BeginInstanceScope(record.Id, record.CorrelationId);
            RunResult result;
            try
            {
                result = _runner.Cancel(compiled, state, RunOptionsFor(compiled, burst));
            }
            catch (WorkflowStateException e)
            {
                throw new ConflictException("instance-finished", e.Message);
            }

            await PersistAsync(burst, result, record, cancellationToken);
        }, cancellationToken);
    }

    public async Task<InstanceResult> RetryAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var held = await locks.AcquireAsync(instanceId, cancellationToken);
        return await InTransactionAsync(async burst =>
        {
            var (record, state, compiled) = await LoadAsync(burst.Db, instanceId, cancellationToken);
            using var logScope = BeginInstanceScope(record.Id, record.CorrelationId);
            RunResult result;
            try
            {
                result = await _runner.RetryAsync(compiled, state, RunOptionsFor(compiled, burst));
            }
            catch (WorkflowStateException e)
            {
                throw new ConflictException("instance-not-faulted", e.Message);
            }

            await PersistAsync(burst, result, record, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in a transaction (alone or in a group), then does what must wait for the commit.</summary>
    private async Task<InstanceResult> InTransactionAsync(Func<Burst, Task> work, CancellationToken cancellationToken)
    {
        var burst = await committer.CommitAsync(work, cancellationToken);
        await AfterCommitAsync(burst, cancellationToken);
        // Children started during the burst are stored first; the instance the caller asked about is stored last.
        return burst.Results[^1];
    }

    private async Task AfterCommitAsync(Burst burst, CancellationToken cancellationToken)
    {
        if (burst.WroteOutbox)
            outbox.Notify();
        foreach (var bookmarkId in burst.TimersToDrop)
            await timers.UnscheduleAsync(bookmarkId, cancellationToken);
        foreach (var (bookmarkId, instanceId, dueAt) in burst.TimersToSchedule)
            await timers.ScheduleAsync(bookmarkId, instanceId, dueAt, cancellationToken);
        foreach (var child in burst.FinishedChildren)
            await WakeWaitingParentAsync(child, cancellationToken);
    }

    private async Task StartInBurstAsync(Burst burst, WorkflowDefinition definition, StartOptions start, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var logScope = BeginInstanceScope(start.InstanceId, start.CorrelationId);
        var compiled = catalog.Compile(definition);
        var result = await _runner.StartAsync(compiled, start, RunOptionsFor(compiled, burst));
        await PersistAsync(burst, result, null, cancellationToken, idempotencyKey);
    }

    private async Task ResumeInBurstAsync(Burst burst, string instanceId, string bookmarkId, IReadOnlyDictionary<string, object?>? input, CancellationToken cancellationToken)
    {
        var consumed = await HotQueries.ConsumeBookmarkAsync(burst.Db, bookmarkId, cancellationToken);
        if (consumed == 0)
            throw new ConflictException("bookmark-consumed", $"Bookmark '{bookmarkId}' was consumed by another request.");

        var (record, state, compiled) = await LoadAsync(burst.Db, instanceId, cancellationToken);
        using var logScope = BeginInstanceScope(record.Id, record.CorrelationId);
        RunResult result;
        try
        {
            result = await _runner.ResumeAsync(compiled, state, bookmarkId, input, RunOptionsFor(compiled, burst));
        }
        catch (WorkflowStateException e)
        {
            throw new ConflictException("bookmark-consumed", e.Message);
        }

        await PersistAsync(burst, result, record, cancellationToken, consumedBookmarkId: bookmarkId);
    }

    private async Task<(WorkflowInstanceRecord Record, WorkflowState State, CompiledWorkflow Compiled)> LoadAsync(WorkflowDbContext db, string instanceId, CancellationToken cancellationToken)
    {
        var record = await _queries.Instance(db, instanceId, cancellationToken)
            ?? throw new NotFoundException("instance-not-found", $"Workflow instance '{instanceId}' does not exist.");
        var state = Engine.Serialization.WorkflowStateSerializer.Deserialize(record.StateJson);
        var definition = catalog.FindVersion(record.DefinitionVersionId)
            ?? throw new NotFoundException("definition-not-found", $"Definition version '{record.DefinitionVersionId}' of instance '{instanceId}' is gone.");
        return (record, state, catalog.Compile(definition));
    }

    private RunOptions RunOptionsFor(CompiledWorkflow compiled, Burst burst) => new()
    {
        Out = options.Output,
        JournalLevel = Enum.TryParse<JournalLevel>(compiled.Definition.CustomProperties["journalLevel"]?.GetValue<string>(), true, out var level) ? level : JournalLevel.Summary,
        ChildInvoker = new BurstChildInvoker(this, burst),
        Services = burst.Services ??= new BurstServices(burst, services, time),
    };

    private async Task<InstanceResult?> FindByIdempotencyKeyAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.IdempotencyKey == key, cancellationToken);
        return record is null ? null : ToResult(Engine.Serialization.WorkflowStateSerializer.Deserialize(record.StateJson)) with { Existing = true };
    }

    /// <summary>A child started by Elsa.ExecuteWorkflow runs in the parent's transaction: both commit or neither.</summary>
    private sealed class BurstChildInvoker(WorkflowRuntime runtime, Burst burst) : IChildWorkflowInvoker
    {
        public async ValueTask<ChildWorkflowResult> InvokeAsync(ChildWorkflowRequest request, CancellationToken cancellationToken)
        {
            var definition = runtime.Catalog.FindPublished(request.DefinitionId)
                ?? throw new InvalidOperationException($"No published workflow definition '{request.DefinitionId}'.");
            await runtime.StartInBurstAsync(burst, definition, new StartOptions
            {
                InstanceId = runtime.NewInstanceId(),
                CorrelationId = request.CorrelationId,
                Input = request.Input,
                Properties = new Dictionary<string, object?> { [ExecuteWorkflow.ParentInstanceIdKey] = request.ParentInstanceId },
                FlowchartMode = runtime.Options.FlowchartMode,
            }, null, cancellationToken);
            var child = burst.Results[^1];
            runtime.Logger.LogInformation("Instance {ParentInstanceId} started child {ChildInstanceId} of {DefinitionId}", request.ParentInstanceId, child.Id, request.DefinitionId);
            return new ChildWorkflowResult(child.Id, child.Status, child.SubStatus, child.Output);
        }
    }
}
