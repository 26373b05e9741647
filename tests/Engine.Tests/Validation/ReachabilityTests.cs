using IncidentWorkflows.Engine.Validation;
using static IncidentWorkflows.Engine.Tests.Validation.ValidationKit;

namespace IncidentWorkflows.Engine.Tests.Validation;

public sealed class ReachabilityTests
{
    [Fact]
    public void Validate_ActivityNoPathReaches_WarnsWithoutError()
    {
        var definition = Flowchart($$"""
            [ { "id": "start", "type": "Elsa.Start" }, {{WriteLine("a")}}, {{WriteLine("island")}} ]
            """, $"[{Connect("start", "a")}]");

        var issues = Validate(definition);

        var issue = issues.SingleOf(ValidationRules.UnreachableActivity);
        Assert.Equal(ValidationSeverity.Warning, issue.Severity);
        Assert.Equal("island", issue.ActivityId);
        Assert.Null(issue.Property);
        Assert.Empty(issues.Errors());
    }

    [Fact]
    public void Validate_TriggerAndCanStartWorkflowNodes_AreNotUnreachable()
    {
        var definition = Flowchart($$"""
            [
              { "id": "start", "type": "Elsa.Start" }, {{WriteLine("a")}},
              { "id": "timer", "type": "Elsa.Timer", "interval": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "00:05:00" } } },
              {{WriteLine("afterTimer")}},
              { "id": "manual", "type": "Elsa.WriteLine", "customProperties": { "canStartWorkflow": true } }
            ]
            """, $"[{Connect("start", "a")}, {Connect("timer", "afterTimer")}]");

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void Validate_UnreachableInNestedFlowchart_WarnsOnNestedActivity()
    {
        var definition = Flowchart($$"""
            [ { "id": "inner", "type": "Elsa.Flowchart", "activities": [ { "id": "s", "type": "Elsa.Start" }, {{WriteLine("lost")}} ], "connections": [] } ]
            """);

        var issue = Validate(definition).SingleOf(ValidationRules.UnreachableActivity);

        Assert.Equal("lost", issue.ActivityId);
    }
}
