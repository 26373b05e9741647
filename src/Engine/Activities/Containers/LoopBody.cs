using System.Collections;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Activities.Containers;

/// <summary>What ForEach and ParallelForEach share: the items input, the body, and per-iteration variables.</summary>
public abstract class LoopActivity : Activity, IContainerActivity
{
    public const string CurrentValue = "CurrentValue";
    public const string CurrentIndex = "CurrentIndex";

    [Input(Description = "The items to iterate.", UIHint = "multitext", IsRequired = true)]
    public Input<object> Items { get; set; } = new();

    public Activity? Body { get; private set; }

    public override IEnumerable<Activity> Children => Body is null ? [] : [Body];

    protected internal override void OnCompiled(CompilationContext context)
    {
        if (Node.Slots.TryGetValue("body", out var body))
            Body = context.CompileNode(body, this, NodeId);
    }

    protected static List<object?> ToItems(object? value) => ValueConverter.Normalize(value) switch
    {
        null => [],
        string text when text.TrimStart().StartsWith('[') => ValueConverter.Convert<List<object?>>(text) ?? [],
        string text => [text],
        IDictionary dictionary => [dictionary],
        IEnumerable items => items.Cast<object?>().ToList(),
        var single => [single],
    };

    /// <summary>The iteration's own variable scope: the body reads <c>CurrentValue</c> and <c>CurrentIndex</c>.</summary>
    protected static Dictionary<string, object?> IterationVariables(object? item, int index) => new(StringComparer.Ordinal)
    {
        [CurrentValue] = item,
        [CurrentIndex] = (long)index,
    };
}
