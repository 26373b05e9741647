using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentWorkflows.Persistence.HumanTasks;

/// <summary>How the JSON columns of a task (fields, outcomes, payload, data) are written and read: camelCase, like the API.</summary>
public static class HumanTaskJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<HumanTaskField> Fields(HumanTaskRecord task) =>
        JsonSerializer.Deserialize<List<HumanTaskField>>(task.FieldsJson, Options) ?? [];

    public static IReadOnlyList<string> Outcomes(HumanTaskRecord task) =>
        JsonSerializer.Deserialize<List<string>>(task.OutcomesJson, Options) ?? [];

    public static JsonNode? Node(string? json) => json is null ? null : JsonNode.Parse(json);
}
