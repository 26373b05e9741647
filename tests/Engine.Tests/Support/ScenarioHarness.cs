using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Runtime;
using IncidentWorkflows.Engine.Serialization;

namespace IncidentWorkflows.Engine.Tests.Support;

/// <summary>An in-memory runtime with captured WriteLine output, loaded with workflow files.</summary>
public sealed class ScenarioHarness
{
    private readonly LineCapture _output = new();

    public ScenarioHarness(TimeProvider? time = null, FlowchartMode mode = FlowchartMode.CounterBased)
    {
        Runtime = new InMemoryWorkflowRuntime(time, _output) { FlowchartMode = mode, JournalLevel = JournalLevel.Full };
    }

    public InMemoryWorkflowRuntime Runtime { get; }

    /// <summary>Lines written so far (a null text writes an empty line, as Elsa does).</summary>
    public IReadOnlyList<string> Lines => _output.Lines;

    /// <summary>Imports files (paths relative to the corpus, or absolute) and returns the definition id of the first.</summary>
    public string Load(params string[] files)
    {
        string? first = null;
        foreach (var file in files)
        {
            var path = Path.IsPathRooted(file) ? file : SharedPaths.CorpusFile(file);
            var definition = WorkflowJsonReader.Parse(File.ReadAllText(path));
            Runtime.Definitions.Add(definition);
            first ??= definition.DefinitionId;
        }

        return first!;
    }
}
