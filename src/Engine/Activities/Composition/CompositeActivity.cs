using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Activities;

/// <summary>
/// A published workflow used as an activity (its type name is the definition's). Its inputs are evaluated in the
/// caller's scope, its body runs in a scope of its own (own variables, own inputs), and on completion its
/// outputs are mapped back and it continues on the outcome chosen by <c>Elsa.Complete</c>, or Done.
/// </summary>
public sealed class CompositeActivity : Activity, IContainerActivity
{
    private readonly List<(string Name, CompiledExpression Expression)> _inputs = [];
    private readonly List<(string Name, string? Target)> _outputs = [];

    public WorkflowDefinition Definition { get; internal init; } = null!;
    public Activity Body { get; internal set; } = null!;

    public override IEnumerable<Activity> Children => [Body];

    public override IReadOnlyList<string>? GetPorts() => Definition.Outcomes.Count > 0 ? [.. Definition.Outcomes, "Done"] : ["Done"];

    protected internal override void OnCompiled(CompilationContext context)
    {
        foreach (var input in Definition.Inputs)
        {
            var expression = CompilationContext.ReadExpression(Node.GetProperty(input.Name));
            if (expression is not null)
                _inputs.Add((input.Name, context.CompileExpression(expression, ValueConverter.ResolveTypeName(input.TypeName), Id, input.Name)));
        }

        foreach (var output in Definition.Outputs)
            _outputs.Add((output.Name, CompilationContext.ReadMemoryReference(Node.GetProperty(output.Name))));
    }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var scope = new CompositeScope();
        foreach (var input in Definition.Inputs)
        {
            if (input.DefaultValue is not null)
                scope.Inputs[input.Name] = JsonValues.FromNode(input.DefaultValue);
        }

        // Evaluated before the scope is installed, so expressions see the caller's variables and inputs.
        foreach (var (name, expression) in _inputs)
            scope.Inputs[name] = expression.Evaluate(context);

        context.Composite = scope;
        context.Variables = new Dictionary<string, object?>(CompiledWorkflow.InitialValues(Definition.Variables), StringComparer.Ordinal);
        context.Schedule(Body);
        return default;
    }

    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child) =>
        CompleteCompositeAsync(context, context.Composite?.CompletedOutcomes ?? (IReadOnlyList<string>)ActivityExecutionContext.DoneOutcome);

    /// <summary>Maps outputs to the caller and completes with <paramref name="outcomes"/>.</summary>
    public ValueTask CompleteCompositeAsync(ActivityExecutionContext context, IReadOnlyList<string> outcomes)
    {
        var outputs = context.Composite?.Outputs ?? [];
        foreach (var (name, target) in _outputs)
        {
            var value = outputs.GetValueOrDefault(name);
            if (target is not null)
                context.Workflow.AssignTarget(context.Parent, target, value);
            if (outputs.ContainsKey(name))
                context.Workflow.RecordActivityOutput(this, name, value);
        }

        return context.CompleteAsync(outcomes);
    }
}
