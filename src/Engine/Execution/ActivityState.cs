using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IncidentWorkflows.Engine.Execution;

/// <summary>What a running activity remembers between work items and across bursts. Serialized with the instance.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(FlowchartCounterState), "flowCounter")]
[JsonDerivedType(typeof(FlowchartTokenState), "flowToken")]
[JsonDerivedType(typeof(IndexState), "index")]
[JsonDerivedType(typeof(PropertyBagState), "bag")]
public abstract class ActivityState;

/// <summary>
/// Counter-based flowchart: visits per activity and per connection (by index in the compiled flowchart), and
/// whether each connection's latest visit followed it (loops make earlier visits irrelevant).
/// </summary>
public sealed class FlowchartCounterState : ActivityState
{
    public int[] ActivityVisits { get; set; } = [];
    public int[] ConnectionVisits { get; set; } = [];
    public bool[] LastFollowed { get; set; } = [];
}

/// <summary>Token-based flowchart: one token per traversed connection.</summary>
public sealed class FlowchartTokenState : ActivityState
{
    public List<FlowToken> Tokens { get; set; } = [];
}

public sealed class FlowToken
{
    public int Connection { get; set; }
    public bool Consumed { get; set; }
    public bool Blocked { get; set; }
}

/// <summary>Position in a list (sequences and loops), with the items a loop iterates.</summary>
public sealed class IndexState : ActivityState
{
    public int Index { get; set; }
    public List<JsonNode?>? Items { get; set; }
}

/// <summary>Free-form state for activities outside the engine.</summary>
public sealed class PropertyBagState : ActivityState
{
    public Dictionary<string, JsonNode?> Properties { get; set; } = [];
}
