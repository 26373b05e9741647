using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Runtime;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Engine.Validation;

namespace IncidentWorkflows.Engine.Tests.Validation;

/// <summary>Builds small inline definitions and validates them with the default compiler.</summary>
internal static class ValidationKit
{
    /// <summary>A definition whose root is the flowchart <c>flow</c> with the given activities and connections (JSON arrays).</summary>
    public static WorkflowDefinition Flowchart(string activities, string connections = "[]", string name = "Test") =>
        WorkflowJsonReader.Parse($$"""
            {
              "id": "{{name}}-v1", "definitionId": "{{name}}", "name": "{{name}}", "version": 1,
              "options": { "usableAsActivity": true },
              "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": {{activities}}, "connections": {{connections}} }
            }
            """);

    /// <summary>Validates <paramref name="definition"/>; <paramref name="others"/> are available as workflows used as activities.</summary>
    public static IReadOnlyList<ValidationIssue> Validate(WorkflowDefinition definition, params WorkflowDefinition[] others)
    {
        var store = new InMemoryDefinitionStore();
        foreach (var other in others)
            store.Add(other);
        return new WorkflowValidator(WorkflowCompiler.CreateDefault(store)).Validate(definition);
    }

    public static IReadOnlyList<ValidationIssue> Errors(this IReadOnlyList<ValidationIssue> issues) =>
        issues.Where(i => i.Severity == ValidationSeverity.Error).ToList();

    /// <summary>The one issue of a rule; fails with the whole list when there is not exactly one.</summary>
    public static ValidationIssue SingleOf(this IReadOnlyList<ValidationIssue> issues, string rule)
    {
        var matching = issues.Where(i => i.Rule == rule).ToList();
        Assert.True(matching.Count == 1, $"Expected one '{rule}' issue, got: {string.Join(" | ", issues)}");
        return matching[0];
    }

    public static string WriteLine(string id, string text = "hello") =>
        $$"""{ "id": "{{id}}", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "{{text}}" } } }""";

    public static string Connect(string source, string target, string port = "Done") =>
        $$"""{ "source": { "activity": "{{source}}", "port": "{{port}}" }, "target": { "activity": "{{target}}", "port": "In" } }""";
}
