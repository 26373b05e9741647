using IncidentWorkflows.Activities;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Engine.Expressions;

namespace IncidentWorkflows.Host.Workflows;

/// <summary>
/// The one place that says which activity assemblies this host offers, so the web API, the designer's
/// descriptors and the CLI verbs always agree. Add a RegisterAssembly line per activity project.
/// </summary>
public static class ActivityCatalog
{
    public static ActivityRegistry CreateRegistry()
    {
        return ActivityRegistry.CreateDefault().AddIncidentActivities();
    }

    /// <summary>A compiler over this host's activities that resolves workflows used as activities from <paramref name="definitions"/>.</summary>
    public static WorkflowCompiler CreateCompiler(IWorkflowDefinitionResolver definitions) =>
        new(CreateRegistry(), ExpressionRegistry.CreateDefault(), definitions);
}
