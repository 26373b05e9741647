using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Host.Api;

/// <summary>Starts a published workflow. Every field is optional; the body itself may be absent.</summary>
public sealed record ExecuteRequest(JsonObject? Input, string? CorrelationId, string? IdempotencyKey);

/// <summary>The input handed to the activity that waits on the bookmark.</summary>
public sealed record ResumeRequest(JsonObject? Input);

/// <summary>An event's input, and optionally the correlation id of the one instance it is meant for.</summary>
public sealed record TriggerEventRequest(string? CorrelationId, JsonObject? Input);

public static class WorkflowInput
{
    /// <summary>JSON input as the engine's plain values (strings, numbers, dictionaries, lists).</summary>
    public static IReadOnlyDictionary<string, object?>? From(JsonObject? input) =>
        input is null ? null : JsonValues.FromNode(input) as Dictionary<string, object?>;
}
