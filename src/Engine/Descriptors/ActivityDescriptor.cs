namespace IncidentWorkflows.Engine.Descriptors;

/// <summary>What the designer and validator know about an activity type. Serializes to plain JSON.</summary>
public sealed record ActivityDescriptor(
    string TypeName,
    string Category,
    string DisplayName,
    string Description,
    string Kind,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<string> Outcomes,
    bool IsContainer = false,
    string? DefinitionId = null);

public sealed record InputDescriptor(
    string Name,
    string Type,
    string UIHint,
    string DisplayName,
    string? Description,
    object? DefaultValue,
    bool IsRequired,
    IReadOnlyList<string>? Options,
    string? Category);

public sealed record OutputDescriptor(string Name, string Type, string DisplayName, string? Description);
