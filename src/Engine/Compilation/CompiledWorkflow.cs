using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Compilation;

/// <summary>A definition version turned into shared activity objects, built once and reused by every instance of it.</summary>
public sealed class CompiledWorkflow
{
    private readonly Dictionary<string, Activity> _byNodeId;

    internal CompiledWorkflow(WorkflowDefinition definition, Activity root, Dictionary<string, Activity> byNodeId, IReadOnlyList<ValidationIssue> issues, Expressions.ExpressionRegistry expressions)
    {
        Expressions = expressions;
        Definition = definition;
        Root = root;
        _byNodeId = byNodeId;
        Issues = issues;
    }

    public WorkflowDefinition Definition { get; }
    public Activity Root { get; }

    /// <summary>The expression languages this version was compiled with (for scripts known only at run time).</summary>
    public Expressions.ExpressionRegistry Expressions { get; }

    /// <summary>Problems found while compiling (unknown types, expression syntax, ...); see <see cref="WorkflowValidator"/> for the full check.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    public IEnumerable<Activity> Activities => _byNodeId.Values;

    public Activity? FindByNodeId(string nodeId) => _byNodeId.GetValueOrDefault(nodeId);

    public IEnumerable<KeyValuePair<string, object?>> InitialVariables() => InitialValues(Definition.Variables);

    internal static IEnumerable<KeyValuePair<string, object?>> InitialValues(IEnumerable<VariableDefinition> variables)
    {
        foreach (var variable in variables)
        {
            var type = ValueConverter.ResolveTypeName(variable.TypeName, variable.IsArray);
            object? value = null;
            if (variable.Value is not null)
            {
                try
                {
                    value = ValueConverter.Convert(JsonValues.FromNode(variable.Value), type);
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
                {
                    value = JsonValues.FromNode(variable.Value);
                }
            }

            yield return new(variable.Name, value);
        }
    }
}
