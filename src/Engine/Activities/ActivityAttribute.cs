namespace IncidentWorkflows.Engine.Activities;

/// <summary>How an activity behaves towards the runtime: it does work, it can start workflows, or it waits.</summary>
public enum ActivityKind
{
    Action,
    Trigger,
    Blocking,
}

/// <summary>Declares an activity class: its Elsa type name, category and description.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string typeName, string category, string description) : Attribute
{
    public string TypeName { get; } = typeName;
    public string Category { get; } = category;
    public string Description { get; } = description;
    public string? DisplayName { get; init; }
    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    /// <summary>The ports a flowchart may connect from; activities with dynamic ports override <see cref="Activity.GetPorts"/>.</summary>
    public string[] Outcomes { get; init; } = ["Done"];
}

/// <summary>Describes an input property for the designer and the validator.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? UIHint { get; init; }
    public object? DefaultValue { get; init; }
    public bool IsRequired { get; init; }
    public string[]? Options { get; init; }
    public string? Category { get; init; }
}

/// <summary>Describes an output property.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
}
