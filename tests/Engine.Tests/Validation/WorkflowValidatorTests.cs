using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Validation;
using static IncidentWorkflows.Engine.Tests.Validation.ValidationKit;

namespace IncidentWorkflows.Engine.Tests.Validation;

/// <summary>The validator as a whole: clean input, ordering, and never throwing.</summary>
public sealed class WorkflowValidatorTests
{
    [Fact]
    public void Validate_CleanDefinition_ReportsNothing()
    {
        var definition = Flowchart($$"""
            [
              { "id": "start", "type": "Elsa.Start" },
              {{WriteLine("w1", "started")}},
              { "id": "ev", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "go" } } },
              { "id": "d", "type": "Elsa.FlowDecision", "condition": { "typeName": "Boolean", "expression": { "type": "JavaScript", "value": "1 < 2" } } },
              {{WriteLine("yes")}}, {{WriteLine("no")}},
              { "id": "end", "type": "Elsa.End" }
            ]
            """, $"[{Connect("start", "w1")}, {Connect("w1", "ev")}, {Connect("ev", "d")}, {Connect("d", "yes", "True")}, {Connect("d", "no", "False")}, {Connect("yes", "end")}, {Connect("no", "end")}]");

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void Validate_SeveralProblems_SortsErrorsFirstThenDocumentOrder()
    {
        var definition = Flowchart($$"""
            [ { "id": "z", "type": "Elsa.Start" }, {{WriteLine("island")}}, { "id": "b", "type": "Elsa.Event" }, { "id": "a", "type": "Acme.Unknown" } ]
            """, $"[{Connect("z", "b")}, {Connect("b", "a")}]");

        var issues = Validate(definition);

        Assert.Equal(
            [ValidationRules.MissingRequiredInput + "@b", ValidationRules.UnknownActivityType + "@a", ValidationRules.UnreachableActivity + "@island"],
            issues.Select(i => $"{i.Rule}@{i.ActivityId}"));
        Assert.Equal(issues, Validate(definition));
    }

    [Fact]
    public void Validate_DefinitionWithoutRoot_WarnsAndDoesNotThrow()
    {
        var issue = Validate(new WorkflowDefinition { Id = "empty-v1", DefinitionId = "empty" }).SingleOf(ValidationRules.MissingRoot);

        Assert.Equal(ValidationSeverity.Warning, issue.Severity);
    }

    [Fact]
    public void Validate_RuleThrows_ReportsValidatorFailureAndRunsOtherRules()
    {
        var validator = new WorkflowValidator(WorkflowCompiler.CreateDefault(), [new ThrowingRule(), .. WorkflowValidator.DefaultRules()]);
        var definition = Flowchart("""[{ "id": "e1", "type": "Elsa.Event" }]""");

        var issues = validator.Validate(definition);

        Assert.Contains("broken on purpose", issues.SingleOf(ValidationRules.ValidatorFailure).Message, StringComparison.Ordinal);
        Assert.Equal("e1", issues.SingleOf(ValidationRules.MissingRequiredInput).ActivityId);
    }

    [Fact]
    public void Validate_CompilerThrows_ReportsValidatorFailure()
    {
        var validator = new WorkflowValidator(WorkflowCompiler.CreateDefault(new ThrowingResolver()));
        var definition = Flowchart("""[{ "id": "x", "type": "Some.Workflow" }, { "id": "x", "type": "Elsa.Start" }]""");

        var issues = validator.Validate(definition);

        Assert.Contains("resolver down", issues.SingleOf(ValidationRules.ValidatorFailure).Message, StringComparison.Ordinal);
        Assert.Equal("x", issues.SingleOf(ValidationRules.DuplicateActivityId).ActivityId);
    }

    private sealed class ThrowingRule : IValidationRule
    {
        public string Name => "test";

        public void Check(ValidationContext context) => throw new InvalidOperationException("broken on purpose");
    }

    private sealed class ThrowingResolver : IWorkflowDefinitionResolver
    {
        public WorkflowDefinition? ResolveActivity(ActivityNode node) => throw new InvalidOperationException("resolver down");

        public WorkflowDefinition? FindPublished(string definitionId) => throw new InvalidOperationException("resolver down");
    }
}
