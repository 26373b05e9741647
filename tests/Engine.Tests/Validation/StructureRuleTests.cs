using IncidentWorkflows.Engine.Validation;
using static IncidentWorkflows.Engine.Tests.Validation.ValidationKit;

namespace IncidentWorkflows.Engine.Tests.Validation;

/// <summary>Duplicate ids, dangling connections and ports.</summary>
public sealed class StructureRuleTests
{
    [Fact]
    public void Validate_SameIdInNestedFlowchart_ReportsDuplicateOnce()
    {
        var definition = Flowchart($$"""
            [
              {{WriteLine("a")}},
              { "id": "inner", "type": "Elsa.Flowchart", "activities": [ {{WriteLine("a")}} ], "connections": [] }
            ]
            """, $"[{Connect("a", "inner")}]");

        var issue = Validate(definition).SingleOf(ValidationRules.DuplicateActivityId);

        Assert.Equal("a", issue.ActivityId);
        Assert.Equal("id", issue.Property);
    }

    [Fact]
    public void Validate_SameIdOnlyInsideWorkflowUsedAsActivity_ReportsNothing()
    {
        var child = Flowchart($"[{WriteLine("a")}]", name: "Child");
        var parent = Flowchart($$"""[ {{WriteLine("a")}}, { "id": "c", "type": "Child" } ]""", $"[{Connect("a", "c")}]", name: "Parent");

        Assert.Empty(Validate(parent, child));
    }

    [Fact]
    public void Validate_ConnectionToMissingActivity_ReportsDanglingTarget()
    {
        var definition = Flowchart($"[{WriteLine("a")}, {WriteLine("b")}]", $"[{Connect("a", "b")}, {Connect("b", "ghost")}]");

        var issue = Validate(definition).SingleOf(ValidationRules.DanglingConnection);

        Assert.Equal("flow", issue.ActivityId);
        Assert.Equal("connections[1].target", issue.Property);
        Assert.Contains("ghost", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConnectionFromMissingActivity_ReportsDanglingSource()
    {
        var definition = Flowchart($"[{WriteLine("a")}]", $"[{Connect("ghost", "a")}]");

        var issue = Validate(definition).SingleOf(ValidationRules.DanglingConnection);

        Assert.Equal("flow", issue.ActivityId);
        Assert.Equal("connections[0].source", issue.Property);
    }

    [Fact]
    public void Validate_SourcePortTheActivityDoesNotHave_ReportsUnknownPort()
    {
        var definition = Flowchart($$"""
            [
              { "id": "d", "type": "Elsa.FlowDecision", "condition": { "typeName": "Boolean", "expression": { "type": "Literal", "value": "true" } } },
              {{WriteLine("yes")}}, {{WriteLine("maybe")}}
            ]
            """, $"[{Connect("d", "yes", "True")}, {Connect("d", "maybe", "Maybe")}]");

        var issue = Validate(definition).SingleOf(ValidationRules.UnknownPort);

        Assert.Equal("flow", issue.ActivityId);
        Assert.Equal("connections[1].source.port", issue.Property);
        Assert.Contains("'Maybe'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("True, False", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TargetPortOtherThanIn_ReportsUnknownPort()
    {
        var definition = Flowchart($"[{WriteLine("a")}, {WriteLine("b")}]", """
            [{ "source": { "activity": "a", "port": "Done" }, "target": { "activity": "b", "port": "Side" } }]
            """);

        var issue = Validate(definition).SingleOf(ValidationRules.UnknownPort);

        Assert.Equal("flow", issue.ActivityId);
        Assert.Equal("connections[0].target.port", issue.Property);
    }

    [Fact]
    public void Validate_PortsKnownOnlyAtRunTimeOrFromCases_ReportsNothing()
    {
        var definition = Flowchart($$"""
            [
              { "id": "fork", "type": "Elsa.FlowFork", "branches": { "typeName": "String[]", "expression": { "type": "JavaScript", "value": "['x', 'y']" } } },
              { "id": "switch", "type": "Elsa.FlowSwitch", "cases": [ { "label": "High", "condition": { "type": "Literal", "value": true } } ] },
              {{WriteLine("x")}}, {{WriteLine("high")}}, {{WriteLine("other")}}
            ]
            """, $"[{Connect("fork", "x", "x")}, {Connect("fork", "switch", "y")}, {Connect("switch", "high", "High")}, {Connect("switch", "other", "Default")}]");

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void Validate_OldFlatConnectionToMissingActivity_ReportsDanglingTarget()
    {
        var definition = Flowchart($"[{WriteLine("a")}]", """[{ "source": "a", "sourcePort": "Done", "target": "gone", "targetPort": "In" }]""");

        var issue = Validate(definition).SingleOf(ValidationRules.DanglingConnection);

        Assert.Equal("connections[0].target", issue.Property);
    }
}
