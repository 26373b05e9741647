using Scriban.Runtime;

namespace IncidentWorkflows.Engine.Expressions.Liquid;

/// <summary>The names a template can use, with Elsa's spelling.</summary>
internal static class LiquidGlobals
{
    public static ScriptObject Create(IExpressionScope scope)
    {
        var workflow = new ScriptObject(4)
        {
            ["Id"] = scope.WorkflowInstanceId,
            ["InstanceId"] = scope.WorkflowInstanceId,
            ["DefinitionId"] = scope.WorkflowDefinitionId,
            ["CorrelationId"] = scope.CorrelationId,
        };
        var globals = new ScriptObject(4)
        {
            ["Variables"] = new ScopeScriptObject(() => scope.VisibleVariableNames, scope.TryGetVariable),
            // Scheduled inputs (e.g. a loop's current item) are read when no workflow input has the name, as in JavaScript.
            ["Input"] = new ScopeScriptObject(() => scope.Inputs.Keys, (name, out value) =>
                scope.Inputs.TryGetValue(name, out value) || scope.TryGetScheduledInput(name, out value)),
            ["Workflow"] = workflow,
            ["CorrelationId"] = scope.CorrelationId,
        };
        // A template may assign names of its own (this object lives for one render) but not replace the workflow's.
        foreach (var name in globals.Keys.ToList())
            globals.SetReadOnly(name, true);
        return globals;
    }
}
