namespace IncidentWorkflows.Host.Tests.Support;

/// <summary>Small Elsa-format definitions for the API tests; every test passes its own definition id.</summary>
public static class TestWorkflows
{
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static string Literal(string value) => $$"""{ "typeName": "String", "expression": { "type": "Literal", "value": "{{value}}" } }""";

    public static string WriteLine(string definitionId, string text = "hello", bool published = true) => Flow(definitionId, published, $$"""
        { "id": "w1", "type": "Elsa.WriteLine", "text": {{Literal(text)}} }
        """);

    /// <summary>WriteLine "started" → Event(eventName) → WriteLine "resumed".</summary>
    public static string WaitForEvent(string definitionId, string eventName = "go") => Flow(definitionId, true, $$"""
        { "id": "w1", "type": "Elsa.WriteLine", "text": {{Literal("started")}} },
        { "id": "ev", "type": "Elsa.Event", "eventName": {{Literal(eventName)}} },
        { "id": "w2", "type": "Elsa.WriteLine", "text": {{Literal("resumed")}} }
        """, Connect("w1", "ev"), Connect("ev", "w2"));

    /// <summary>An Event trigger (startEvent) that starts the workflow, which then waits for nextEvent.</summary>
    public static string EventTriggerThenWait(string definitionId, string startEvent, string nextEvent) => Flow(definitionId, true, $$"""
        { "id": "trigger", "type": "Elsa.Event", "eventName": {{Literal(startEvent)}}, "customProperties": { "canStartWorkflow": true } },
        { "id": "again", "type": "Elsa.Event", "eventName": {{Literal(nextEvent)}} },
        { "id": "w", "type": "Elsa.WriteLine", "text": {{Literal("done")}} }
        """, Connect("trigger", "again"), Connect("again", "w"));

    /// <summary>Faults on purpose (Elsa.Fault) after a WriteLine.</summary>
    public static string Faulting(string definitionId) => Flow(definitionId, true, $$"""
        { "id": "w1", "type": "Elsa.WriteLine", "text": {{Literal("before")}} },
        { "id": "boom", "type": "Elsa.Fault", "message": {{Literal("broken on purpose")}} }
        """, Connect("w1", "boom"));

    /// <summary>An Event without its required event name: the validator reports activity "ev", rule missing-required-input.</summary>
    public static string MissingEventName(string definitionId, bool published = false) => Flow(definitionId, published, """
        { "id": "ev", "type": "Elsa.Event" }
        """);

    /// <summary>An HTTP endpoint trigger (path, methods, optional authorize and policy) answering with a fixed text.</summary>
    public static string HttpTrigger(string definitionId, string path, string text, string methods = "GET", bool authorize = false, string? policy = null) => Flow(definitionId, true, $$"""
        { "id": "ep", "type": "Elsa.HttpEndpoint", "path": {{Literal(path)}},
          "supportedMethods": { "typeName": "String[]", "expression": { "type": "Object", "value": "[\"{{methods}}\"]" } },
          "authorize": { "typeName": "Boolean", "expression": { "type": "Literal", "value": {{(authorize ? "true" : "false")}} } },
          "policy": { "typeName": "String", "expression": { "type": "Literal"{{(policy is null ? "" : $", \"value\": \"{policy}\"")}} } },
          "customProperties": { "canStartWorkflow": true } },
        { "id": "respond", "type": "Elsa.WriteHttpResponse", "statusCode": {{Literal("Created")}}, "content": {{Literal(text)}} }
        """, Connect("ep", "respond"));

    /// <summary>An HTTP trigger whose response echoes the path's {id} (read with JavaScript from the endpoint's RouteData output).</summary>
    public static string HttpRouteEcho(string definitionId, string path) => Flow(definitionId, true, $$"""
        { "id": "ep", "type": "Elsa.HttpEndpoint", "path": {{Literal(path)}}, "customProperties": { "canStartWorkflow": true } },
        { "id": "respond", "type": "Elsa.WriteHttpResponse",
          "content": { "typeName": "Object", "expression": { "type": "JavaScript", "value": "'order ' + getOutputFrom('ep', 'RouteData').id" } } }
        """, Connect("ep", "respond"));

    /// <summary>Started by the API, then waits for a POST to /workflows/{path} and answers it with the posted body's "name".</summary>
    public static string WaitForHttp(string definitionId, string path) => Flow(definitionId, true, $$"""
        { "id": "w1", "type": "Elsa.WriteLine", "text": {{Literal("waiting")}} },
        { "id": "ep", "type": "Elsa.HttpEndpoint", "path": {{Literal(path)}},
          "supportedMethods": { "typeName": "String[]", "expression": { "type": "Object", "value": "[\"POST\"]" } } },
        { "id": "respond", "type": "Elsa.WriteHttpResponse",
          "content": { "typeName": "Object", "expression": { "type": "JavaScript", "value": "'hi ' + getOutputFrom('ep', 'ParsedContent').name" } } }
        """, Connect("w1", "ep"), Connect("ep", "respond"));

    private static string Connect(string from, string to) =>
        $$"""{ "source": { "activity": "{{from}}", "port": "Done" }, "target": { "activity": "{{to}}", "port": "In" } }""";

    private static string Flow(string definitionId, bool published, string activities, params string[] connections) => $$"""
        {
          "definitionId": "{{definitionId}}", "name": "{{definitionId}}", "version": 1, "isPublished": {{(published ? "true" : "false")}},
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [ {{activities}} ], "connections": [ {{string.Join(", ", connections)}} ] }
        }
        """;
}
