namespace IncidentWorkflows.Engine.Expressions;

/// <summary>What an expression may read and change while it runs: variables, inputs, outputs of earlier activities.</summary>
public interface IExpressionScope
{
    string WorkflowInstanceId { get; }
    string WorkflowDefinitionId { get; }
    string? CorrelationId { get; set; }

    /// <summary>Names of every variable visible from here, nearest scope first.</summary>
    IEnumerable<string> VisibleVariableNames { get; }
    bool TryGetVariable(string name, out object? value);
    void SetVariable(string name, object? value);

    /// <summary>Inputs of the nearest workflow (the workflow itself, or the workflow used as an activity).</summary>
    IReadOnlyDictionary<string, object?> Inputs { get; }

    /// <summary>Values set on the activity when it was scheduled (e.g. the current item of a loop).</summary>
    bool TryGetScheduledInput(string name, out object? value);

    /// <summary>Activity names (or ids) and the outputs they have produced so far.</summary>
    IEnumerable<(string Activity, string Output)> ActivityOutputNames { get; }
    bool TryGetActivityOutput(string activity, string output, out object? value);

    /// <summary>The output of the most recently completed activity that produced one.</summary>
    object? LastResult { get; }

    CancellationToken CancellationToken { get; }
}
