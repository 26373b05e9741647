using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Expressions;

namespace IncidentWorkflows.Engine.Activities.Primitives;

/// <summary>Runs a script; the script text is itself an input (usually a literal), compiled once.</summary>
[Activity("Elsa.RunJavaScript", "Scripting", "Runs JavaScript and returns its result.", DisplayName = "Run JavaScript")]
public sealed class RunJavaScript : Activity
{
    private CompiledExpression? _compiled;

    [Input(Description = "The script to run.", UIHint = "code-editor", IsRequired = true)]
    public Input<string> Script { get; set; } = new();

    [Output(Description = "The value the script returns.")]
    public Output<object> Result { get; set; } = new();

    protected internal override void OnCompiled(CompilationContext context)
    {
        if (Script.Expression is ConstantExpression { Value: string script })
            _compiled = context.CompileExpression(new ExpressionDefinition("JavaScript", script), typeof(object), Id, "script");
    }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var compiled = _compiled;
        if (compiled is null)
        {
            var script = context.Get(Script);
            if (string.IsNullOrWhiteSpace(script))
                return context.CompleteAsync();
            compiled = context.Workflow.Compiled.Expressions.Compile(new ExpressionDefinition("JavaScript", script), typeof(object));
        }

        context.Set(Result, compiled.Evaluate(context), "Result");
        return context.CompleteAsync();
    }
}
