using IncidentWorkflows.Engine.Activities.Composition;
using IncidentWorkflows.Engine.Activities.Events;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Serialization;

namespace IncidentWorkflows.Engine.Runtime;

/// <summary>
/// Runs workflows entirely in memory: the command line's <c>run</c> verb and the scenario tests. Instances are
/// kept only as serialized state, so every burst starts from JSON exactly as it would from a database.
/// Timer bookmarks are resumed by <see cref="FireDueTimersAsync"/>, or automatically when <see cref="AutoFireTimers"/>
/// is on: then each timer bookmark gets a <see cref="TimeProvider"/> timer, so a fake clock drives them in tests.
/// </summary>
public sealed class InMemoryWorkflowRuntime : IChildWorkflowInvoker, IDisposable
{
    private readonly Dictionary<string, string> _instances = new(StringComparer.Ordinal);
    private readonly List<string> _instanceOrder = [];
    private readonly Dictionary<string, (string ParentId, string BookmarkId)> _waitingParents = new(StringComparer.Ordinal);
    private readonly WorkflowRunner _runner;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, ITimer> _timers = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Task _timerWork = Task.CompletedTask;

    public InMemoryWorkflowRuntime(TimeProvider? time = null, TextWriter? output = null, WorkflowCompiler? compiler = null, InMemoryDefinitionStore? definitions = null)
    {
        Definitions = definitions ?? new InMemoryDefinitionStore();
        Compiler = compiler ?? WorkflowCompiler.CreateDefault(Definitions);
        _time = time ?? TimeProvider.System;
        _runner = new WorkflowRunner(_time);
        Output = output ?? TextWriter.Null;
    }

    public InMemoryDefinitionStore Definitions { get; }
    public WorkflowCompiler Compiler { get; }
    public TextWriter Output { get; }
    public FlowchartMode FlowchartMode { get; set; } = FlowchartMode.CounterBased;
    public JournalLevel JournalLevel { get; set; } = JournalLevel.Summary;

    /// <summary>Resume timer bookmarks by themselves when their time comes (see <see cref="WhenTimersIdleAsync"/>).</summary>
    public bool AutoFireTimers { get; set; }

    /// <summary>Completes when every timer that has fired so far has been handled.</summary>
    public Task WhenTimersIdleAsync()
    {
        lock (_timers)
            return _timerWork;
    }

    /// <summary>Every journal entry of every burst, in order (instance id, entry).</summary>
    public List<(string InstanceId, JournalEntry Entry)> Journal { get; } = [];

    public IEnumerable<WorkflowState> Instances => _instanceOrder.Select(GetState);

    public WorkflowState GetState(string instanceId) => WorkflowStateSerializer.Deserialize(_instances[instanceId]);

    public async Task<WorkflowState> StartAsync(string definitionId, StartOptions? options = null)
    {
        var definition = Definitions.FindPublished(definitionId) ?? throw new KeyNotFoundException($"No workflow definition '{definitionId}'.");
        var compiled = Compiler.GetOrCompile(definition);
        var start = options ?? new StartOptions();
        if (start.FlowchartMode != FlowchartMode)
        {
            start = new StartOptions
            {
                InstanceId = start.InstanceId,
                CorrelationId = start.CorrelationId,
                Input = start.Input,
                Properties = start.Properties,
                TriggerActivityId = start.TriggerActivityId,
                FlowchartMode = FlowchartMode,
            };
        }

        var result = await _runner.StartAsync(compiled, start, RunOptions());
        return await SaveAsync(result);
    }

    public async Task<WorkflowState> ResumeAsync(string instanceId, string bookmarkId, IReadOnlyDictionary<string, object?>? input = null)
    {
        var state = GetState(instanceId);
        var compiled = Compiler.GetOrCompile(Definitions.FindVersion(state.DefinitionVersionId)
            ?? throw new KeyNotFoundException($"Definition version {state.DefinitionVersionId} is gone."));
        var result = await _runner.ResumeAsync(compiled, state, bookmarkId, input, RunOptions());
        return await SaveAsync(result);
    }

    /// <summary>Resumes every instance waiting on the event (optionally only the one with the correlation id).</summary>
    public async Task<IReadOnlyList<WorkflowState>> TriggerEventAsync(string eventName, IReadOnlyDictionary<string, object?>? input = null, string? correlationId = null)
    {
        var hash = BookmarkHasher.Hash(Event.StimulusName, new Dictionary<string, string> { ["eventName"] = eventName });
        var resumed = new List<WorkflowState>();
        foreach (var state in Instances.ToList())
        {
            if (correlationId is not null && state.CorrelationId != correlationId)
                continue;
            foreach (var bookmark in state.Bookmarks.Where(b => b.Hash == hash).ToList())
            {
                if (GetState(state.Id).Bookmarks.Exists(b => b.Id == bookmark.Id))
                    resumed.Add(await ResumeAsync(state.Id, bookmark.Id, input));
            }
        }

        return resumed;
    }

    /// <summary>Resumes every timer bookmark whose moment has come, in due order.</summary>
    public async Task<int> FireDueTimersAsync(DateTimeOffset now)
    {
        var due = Instances
            .SelectMany(s => s.Bookmarks.Where(b => b.ResumeAt is { } at && at <= now).Select(b => (s.Id, b)))
            .OrderBy(x => x.b.ResumeAt)
            .ToList();
        foreach (var (instanceId, bookmark) in due)
            await ResumeAsync(instanceId, bookmark.Id);
        return due.Count;
    }

    /// <summary>
    /// As Elsa's tests do: start, then keep resuming every open bookmark of the instance (timers included,
    /// whatever their due time) until it finishes or nothing is left to resume.
    /// </summary>
    public async Task<WorkflowState> RunUntilEndAsync(string definitionId, StartOptions? options = null, IReadOnlyDictionary<string, object?>? resumeInput = null)
    {
        var state = await StartAsync(definitionId, options);
        return await ResumeUntilEndAsync(state.Id, resumeInput);
    }

    public async Task<WorkflowState> ResumeUntilEndAsync(string instanceId, IReadOnlyDictionary<string, object?>? resumeInput = null)
    {
        var state = GetState(instanceId);
        while (state.Status != WorkflowStatus.Finished && state.Bookmarks.Count > 0)
        {
            foreach (var bookmark in state.Bookmarks)
            {
                var current = GetState(instanceId);
                if (current.Status == WorkflowStatus.Finished)
                    break;
                if (current.Bookmarks.Exists(b => b.Id == bookmark.Id))
                    await ResumeAsync(instanceId, bookmark.Id, resumeInput);
            }

            state = GetState(instanceId);
        }

        return state;
    }

    async ValueTask<ChildWorkflowResult> IChildWorkflowInvoker.InvokeAsync(ChildWorkflowRequest request, CancellationToken cancellationToken)
    {
        var child = await StartAsync(request.DefinitionId, new StartOptions
        {
            CorrelationId = request.CorrelationId,
            Input = request.Input,
            Properties = new Dictionary<string, object?> { [ExecuteWorkflow.ParentInstanceIdKey] = request.ParentInstanceId },
        });
        if (request.WaitForCompletion && child.Status != WorkflowStatus.Finished)
            _waitingParents[child.Id] = (request.ParentInstanceId, "");
        return ToResult(child);
    }

    private RunOptions RunOptions() => new() { Out = Output, ChildInvoker = this, JournalLevel = JournalLevel };

    private async Task<WorkflowState> SaveAsync(RunResult result)
    {
        var state = result.ToState();
        if (AutoFireTimers)
            ArmTimers(result);
        if (!_instances.ContainsKey(state.Id))
            _instanceOrder.Add(state.Id);
        _instances[state.Id] = WorkflowStateSerializer.Serialize(state);
        foreach (var entry in result.Journal)
            Journal.Add((state.Id, entry));

        // A parent waiting for this child learns of its end by having its bookmark resumed with the result.
        if (state.Status == WorkflowStatus.Finished && _waitingParents.Remove(state.Id, out var waiting))
        {
            var parent = GetState(waiting.ParentId);
            var bookmark = parent.Bookmarks.Find(b => b.Name == ExecuteWorkflow.StimulusName && b.Payload?.GetValueOrDefault("childInstanceId") == state.Id);
            if (bookmark is not null)
                await ResumeAsync(parent.Id, bookmark.Id, ExecuteWorkflow.ToResult(ToResult(state)));
        }

        return state;
    }

    public void Dispose()
    {
        lock (_timers)
        {
            foreach (var timer in _timers.Values)
                timer.Dispose();
            _timers.Clear();
        }

        _gate.Dispose();
    }

    private void ArmTimers(RunResult result)
    {
        lock (_timers)
        {
            foreach (var removed in result.RemovedBookmarks)
            {
                if (_timers.Remove(removed.Id, out var timer))
                    timer.Dispose();
            }

            foreach (var bookmark in result.CreatedBookmarks.Where(b => b.ResumeAt is not null))
            {
                var instanceId = result.Context.InstanceId;
                var dueIn = bookmark.ResumeAt!.Value - _time.GetUtcNow();
                _timers[bookmark.Id] = _time.CreateTimer(_ => OnTimer(instanceId, bookmark.Id), null, dueIn < TimeSpan.Zero ? TimeSpan.Zero : dueIn, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>Timer callbacks run one after another, so the runtime is never entered twice at once.</summary>
    private void OnTimer(string instanceId, string bookmarkId)
    {
        lock (_timers)
        {
            if (_timers.Remove(bookmarkId, out var timer))
                timer.Dispose();
            _timerWork = _timerWork.ContinueWith(async _ =>
            {
                await _gate.WaitAsync();
                try
                {
                    if (GetState(instanceId).Bookmarks.Exists(b => b.Id == bookmarkId))
                        await ResumeAsync(instanceId, bookmarkId);
                }
                finally
                {
                    _gate.Release();
                }
            }, TaskScheduler.Default).Unwrap();
        }
    }

    private static ChildWorkflowResult ToResult(WorkflowState state) => new(
        state.Id,
        state.Status,
        state.SubStatus,
        state.Output.ToDictionary(p => p.Key, p => Values.JsonValues.FromNode(p.Value)));
}
