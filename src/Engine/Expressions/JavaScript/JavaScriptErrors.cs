using Acornima;
using IncidentWorkflows.Engine.Values;
using Jint.Native.Object;
using Jint.Runtime;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>Turns Jint's exceptions into the engine's, with messages a workflow author can act on.</summary>
internal static class JavaScriptErrors
{
    // Jint and Acornima count columns from 0; editors and people count from 1.
    public static ExpressionCompileException Syntax(Exception e) => (e as ParseErrorException ?? e.InnerException as ParseErrorException) switch
    {
        { } parse => new($"JavaScript syntax error at line {parse.LineNumber}, column {parse.Column + 1}: {parse.Description}", e),
        null => new($"JavaScript could not be compiled: {e.Message}", e),
    };

    /// <summary>Cancellation stays an <see cref="OperationCanceledException"/>: the caller stopped, the script did not fail.</summary>
    public static Exception Evaluation(Exception e, JavaScriptOptions options, CancellationToken cancellationToken) => e switch
    {
        ExecutionCanceledException => new OperationCanceledException("The JavaScript evaluation was cancelled.", e, cancellationToken),
        JavaScriptException js => new ExpressionEvaluationException($"JavaScript error at line {js.Location.Start.Line}, column {js.Location.Start.Column + 1}: {Describe(js, options)}", e),
        PromiseRejectedException => new ExpressionEvaluationException($"The script's promise did not complete: {e.Message}", e),
        TimeoutException => new ExpressionEvaluationException($"The script ran longer than its time limit of {options.TimeLimit.TotalMilliseconds:0} ms.", e),
        StatementsCountOverflowException => new ExpressionEvaluationException($"The script executed more than {options.MaxStatements} statements.", e),
        RecursionDepthOverflowException => new ExpressionEvaluationException($"The script exceeded the recursion limit of {options.MaxRecursionDepth} nested calls.", e),
        MemoryLimitExceededException => new ExpressionEvaluationException($"The script allocated more than its memory limit of {options.MemoryLimitBytes} bytes.", e),
        _ => new ExpressionEvaluationException($"The script failed: {e.Message}", e),
    };

    /// <summary><c>throw { code: 42 }</c> has no message; its JSON says more than "undefined".</summary>
    private static string Describe(JavaScriptException js, JavaScriptOptions options)
    {
        try
        {
            return js.Error is ObjectInstance thrown && !thrown.HasProperty("message")
                ? ValueConverter.ToText(JsToClr.Convert(thrown, options.MaxArraySize))
                : js.Message;
        }
        catch (Exception)
        {
            return js.Message;
        }
    }
}
