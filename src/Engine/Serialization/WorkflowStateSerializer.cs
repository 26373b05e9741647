using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Serialization;

/// <summary>Serializes instance state with source-generated metadata: no reflection on the hot path.</summary>
public static class WorkflowStateSerializer
{
    public static string Serialize(WorkflowState state) => JsonSerializer.Serialize(state, EngineJsonContext.Default.WorkflowState);

    public static byte[] SerializeToUtf8(WorkflowState state) => JsonSerializer.SerializeToUtf8Bytes(state, EngineJsonContext.Default.WorkflowState);

    public static WorkflowState Deserialize(string json) =>
        JsonSerializer.Deserialize(json, EngineJsonContext.Default.WorkflowState) ?? throw new JsonException("Empty workflow state.");

    public static WorkflowState Deserialize(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, EngineJsonContext.Default.WorkflowState) ?? throw new JsonException("Empty workflow state.");
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(WorkflowState))]
internal sealed partial class EngineJsonContext : JsonSerializerContext;
