using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Expressions.Liquid;

namespace IncidentWorkflows.Activities.HumanTasks;

/// <summary>
/// Renders a task's instructions as Liquid through the engine's sandboxed evaluator, once, when the task opens: the person
/// reads what was true then. Templates see <c>Variables</c>, <c>Input</c>, <c>Workflow</c> and, for a ticket's task,
/// <c>Variables.Ticket</c> (number, title, status, severity, priority, category, group, assignee).
/// </summary>
internal static class InstructionTemplate
{
    private static readonly LiquidEvaluator Liquid = new();

    public static string? Render(ActivityExecutionContext context, string? text, TicketFacts? ticket)
    {
        // Plain text is shown as written; only text with Liquid markup is parsed.
        if (string.IsNullOrEmpty(text) || !(text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal)))
            return text;
        var template = Liquid.Compile(new ExpressionDefinition(Liquid.Type, JsonValue.Create(text)), typeof(string));
        return template.Evaluate(new TicketTemplateScope(context, ticket?.ToTemplateValue())) as string;
    }
}
