using IncidentWorkflows.Engine.Validation;
using static IncidentWorkflows.Engine.Tests.Validation.ValidationKit;

namespace IncidentWorkflows.Engine.Tests.Validation;

/// <summary>Required inputs and cron expressions.</summary>
public sealed class InputRuleTests
{
    [Theory]
    [InlineData("Elsa.Event", "eventName")]
    [InlineData("Elsa.Delay", "timeSpan")]
    [InlineData("Elsa.SetOutput", "outputName")]
    [InlineData("Elsa.Cron", "cronExpression")]
    [InlineData("Elsa.Timer", "interval")]
    [InlineData("Elsa.StartAt", "dateTime")]
    [InlineData("Elsa.Correlate", "correlationId")]
    [InlineData("Elsa.FlowDecision", "condition")]
    [InlineData("Elsa.RunJavaScript", "script")]
    [InlineData("Elsa.ExecuteWorkflow", "workflowDefinitionId")]
    [InlineData("Elsa.SetVariable", "variable")]
    public void Validate_RequiredInputAbsent_ReportsMissingInput(string type, string property)
    {
        var definition = Flowchart($$"""[{ "id": "n1", "type": "{{type}}" }]""");

        var issue = Validate(definition).SingleOf(ValidationRules.MissingRequiredInput);

        Assert.Equal("n1", issue.ActivityId);
        Assert.Equal(property, issue.Property);
    }

    [Fact]
    public void Validate_RequiredInputAsEmptyLiteral_ReportsMissingInput()
    {
        var definition = Flowchart("""
            [{ "id": "e1", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "" } } }]
            """);

        var issue = Validate(definition).SingleOf(ValidationRules.MissingRequiredInput);

        Assert.Equal("e1", issue.ActivityId);
        Assert.Equal("eventName", issue.Property);
    }

    [Fact]
    public void Validate_RequiredInputFromExpression_ReportsNothing()
    {
        var definition = Flowchart("""
            [{ "id": "e1", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "JavaScript", "value": "'go-' + 1" } } }]
            """);

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void Validate_InvalidCronLiteral_ReportsParserReason()
    {
        var definition = Flowchart("""
            [{ "id": "c1", "type": "Elsa.Cron", "cronExpression": { "typeName": "String", "expression": { "type": "Literal", "value": "61 * * * *" } } }]
            """);

        var issue = Validate(definition).SingleOf(ValidationRules.InvalidCron);

        Assert.Equal("c1", issue.ActivityId);
        Assert.Equal("cronExpression", issue.Property);
        Assert.Contains("Minutes", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 0 * * * *")]
    [InlineData("*/5 * * * *")]
    public void Validate_ValidCronLiteral_ReportsNothing(string expression)
    {
        var definition = Flowchart($$"""
            [{ "id": "c1", "type": "Elsa.Cron", "cronExpression": { "typeName": "String", "expression": { "type": "Literal", "value": "{{expression}}" } } }]
            """);

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void Validate_CronFromJavaScript_IsNotParsedAtValidation()
    {
        var definition = Flowchart("""
            [{ "id": "c1", "type": "Elsa.Cron", "cronExpression": { "typeName": "String", "expression": { "type": "JavaScript", "value": "'not a cron'" } } }]
            """);

        Assert.Empty(Validate(definition));
    }
}
