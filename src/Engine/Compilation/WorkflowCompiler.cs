using System.Collections.Concurrent;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Validation;

namespace IncidentWorkflows.Engine.Compilation;

/// <summary>
/// Turns definitions into <see cref="CompiledWorkflow"/>s: instantiates activities, binds and compiles their
/// expressions, materialises workflows used as activities. Never throws for a bad definition: problems become
/// issues and the offending node becomes an activity that faults if it ever runs.
/// </summary>
public sealed class WorkflowCompiler(ActivityRegistry activities, ExpressionRegistry expressions, IWorkflowDefinitionResolver? resolver = null)
{
    private readonly ConcurrentDictionary<string, CompiledWorkflow> _cache = new(StringComparer.Ordinal);

    public ActivityRegistry Activities { get; } = activities;
    public ExpressionRegistry Expressions { get; } = expressions;
    public IWorkflowDefinitionResolver Resolver { get; } = resolver ?? NoDefinitions.Instance;

    public static WorkflowCompiler CreateDefault(IWorkflowDefinitionResolver? resolver = null) =>
        new(ActivityRegistry.CreateDefault(), ExpressionRegistry.CreateDefault(), resolver);

    /// <summary>Compiles once per definition version id (versions are immutable once stored).</summary>
    public CompiledWorkflow GetOrCompile(WorkflowDefinition definition) =>
        _cache.GetOrAdd(definition.Id, _ => Compile(definition));

    /// <summary>Drops cached versions, e.g. after a definition used as an activity was republished.</summary>
    public void Evict(string? versionId = null)
    {
        if (versionId is null)
            _cache.Clear();
        else
            _cache.TryRemove(versionId, out _);
    }

    public CompiledWorkflow Compile(WorkflowDefinition definition)
    {
        var context = new CompilationContext(this, definition);
        var rootNode = definition.Root ?? new ActivityNode { Id = "root", Type = "Elsa.Sequence", Activities = [] };
        if (definition.Root is null)
            context.Issues.Add(new ValidationIssue(ValidationSeverity.Warning, ValidationRules.MissingRoot, "The definition has no root activity; it does nothing."));
        var root = context.CompileNode(rootNode, null, "Workflow1");
        return new CompiledWorkflow(definition, root, context.ByNodeId, context.Issues, Expressions);
    }
}
