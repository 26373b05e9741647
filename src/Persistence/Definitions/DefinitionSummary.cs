using IncidentWorkflows.Persistence.Entities;

namespace IncidentWorkflows.Persistence.Definitions;

/// <summary>A definition version as the API lists it.</summary>
public sealed record DefinitionSummary(
    string Id,
    string DefinitionId,
    int Version,
    string? Name,
    string? Description,
    bool IsLatest,
    bool IsPublished,
    string JournalLevel,
    string? Source,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt)
{
    public static DefinitionSummary From(WorkflowDefinitionRecord r) =>
        new(r.Id, r.DefinitionId, r.Version, r.Name, r.Description, r.IsLatest, r.IsPublished, r.JournalLevel, r.Source, r.CreatedAt, r.UpdatedAt, r.PublishedAt);
}

/// <summary>What an import did with one document.</summary>
public enum ImportOutcome
{
    Created,
    Unchanged,
}

public sealed record ImportResult(ImportOutcome Outcome, DefinitionSummary Definition);
