using IncidentWorkflows.Engine.Validation;

namespace IncidentWorkflows.Engine.Tests.Validation;

/// <summary>
/// One error a corpus file must report: the rule, the activity and property, the text naming what is missing
/// (<paramref name="Need"/>), and how the support table says it (<paramref name="Label"/>).
/// </summary>
internal sealed record Lack(string Rule, string ActivityId, string? Property, string Need, string Label)
{
    public bool Matches(ValidationIssue issue) =>
        issue.Rule == Rule && issue.ActivityId == ActivityId && issue.Property == Property && issue.Message.Contains(Need, StringComparison.Ordinal);

    public override string ToString() => $"[{Rule}] activity '{ActivityId}' property '{Property}' naming '{Need}'";
}

/// <summary>The corpus files that cannot validate clean here, and why. Every other corpus file must have no errors.</summary>
internal static class CorpusExpectations
{
    private const string Integration = "test/integration/Elsa.Workflows.IntegrationTests/Scenarios/";
    private const string Component = "test/component/Elsa.Workflows.ComponentTests/Scenarios/";
    private const string CSharpActivity = "Elsa.RunCSharp";

    private static Lack Unsupported(string activityId, string type) =>
        new(ValidationRules.UnsupportedActivityType, activityId, null, type, "Elsa.RunCSharp (C#)");

    private static Lack CSharpExpression(string activityId, string property) =>
        new(ValidationRules.UnknownExpressionType, activityId, property, "'CSharp' is not supported", "C# expressions");

    public static readonly Dictionary<string, Lack[]> Lacks = new(StringComparer.Ordinal)
    {

        // Elsa's own test expects this one to fail publishing with the parser's reason.
        [Integration + "ImportAndPublish/Workflows/bad-cron-expression.json"] =
            [new(ValidationRules.InvalidCron, "13658e4b3bfafaaf", "cronExpression", "Error when parsing cron expression: The given cron expression has an invalid format. Seconds: Value must be a number between 0 and 59 (all inclusive).", "a valid cron expression (bad on purpose)")],

        [Integration + "ParentChildOutputMapping/Workflows/b.json"] = [Unsupported("247da1e267d76f80", CSharpActivity)],

        // c uses b as an activity, d uses c: the missing C# activity is reported on the node that uses the workflow.
        [Integration + "ParentChildOutputMapping/Workflows/c.json"] = [Unsupported("d152d5815dcdea0d", CSharpActivity)],
        [Integration + "ParentChildOutputMapping/Workflows/d.json"] =
            [Unsupported("db7bda6a28d8de82", CSharpActivity), CSharpExpression("a815c4cf1e668419", "text")],
        [Integration + "ParentChildOutputMapping/Workflows/consumer.json"] = [CSharpExpression("b3b9071594676f52", "text")],
        [Integration + "WorkflowOutputMapping/Workflows/workflow-output.json"] = [Unsupported("966835c72852cc27", CSharpActivity)],
    };
}
