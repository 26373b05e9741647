using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Expressions.JavaScript;
using IncidentWorkflows.Engine.Expressions.Liquid;

namespace IncidentWorkflows.Engine.Tests.Expressions;

/// <summary>Compiles and evaluates expressions the way the engine does: compile once, evaluate against a scope.</summary>
internal static class Scripts
{
    public static CompiledExpression CompileJs(string script, Type? targetType = null, JavaScriptOptions? options = null) =>
        new JavaScriptEvaluator(options ?? new JavaScriptOptions())
            .Compile(new ExpressionDefinition("JavaScript", JsonValue.Create(script)), targetType ?? typeof(object));

    public static object? Js(string script, IExpressionScope? scope = null, Type? targetType = null, JavaScriptOptions? options = null) =>
        CompileJs(script, targetType, options).Evaluate(scope ?? new TestScope());

    public static CompiledExpression CompileLiquid(string template, Type? targetType = null, LiquidOptions? options = null) =>
        new LiquidEvaluator(options)
            .Compile(new ExpressionDefinition("Liquid", JsonValue.Create(template)), targetType ?? typeof(string));

    public static object? Liquid(string template, IExpressionScope? scope = null, Type? targetType = null, LiquidOptions? options = null) =>
        CompileLiquid(template, targetType, options).Evaluate(scope ?? new TestScope());
}
