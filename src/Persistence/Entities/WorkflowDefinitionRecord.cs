namespace IncidentWorkflows.Persistence.Entities;

/// <summary>One version of a workflow definition; the Elsa JSON is the source of truth, the columns are for queries.</summary>
public sealed class WorkflowDefinitionRecord
{
    /// <summary>The version id (Elsa's <c>id</c>).</summary>
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }

    /// <summary>True while the version is a draft that may still be edited in place.</summary>
    public bool IsDraft => !IsPublished && PublishedAt is null;

    public string Json { get; set; } = "";

    /// <summary>SHA-256 of the normalised JSON: an unchanged import is recognised and ignored.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>How much of each execution the journal keeps for instances of this version.</summary>
    public string JournalLevel { get; set; } = "Summary";

    /// <summary>Where the version came from: "api", "import", or "file:workflows/x.json".</summary>
    public string? Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
