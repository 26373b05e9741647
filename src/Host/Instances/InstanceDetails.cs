using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Queries;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Host.Instances;

/// <summary>One instance: its summary columns plus what it waits on, what went wrong and what it produced.</summary>
public sealed record InstanceDetails(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    string? Name,
    string? CorrelationId,
    string Status,
    string SubStatus,
    int IncidentCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyDictionary<string, object?> Output,
    IReadOnlyList<BookmarkInfo> Bookmarks,
    IReadOnlyList<Incident> Incidents)
{
    public static InstanceDetails From(InstanceSummary s, InstanceResult d) => new(
        s.Id, s.DefinitionId, s.DefinitionVersion, s.Name, s.CorrelationId, s.Status, s.SubStatus, s.IncidentCount,
        s.CreatedAt, s.UpdatedAt, s.FinishedAt, d.Output, d.Bookmarks, d.Incidents);
}
