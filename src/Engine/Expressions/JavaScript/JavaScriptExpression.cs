using System.Text.Json;
using IncidentWorkflows.Engine.Values;
using Jint;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>A parsed script; evaluating it defines the globals it uses on a fresh sandboxed engine and runs it.</summary>
internal sealed class JavaScriptExpression(
    Prepared<Acornima.Ast.Script> script,
    ScriptBindings bindings,
    Type targetType,
    JavaScriptOptions options) : CompiledExpression
{
    private readonly Prepared<Acornima.Ast.Script> _script = script;

    public override object? Evaluate(IExpressionScope scope)
    {
        var cancellationToken = scope.CancellationToken;
        cancellationToken.ThrowIfCancellationRequested();

        object? result;
        using (var engine = SandboxedEngine.Create(options, cancellationToken))
        {
            try
            {
                var context = new ScriptContext(engine, scope, options);
                bindings.Install(context);
                var value = engine.Evaluate(in _script);
                // Scripts have no timers or I/O: once the queued jobs have run, a promise still pending never settles.
                if (value.IsPromise())
                    value = value.UnwrapIfPromise(TimeSpan.FromMilliseconds(1));
                // Converted while the engine's limits still apply: reading the result may run the script's getters.
                result = context.ToClr(value);
            }
            catch (Exception e) when (e is not (ExpressionEvaluationException or OperationCanceledException))
            {
                throw JavaScriptErrors.Evaluation(e, options, cancellationToken);
            }
        }

        try
        {
            return ValueConverter.Convert(result, targetType);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException or JsonException)
        {
            throw new ExpressionEvaluationException($"The script returned {ValueConverter.ToText(result)}, which is not a valid {targetType.Name}: {e.Message}", e);
        }
    }
}
