using BenchmarkDotNet.Attributes;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Serialization;

namespace IncidentWorkflows.Engine.Bench;

/// <summary>
/// One workflow instance of bench-flow.json, in memory: start it to its Event bookmark, turn the state into
/// UTF-8 JSON and back (what a store would do between the two bursts), resume it by bookmark id to Finished.
/// The variants separate the cost of the journal and of the state round trip.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[Config(typeof(BenchConfig))]
public class StartResumeBenchmarks
{
    private static readonly RunOptions Summary = new() { Out = TextWriter.Null, JournalLevel = JournalLevel.Summary };
    private static readonly RunOptions NoJournal = new() { Out = TextWriter.Null, JournalLevel = JournalLevel.None };

    private readonly WorkflowRunner _runner = new(TimeProvider.System);
    private CompiledWorkflow _workflow = null!;

    [GlobalSetup]
    public void Setup() =>
        _workflow = WorkflowCompiler.CreateDefault().Compile(WorkflowJsonReader.Parse(File.ReadAllText(BenchFlow.Path)));

    [Benchmark(Baseline = true, Description = "start+serialize+resume, journal Summary")]
    public ValueTask<WorkflowStatus> StartSerializeResume() => RunAsync(Summary, roundTrip: true);

    [Benchmark(Description = "start+serialize+resume, journal None")]
    public ValueTask<WorkflowStatus> StartSerializeResumeNoJournal() => RunAsync(NoJournal, roundTrip: true);

    [Benchmark(Description = "start+resume (state object reused), journal Summary")]
    public ValueTask<WorkflowStatus> StartResumeInMemory() => RunAsync(Summary, roundTrip: false);

    private async ValueTask<WorkflowStatus> RunAsync(RunOptions options, bool roundTrip)
    {
        var started = await _runner.StartAsync(_workflow, options: options);
        var state = started.ToState();
        if (roundTrip)
            state = WorkflowStateSerializer.Deserialize(WorkflowStateSerializer.SerializeToUtf8(state));
        var resumed = await _runner.ResumeAsync(_workflow, state, state.Bookmarks[0].Id, options: options);
        return resumed.Status == WorkflowStatus.Finished ? resumed.Status : throw new InvalidOperationException($"Expected Finished, got {resumed.SubStatus}.");
    }
}
