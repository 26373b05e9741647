using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Expressions.JavaScript;
using IncidentWorkflows.Engine.Expressions.Liquid;
using IncidentWorkflows.Engine.Validation;
using static IncidentWorkflows.Engine.Tests.Validation.ValidationKit;

namespace IncidentWorkflows.Engine.Tests.Validation;

/// <summary>Rules found while compiling: types, expressions, composition.</summary>
public sealed class CompileIssueTests
{
    [Fact]
    public void Validate_UnknownActivityType_ReportsTypeOnActivity()
    {
        var definition = Flowchart("""[{ "id": "x1", "type": "Acme.Teleport" }]""");

        var issue = Validate(definition).SingleOf(ValidationRules.UnknownActivityType);

        Assert.Equal(ValidationSeverity.Error, issue.Severity);
        Assert.Equal("x1", issue.ActivityId);
        Assert.Contains("Acme.Teleport", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Elsa.RunCSharp", "not supported")]
    public void Validate_UnsupportedActivityType_ReportsRegistryReason(string type, string reason)
    {
        var definition = Flowchart($$"""[{ "id": "u1", "type": "{{type}}" }]""");

        var issue = Validate(definition).SingleOf(ValidationRules.UnsupportedActivityType);

        Assert.Equal("u1", issue.ActivityId);
        Assert.Contains(type, issue.Message, StringComparison.Ordinal);
        Assert.Contains(reason, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_JavaScriptSyntaxErrorInWriteLineText_ReportsActivityAndTextProperty()
    {
        var definition = Flowchart("""
            [{ "id": "w1", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "'a' + (" } } }]
            """);

        var issue = Validate(definition).SingleOf(ValidationRules.ExpressionSyntax);

        Assert.Equal("w1", issue.ActivityId);
        Assert.Equal("text", issue.Property);
    }

    [Fact]
    public void Validate_LiquidSyntaxError_ReportsActivityAndProperty()
    {
        var expressions = new ExpressionRegistry([new LiteralEvaluator(), new JavaScriptEvaluator(new JavaScriptOptions()), new LiquidEvaluator()]);
        var validator = new WorkflowValidator(new WorkflowCompiler(ActivityRegistry.CreateDefault(), expressions));
        var definition = Flowchart("""
            [{ "id": "w1", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Liquid", "value": "Hello {{ name " } } }]
            """);

        var issue = validator.Validate(definition).SingleOf(ValidationRules.ExpressionSyntax);

        Assert.Equal("w1", issue.ActivityId);
        Assert.Equal("text", issue.Property);
        Assert.Contains("Liquid", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CSharpExpression_ReportsUnknownExpressionTypeClearly()
    {
        var definition = Flowchart("""
            [{ "id": "w1", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "CSharp", "value": "\"hi\"" } } }]
            """);

        var issue = Validate(definition).SingleOf(ValidationRules.UnknownExpressionType);

        Assert.Equal("w1", issue.ActivityId);
        Assert.Equal("text", issue.Property);
        Assert.Contains("'CSharp' is not supported", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WorkflowUsingItselfAsActivity_ReportsRecursiveComposition()
    {
        var definition = Flowchart("""[{ "id": "again", "type": "Loop" }]""", name: "Loop");

        var issue = Validate(definition, definition).SingleOf(ValidationRules.RecursiveComposition);

        Assert.Equal("again", issue.ActivityId);
    }

    [Fact]
    public void Validate_ErrorInsideWorkflowUsedAsActivity_ReportedOnUsingNode()
    {
        var child = Flowchart("""[{ "id": "c1", "type": "Elsa.RunCSharp" }]""", name: "Child");
        var parent = Flowchart("""[{ "id": "p1", "type": "Child" }]""", name: "Parent");

        var issue = Validate(parent, child).SingleOf(ValidationRules.UnsupportedActivityType);

        Assert.Equal("p1", issue.ActivityId);
        Assert.Contains("Workflow 'Child'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'c1'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Elsa.RunCSharp", issue.Message, StringComparison.Ordinal);
    }
}
