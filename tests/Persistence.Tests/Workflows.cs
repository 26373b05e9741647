namespace IncidentWorkflows.Persistence.Tests;

/// <summary>Small Elsa-format definitions for the runtime tests.</summary>
public static class Workflows
{
    public static string Literal(string value) => $$"""{ "typeName": "String", "expression": { "type": "Literal", "value": "{{value}}" } }""";

    /// <summary>WriteLine "started" → Event(eventName) → WriteLine "resumed" (the benchmark shape).</summary>
    public static string WaitForEvent(string definitionId, string eventName = "go", bool published = true, string? extra = null) => $$"""
        {
          "id": "{{definitionId}}-v1", "definitionId": "{{definitionId}}", "name": "{{definitionId}}", "version": 1, "isPublished": {{(published ? "true" : "false")}},
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "w1", "type": "Elsa.WriteLine", "text": {{Literal("started")}} },
            { "id": "ev", "type": "Elsa.Event", "eventName": {{Literal(eventName)}} },
            { "id": "w2", "type": "Elsa.WriteLine", "text": {{Literal("resumed" + (extra ?? ""))}} } ],
            "connections": [
              { "source": { "activity": "w1", "port": "Done" }, "target": { "activity": "ev", "port": "In" } },
              { "source": { "activity": "ev", "port": "Done" }, "target": { "activity": "w2", "port": "In" } } ] }
        }
        """;

    /// <summary>Delay(timeSpan) → Event(go).</summary>
    public static string DelayThenEvent(string definitionId, string timeSpan = "00:01:00") => $$"""
        {
          "id": "{{definitionId}}-v1", "definitionId": "{{definitionId}}", "name": "{{definitionId}}", "version": 1, "isPublished": true,
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "delay", "type": "Elsa.Delay", "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "{{timeSpan}}" } } },
            { "id": "ev", "type": "Elsa.Event", "eventName": {{Literal("go")}} } ],
            "connections": [ { "source": { "activity": "delay", "port": "Done" }, "target": { "activity": "ev", "port": "In" } } ] }
        }
        """;

    /// <summary>An Event trigger that starts the workflow ("can start workflow"), then writes a line.</summary>
    public static string EventTrigger(string definitionId, string eventName) => $$"""
        {
          "id": "{{definitionId}}-v1", "definitionId": "{{definitionId}}", "name": "{{definitionId}}", "version": 1, "isPublished": true,
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "trigger", "type": "Elsa.Event", "eventName": {{Literal(eventName)}}, "customProperties": { "canStartWorkflow": true } },
            { "id": "w", "type": "Elsa.WriteLine", "text": {{Literal("triggered")}} } ],
            "connections": [ { "source": { "activity": "trigger", "port": "Done" }, "target": { "activity": "w", "port": "In" } } ] }
        }
        """;

    public const string Invalid = """
        { "definitionId": "broken", "isPublished": true, "root": { "id": "flow", "type": "Elsa.Flowchart",
          "activities": [ { "id": "x", "type": "Acme.Unknown" } ], "connections": [] } }
        """;
}
