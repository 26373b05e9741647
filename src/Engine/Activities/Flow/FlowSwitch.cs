using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Expressions;

namespace IncidentWorkflows.Engine.Activities.Flow;

public enum SwitchMode
{
    MatchFirst,
    MatchAny,
}

/// <summary>Continues on the label of the first (or every) case whose condition holds, else on Default.</summary>
[Activity("Elsa.FlowSwitch", "Branching", "Chooses outcomes by evaluating case conditions; Default when none holds.", DisplayName = "Switch")]
public sealed class FlowSwitch : Activity
{
    public const string DefaultOutcome = "Default";

    [Input(Description = "MatchFirst takes the first case that holds; MatchAny takes all of them.", DefaultValue = "MatchFirst")]
    public Input<SwitchMode> Mode { get; set; } = new(SwitchMode.MatchFirst);

    public IReadOnlyList<(string Label, CompiledExpression Condition)> Cases { get; private set; } = [];

    public override IReadOnlyList<string>? GetPorts() => [.. Cases.Select(c => c.Label), DefaultOutcome];

    /// <summary>Cases are either a plain array or wrapped like an input: <c>[{ label, condition: {type, value} }]</c>.</summary>
    protected internal override void OnCompiled(CompilationContext context)
    {
        var json = Node.GetProperty("cases");
        if (json is JsonObject wrapper && wrapper["expression"]?["value"] is { } value)
            json = value is JsonValue text && text.TryGetValue<string>(out var s) ? JsonNode.Parse(s) : value;
        if (json is not JsonArray array)
            return;

        var cases = new List<(string, CompiledExpression)>();
        foreach (var item in array.OfType<JsonObject>())
        {
            var label = item["label"]?.GetValue<string>() ?? $"Case {cases.Count + 1}";
            var expression = CompilationContext.ReadExpression(item["condition"]) ?? new ExpressionDefinition("Literal", false);
            cases.Add((label, context.CompileExpression(expression, typeof(bool), Id, $"cases[{cases.Count}].condition")));
        }

        Cases = cases;
    }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var matchAny = context.Get(Mode) == SwitchMode.MatchAny;
        var outcomes = new List<string>();
        foreach (var (label, condition) in Cases)
        {
            if (!Values.ValueConverter.Convert<bool>(condition.Evaluate(context)))
                continue;
            outcomes.Add(label);
            if (!matchAny)
                break;
        }

        if (outcomes.Count == 0)
            outcomes.Add(DefaultOutcome);
        return context.CompleteAsync(outcomes);
    }
}
