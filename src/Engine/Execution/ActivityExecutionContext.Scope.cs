namespace IncidentWorkflows.Engine.Execution;

/// <summary>
/// Variable and input lookup. Scopes nest: loop iterations and containers declare local variables, a workflow
/// used as an activity is a boundary (its expressions do not see the caller's variables), and the
/// workflow's own variables are the outermost scope.
/// </summary>
public sealed partial class ActivityExecutionContext
{
    public string WorkflowInstanceId => Workflow.InstanceId;
    public string WorkflowDefinitionId => Workflow.Compiled.Definition.DefinitionId;

    public string? CorrelationId
    {
        get => Workflow.CorrelationId;
        set => Workflow.CorrelationId = value;
    }

    public CancellationToken CancellationToken => Workflow.CancellationToken;

    public object? LastResult => Workflow.LastResult;

    public IReadOnlyDictionary<string, object?> Inputs => NearestComposite()?.Composite!.Inputs ?? Workflow.Input;

    public IEnumerable<string> VisibleVariableNames
    {
        get
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var scope in Scopes())
            {
                foreach (var name in scope.Keys)
                {
                    if (seen.Add(name))
                        yield return name;
                }
            }
        }
    }

    public bool TryGetVariable(string name, out object? value)
    {
        foreach (var scope in Scopes())
        {
            if (scope.TryGetValue(name, out value))
                return true;
        }

        value = null;
        return false;
    }

    public void SetVariable(string name, object? value)
    {
        foreach (var scope in Scopes())
        {
            if (scope.ContainsKey(name))
            {
                scope[name] = value;
                return;
            }
        }

        // Undeclared: it belongs to the nearest workflow (the composite's scope, or the instance).
        var composite = NearestComposite();
        if (composite is not null)
            (composite.Variables ??= new(StringComparer.Ordinal))[name] = value;
        else
            Workflow.Variables[name] = value;
    }

    public bool TryGetScheduledInput(string name, out object? value)
    {
        for (var current = this; current is not null; current = current.Parent)
        {
            if (current.ScheduledInput is not null && current.ScheduledInput.TryGetValue(name, out value))
                return true;
            if (current.Composite is not null)
                break;
        }

        value = null;
        return false;
    }

    public IEnumerable<(string Activity, string Output)> ActivityOutputNames =>
        Workflow.ActivityOutputs.SelectMany(a => a.Value.Keys.Select(o => (a.Key, o)));

    public bool TryGetActivityOutput(string activity, string output, out object? value)
    {
        value = null;
        return Workflow.ActivityOutputs.TryGetValue(activity, out var outputs) && outputs.TryGetValue(output, out value);
    }

    private IEnumerable<Dictionary<string, object?>> Scopes()
    {
        for (var current = this; current is not null; current = current.Parent)
        {
            if (current.Variables is not null)
                yield return current.Variables;
            if (current.Composite is not null)
                yield break;
        }

        yield return Workflow.Variables;
    }
}
