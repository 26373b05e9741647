using IncidentWorkflows.Engine.Model;

namespace IncidentWorkflows.Engine.Compilation;

/// <summary>Finds other definitions for composition: workflows used as activities and <c>Elsa.ExecuteWorkflow</c>.</summary>
public interface IWorkflowDefinitionResolver
{
    /// <summary>
    /// The definition behind a node whose type is not a built-in activity: by the node's
    /// <c>workflowDefinitionVersionId</c>, else its <c>workflowDefinitionId</c>, else by activity type name;
    /// the published version, falling back to the latest.
    /// </summary>
    WorkflowDefinition? ResolveActivity(ActivityNode node);

    /// <summary>The published (else latest) version of a definition.</summary>
    WorkflowDefinition? FindPublished(string definitionId);
}

/// <summary>No other definitions: every unknown type stays unknown.</summary>
public sealed class NoDefinitions : IWorkflowDefinitionResolver
{
    public static readonly NoDefinitions Instance = new();

    public WorkflowDefinition? ResolveActivity(ActivityNode node) => null;

    public WorkflowDefinition? FindPublished(string definitionId) => null;
}
