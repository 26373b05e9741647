using Jint;
using Jint.Native;
using Jint.Native.Json;
using static IncidentWorkflows.Engine.Expressions.JavaScript.ScriptContext;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// The global functions and objects Elsa's JavaScript offers. Each is created only when a script names it, so an
/// evaluation pays for what it uses. They win over generated accessors of the same name (a variable called
/// <c>Variable</c> does not turn <c>getVariable</c> into an accessor).
/// </summary>
internal static class ScopeFunctions
{
    private static readonly Dictionary<string, Func<ScriptContext, JsValue>> Definitions = new(StringComparer.Ordinal)
    {
        ["getVariable"] = c => c.Function("getVariable", 1, a =>
            c.ToJs(c.Scope.TryGetVariable(c.NameArgument(a, 0, "getVariable"), out var value), value)),
        ["setVariable"] = c => c.Function("setVariable", 2, a =>
        {
            c.Scope.SetVariable(c.NameArgument(a, 0, "setVariable"), c.ToClr(Argument(a, 1)));
            return JsValue.Undefined;
        }),
        ["variables"] = c => new ScopeObject(c, ScopeMembers.Variables(c.Scope)),
        ["getInput"] = c => c.Function("getInput", 1, a =>
            c.ToJs(ScopeLookup.TryGetInput(c.Scope, c.NameArgument(a, 0, "getInput"), out var value), value)),
        ["input"] = c => new ScopeObject(c, ScopeMembers.Inputs(c.Scope)),
        ["getWorkflowInstanceId"] = c => c.Function("getWorkflowInstanceId", 0, _ => c.ToJs(c.Scope.WorkflowInstanceId)),
        ["getWorkflowDefinitionId"] = c => c.Function("getWorkflowDefinitionId", 0, _ => c.ToJs(c.Scope.WorkflowDefinitionId)),
        ["getCorrelationId"] = c => c.Function("getCorrelationId", 0, _ => c.ToJs(c.Scope.CorrelationId)),
        ["setCorrelationId"] = c => c.Function("setCorrelationId", 1, a =>
        {
            var id = Argument(a, 0);
            c.Scope.CorrelationId = id.IsNull() || id.IsUndefined() ? null : id.ToString();
            return JsValue.Undefined;
        }),
        ["getLastResult"] = c => c.Function("getLastResult", 0, _ => c.ToJs(c.Scope.LastResult)),
        ["getOutputFrom"] = c => c.Function("getOutputFrom", 2, a =>
        {
            var activity = c.NameArgument(a, 0, "getOutputFrom");
            var output = Argument(a, 1);
            var found = output.IsNull() || output.IsUndefined()
                ? ScopeLookup.TryGetDefaultOutput(c.Scope, activity, out var value)
                : c.Scope.TryGetActivityOutput(activity, c.NameArgument(a, 1, "getOutputFrom"), out value);
            return c.ToJs(found, value);
        }),
        ["isNullOrWhiteSpace"] = c => c.Function("isNullOrWhiteSpace", 1, a => IsBlank(Argument(a, 0), whiteSpace: true)),
        ["isNullOrEmpty"] = c => c.Function("isNullOrEmpty", 1, a => IsBlank(Argument(a, 0), whiteSpace: false)),
        // Guids cross as strings: a CLR Guid would be an object the sandbox must not hand out.
        ["newGuid"] = c => c.Function("newGuid", 0, _ => JsString.Create(Guid.NewGuid().ToString())),
        ["newGuidString"] = c => c.Function("newGuidString", 0, _ => JsString.Create(Guid.NewGuid().ToString())),
        ["toJson"] = c => c.Function("toJson", 1, a => new JsonSerializer(c.Engine).Serialize(Argument(a, 0))),
        ["parseJson"] = c => c.Function("parseJson", 1, a => new JsonParser(c.Engine).Parse(Argument(a, 0).ToString())),
    };

    public static IEnumerable<string> Names => Definitions.Keys;

    public static bool IsBuiltIn(string name) => Definitions.ContainsKey(name);

    public static JsValue Create(string name, ScriptContext context) => Definitions[name](context);

    private static JsBoolean IsBlank(JsValue value, bool whiteSpace)
    {
        if (value.IsNull() || value.IsUndefined())
            return JsBoolean.True;
        if (!value.IsString())
            return JsBoolean.False;
        var text = value.ToString();
        return (whiteSpace ? string.IsNullOrWhiteSpace(text) : text.Length == 0) ? JsBoolean.True : JsBoolean.False;
    }
}
