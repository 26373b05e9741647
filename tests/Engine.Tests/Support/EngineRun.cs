using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Serialization;

namespace IncidentWorkflows.Engine.Tests.Support;

/// <summary>
/// Runs one definition with the bare engine, serializing the state to JSON between bursts and compiling afresh
/// for every resume, so each test also proves that nothing survives in memory between bursts.
/// </summary>
public sealed class EngineRun
{
    private readonly WorkflowDefinition _definition;
    private readonly LineCapture _output = new();
    private readonly TimeProvider _time;
    private string _state = "";

    private EngineRun(WorkflowDefinition definition, TimeProvider time)
    {
        _definition = definition;
        _time = time;
    }

    public IReadOnlyList<string> Lines => _output.Lines;
    public WorkflowState State => WorkflowStateSerializer.Deserialize(_state);
    public RunResult Last { get; private set; } = null!;

    public static Task<EngineRun> StartAsync(FlowBuilder flow, FlowchartMode mode = FlowchartMode.CounterBased, TimeProvider? time = null, IReadOnlyDictionary<string, object?>? input = null) =>
        StartAsync(flow.Build(), mode, time, input);

    public static async Task<EngineRun> StartAsync(WorkflowDefinition definition, FlowchartMode mode = FlowchartMode.CounterBased, TimeProvider? time = null, IReadOnlyDictionary<string, object?>? input = null)
    {
        var run = new EngineRun(definition, time ?? TimeProvider.System);
        var runner = new WorkflowRunner(run._time);
        var compiled = WorkflowCompiler.CreateDefault().Compile(definition);
        Assert.DoesNotContain(compiled.Issues, i => i.Severity == Engine.Validation.ValidationSeverity.Error);
        run.Save(await runner.StartAsync(compiled, new StartOptions { FlowchartMode = mode, Input = input }, run.Options()));
        return run;
    }

    public async Task ResumeAsync(string bookmarkId, IReadOnlyDictionary<string, object?>? input = null)
    {
        var compiled = WorkflowCompiler.CreateDefault().Compile(_definition);
        Save(await new WorkflowRunner(_time).ResumeAsync(compiled, State, bookmarkId, input, Options()));
    }

    /// <summary>Resumes the only open bookmark with the given stimulus name.</summary>
    public Task ResumeAsync(Func<Bookmark, bool> which, IReadOnlyDictionary<string, object?>? input = null) =>
        ResumeAsync(State.Bookmarks.Single(which).Id, input);

    public async Task RetryAsync()
    {
        var compiled = WorkflowCompiler.CreateDefault().Compile(_definition);
        Save(await new WorkflowRunner(_time).RetryAsync(compiled, State, Options()));
    }

    private RunOptions Options() => new() { Out = _output, JournalLevel = JournalLevel.Full };

    private void Save(RunResult result)
    {
        Last = result;
        _state = WorkflowStateSerializer.Serialize(result.ToState());
    }
}
