using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Activities.Primitives;

/// <summary>Assigns a value to a variable. The variable is written as Elsa does: <c>"variable": { id, name, typeName }</c>.</summary>
[Activity("Elsa.SetVariable", "Primitives", "Assigns a value to a variable.", DisplayName = "Set Variable")]
public sealed class SetVariable : Activity
{
    [Input(Description = "The value to assign.")]
    public Input<object> Value { get; set; } = new();

    public string? VariableName { get; private set; }
    public Type VariableType { get; private set; } = typeof(object);

    protected internal override void OnCompiled(CompilationContext context)
    {
        var reference = Node.GetProperty("variable");
        (VariableName, var typeName) = reference switch
        {
            JsonObject o => ((o["name"] ?? o["id"])?.GetValue<string>(), o["typeName"]?.GetValue<string>()),
            JsonValue v when v.TryGetValue<string>(out var name) => (name, null),
            _ => (null, null),
        };
        VariableType = ValueConverter.ResolveTypeName(typeName);
        if (VariableName is null)
            context.Issues.Add(new Validation.ValidationIssue(Validation.ValidationSeverity.Error, Validation.ValidationRules.MissingRequiredInput, "Set Variable needs the variable to set.", Id, "variable"));
    }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (VariableName is null)
        {
            context.Fault("Set Variable has no variable to set.");
            return default;
        }

        context.SetVariable(VariableName, ValueConverter.Convert(context.Get(Value), VariableType));
        return context.CompleteAsync();
    }
}
