using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Runtime;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Definitions;

/// <summary>
/// Definitions the engine may need, parsed and compiled once: every published and latest version is loaded at
/// start and kept current by the definition service; older versions (still used by running instances) are
/// loaded from the database on first use. Compiled versions are cached by version id.
/// </summary>
public sealed class DefinitionCatalog
{
    private readonly IDbContextFactory<WorkflowDbContext> _contexts;
    private readonly InMemoryDefinitionStore _store = new();

    public DefinitionCatalog(IDbContextFactory<WorkflowDbContext> contexts, ActivityRegistry activities, ExpressionRegistry expressions)
    {
        _contexts = contexts;
        Compiler = new WorkflowCompiler(activities, expressions, new Resolver(this));
    }

    public WorkflowCompiler Compiler { get; }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.IsPublished || d.IsLatest).ToListAsync(cancellationToken);
        foreach (var record in records)
            _store.Add(Parse(record));
    }

    /// <summary>Called after a definition changed in the database: caches of it and of workflows using it are dropped.</summary>
    public void Refresh(IEnumerable<WorkflowDefinitionRecord> records)
    {
        foreach (var record in records)
            _store.Add(Parse(record));

        // Workflows that use a definition as an activity embed it when compiled; recompiling all is simple and rare.
        Compiler.Evict();
    }

    public void Remove(string versionId)
    {
        _store.Remove(versionId);
        Compiler.Evict();
    }

    public WorkflowDefinition? FindPublished(string definitionId)
    {
        var definition = _store.FindPublished(definitionId);
        return definition is { IsPublished: true } ? definition : null;
    }

    public WorkflowDefinition? FindVersion(string versionId)
    {
        var definition = _store.FindVersion(versionId);
        if (definition is not null)
            return definition;

        using var db = _contexts.CreateDbContext();
        var record = db.WorkflowDefinitions.AsNoTracking().FirstOrDefault(d => d.Id == versionId);
        if (record is null)
            return null;
        definition = Parse(record);
        _store.Add(definition);
        return definition;
    }

    public CompiledWorkflow Compile(WorkflowDefinition definition) => Compiler.GetOrCompile(definition);

    public static WorkflowDefinition Parse(WorkflowDefinitionRecord record)
    {
        var definition = WorkflowJsonReader.Parse(record.Json);
        definition.Id = record.Id;
        definition.DefinitionId = record.DefinitionId;
        definition.Version = record.Version;
        definition.IsPublished = record.IsPublished;
        definition.IsLatest = record.IsLatest;
        return definition;
    }

    /// <summary>Workflows used as activities resolve among published definitions (else the latest).</summary>
    private sealed class Resolver(DefinitionCatalog catalog) : IWorkflowDefinitionResolver
    {
        public WorkflowDefinition? ResolveActivity(ActivityNode node) => catalog._store.ResolveActivity(node);

        public WorkflowDefinition? FindPublished(string definitionId) => catalog._store.FindPublished(definitionId);
    }
}
