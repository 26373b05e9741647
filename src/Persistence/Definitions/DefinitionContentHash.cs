using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Serialization;

namespace IncidentWorkflows.Persistence.Definitions;

/// <summary>
/// Hash of what a definition does, ignoring bookkeeping that changes on every save (version numbers, ids,
/// flags, timestamps), so re-importing an unchanged file is recognised.
/// </summary>
public static class DefinitionContentHash
{
    private static readonly string[] Bookkeeping = ["id", "version", "isLatest", "isPublished", "createdAt", "updatedAt", "publishedAt", "$schema", "toolVersion"];

    public static string Compute(WorkflowDefinition definition)
    {
        var json = WorkflowJsonWriter.Write(definition);
        foreach (var key in Bookkeeping)
            json.Remove(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(json))));
    }

    /// <summary>Object keys sorted, so property order does not change the hash.</summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonValue.Create(p.Key).ToJsonString() + ":" + Canonical(p.Value))) + "}",
        JsonArray array => "[" + string.Join(",", array.Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };
}
