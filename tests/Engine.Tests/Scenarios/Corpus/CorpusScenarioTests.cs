using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Tests.Support;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Tests.Scenarios.Corpus;

/// <summary>
/// Runs corpus workflows as Elsa's tests do (import the folder, run until end resuming every bookmark) and checks
/// the same observable behaviour they assert, taken from expected.json: lines and their order, final status and
/// sub-status, outputs, variables, remaining bookmarks, lines that must not appear, incidents.
/// </summary>
public sealed class CorpusScenarioTests
{
    /// <summary>Workflow inputs some scenarios are started with (from the "given" of expected.json).</summary>
    private static readonly Dictionary<string, Dictionary<string, object?>> Inputs = new()
    {
        ["ParentChildInputs / parent1 (child input literal)"] = new() { ["Input1"] = "Foo" },
        ["ParentChildInputs / parent2 (child input from parent input)"] = new() { ["Input1"] = "Foo" },
    };

    public static TheoryData<string> Scenarios() =>
    [
        "ExplicitJoins / join-any-1",
        "ExplicitJoins / join-all-1",
        "ExplicitJoins / join-all-2",
        "FlowchartCompletion / workflow1 \"Flows\"",
        "FlowchartCompletion / workflow2 \"Braided flow\"",
        "FlowchartCompletion / workflow3 \"Braided delayed flow\"",
        "FlowchartCompletion / workflow4 \"Braided conditional delayed flow\"",
        "FlowchartCompletion / workflow5 \"Forking, Containment and Blocking\"",
        "FlowchartCompletion / workflow6 \"Parallel For Each\"",
        "ImportAndExecute / writeline",
        "ImportAndExecute / implicit-loop \"Looping construct\"",
        "JoinBehaviors / fork-decision-join-none (C.mergeMode=Stream)",
        "JoinBehaviors / fork-decision-join-converge (C.mergeMode=Merge)",
        "JoinBehaviors / fork-decision-join-converge-strict (C.mergeMode=Converge)",
        "JoinBehaviors / fork-decision-join-waitall (explicit FlowJoin WaitAll)",
        "JoinBehaviors / decision-merge-join-none",
        "JoinBehaviors / join (FlowJoin runs once)",
        "JoinBehaviors / parallel-join (ParallelForEach + Join)",
        "ParentChildCompletion / parent \"Mainworkflow test\"",
        "ParentChildInputs / parent1 (child input literal)",
        "ParentChildInputs / parent2 (child input from parent input)",
        "ParentChildOutputMapping / calculator + sum",
        "CompositesAndOutcomes / tester -> consumer -> completor",
        "DependencyWorkflows / matter -> molecule -> atom",
        "JsonObjectSerialization / instance-serialization",
        "WorkflowDefinitionActivities / parent-with-input",
        "WorkflowDefinitionActivities / parent-with-output",
        "WorkflowDefinitionActivities / parent-with-outcomes",
        "WorkflowDefinitionActivities / parent-version-fallback",
        "ExecuteWorkflow / parent-no-wait",
        "ExecuteWorkflow / parent-with-wait",
        "ExecuteWorkflow / parent-with-input",
        "ExecuteWorkflow / parent-capture-output",
        "ExecuteWorkflow / parent-with-correlation",
        "Component / BasicWorkflows hello-world",
        "Component / WorkflowCompletion hello-world",
        "Component / WorkflowCompletion fork",
        "Component / InputOutput consumer -> provider",
    ];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task RunUntilEnd_CorpusScenario_MatchesElsa(string scenario)
    {
        var (harness, expected, state) = await CorpusRun.RunAsync(scenario, Inputs.GetValueOrDefault(scenario));
        var expect = (JsonObject)expected["expect"]!;

        var lines = expect["lines"] is JsonArray l ? l.Select(x => (string)x!).ToList() : null;
        if (lines is not null)
        {
            if (expect["linesOrdered"]?.GetValue<bool>() == false)
                Assert.Equal(lines.Order(), harness.Lines.Order());
            else
                Assert.Equal(lines, harness.Lines);
        }

        foreach (var line in (expect["notPrinted"] as JsonArray ?? []).Select(x => (string)x!))
            Assert.DoesNotContain(line, harness.Lines);

        Assert.Equal((string)expect["status"]!, state.Status.ToString());
        var subStatus = (string?)expect["subStatus"] ?? (expect["incidents"] is null ? "Finished" : "Faulted");
        Assert.Equal(subStatus, state.SubStatus.ToString());
        Assert.Empty(state.Bookmarks);

        foreach (var (name, value) in expect["outputs"] as JsonObject ?? [])
            Assert.Equal(Canonical(value), Canonical(state.Output.GetValueOrDefault(name)));

        foreach (var (name, value) in expect["variables"] as JsonObject ?? [])
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var s) && s.StartsWith("same as ", StringComparison.Ordinal))
                Assert.Equal(Canonical(state.Variables[s["same as ".Length..]]), Canonical(state.Variables[name]));
            else if (value is JsonObject o && (string?)o["workflowInstanceId"] == "<child instance id>")
                Assert.Equal(Canonical(o["output"]), Canonical(state.Variables[name]?["output"]));
            else
                Assert.Equal(Canonical(value), Canonical(state.Variables[name]));
        }

        foreach (var incident in expect["incidents"] as JsonArray ?? [])
        {
            var recorded = Assert.Single(state.Incidents);
            Assert.Equal((string?)incident!["message"], recorded.Message);
            Assert.Equal((string?)incident["code"], recorded.Code);
            Assert.Equal((string?)incident["category"], recorded.Category);
        }

        if (expect["executionLog"] is JsonObject log)
        {
            var completions = harness.Runtime.Journal.Count(j => j.InstanceId == state.Id && j.Entry.ActivityId == (string)log["activityId"]! && j.Entry.EventName == (string)log["eventName"]!);
            Assert.Equal(log["count"]!.GetValue<int>(), completions);
        }
    }

    /// <summary>Numbers compare by value (Elsa's Int32 9 equals our long 9), objects by their JSON.</summary>
    private static string Canonical(object? value) => JsonValues.ToNode(ValueConverter.Normalize(value) switch
    {
        long l => (double)l,
        int i => (double)i,
        var other => other,
    })?.ToJsonString() ?? "null";
}
