using System.Text.Json;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Model;

namespace IncidentWorkflows.Engine.Runtime;

/// <summary>Definitions held in memory (the CLI and tests); resolves workflows used as activities.</summary>
public sealed class InMemoryDefinitionStore : IWorkflowDefinitionResolver
{
    private readonly List<WorkflowDefinition> _definitions = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<WorkflowDefinition> All
    {
        get
        {
            lock (_lock)
                return [.. _definitions];
        }
    }

    /// <summary>Adds a version; an existing entry with the same version id is replaced.</summary>
    public void Add(WorkflowDefinition definition)
    {
        lock (_lock)
        {
            _definitions.RemoveAll(d => d.Id == definition.Id);
            _definitions.Add(definition);
        }
    }

    public void Remove(string versionId)
    {
        lock (_lock)
            _definitions.RemoveAll(d => d.Id == versionId);
    }

    public WorkflowDefinition? FindPublished(string definitionId)
    {
        lock (_lock)
        {
            var versions = _definitions.Where(d => d.DefinitionId == definitionId).ToList();
            return versions.Where(d => d.IsPublished).MaxBy(d => d.Version) ?? versions.MaxBy(d => d.Version);
        }
    }

    public WorkflowDefinition? FindVersion(string versionId)
    {
        lock (_lock)
            return _definitions.Find(d => d.Id == versionId);
    }

    public WorkflowDefinition? ResolveActivity(ActivityNode node)
    {
        var versionId = StringProperty(node, "workflowDefinitionVersionId");
        if (versionId is not null && FindVersion(versionId) is { } exact)
            return exact;
        var definitionId = StringProperty(node, "workflowDefinitionId");
        if (definitionId is not null && FindPublished(definitionId) is { } byId)
            return byId;
        if (FindPublished(node.Type) is { } byTypeAsId)
            return byTypeAsId;

        lock (_lock)
        {
            var candidates = _definitions.Where(d => d.ActivityTypeName == node.Type).ToList();
            return candidates.Where(d => d.IsPublished).MaxBy(d => d.Version) ?? candidates.MaxBy(d => d.Version);
        }
    }

    private static string? StringProperty(ActivityNode node, string name) =>
        node.GetProperty(name) is { } value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
