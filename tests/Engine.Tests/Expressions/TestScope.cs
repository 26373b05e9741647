using IncidentWorkflows.Engine.Expressions;

namespace IncidentWorkflows.Engine.Tests.Expressions;

/// <summary>An in-memory <see cref="IExpressionScope"/> whose contents each test sets up and inspects.</summary>
internal sealed class TestScope : IExpressionScope
{
    public string WorkflowInstanceId { get; set; } = "instance-1";
    public string WorkflowDefinitionId { get; set; } = "definition-1";
    public string? CorrelationId { get; set; }

    public Dictionary<string, object?> Variables { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, object?> WorkflowInputs { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, object?> ScheduledInputs { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Activity, string Output), object?> Outputs { get; } = [];

    public object? LastResult { get; set; }
    public CancellationToken CancellationToken { get; set; }

    public IEnumerable<string> VisibleVariableNames => Variables.Keys;
    public IReadOnlyDictionary<string, object?> Inputs => WorkflowInputs;
    public IEnumerable<(string Activity, string Output)> ActivityOutputNames => Outputs.Keys;

    public bool TryGetVariable(string name, out object? value) => Variables.TryGetValue(name, out value);

    /// <summary>Like the engine, only declared variables can be set.</summary>
    public void SetVariable(string name, object? value)
    {
        if (!Variables.ContainsKey(name))
            throw new InvalidOperationException($"Variable '{name}' is not declared.");
        Variables[name] = value;
    }

    public bool TryGetScheduledInput(string name, out object? value) => ScheduledInputs.TryGetValue(name, out value);

    public bool TryGetActivityOutput(string activity, string output, out object? value) =>
        Outputs.TryGetValue((activity, output), out value);
}
