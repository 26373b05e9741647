using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Engine.Tests.Support;

namespace IncidentWorkflows.Engine.Tests.Serialization;

public sealed class WorkflowJsonRoundTripTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SharedPaths.Corpus, "*.json", SearchOption.AllDirectories).Order())
        {
            if (Path.GetFileName(file) != "expected.json")
                data.Add(Path.GetRelativePath(SharedPaths.Corpus, file));
        }

        return data;
    }

    [Fact]
    public void CorpusFiles_Count_IsEightyNine() => Assert.Equal(89, CorpusFiles().Count);

    /// <summary>Load → save → load gives the same document, and every property of the original survives (connections in the current form).</summary>
    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Serialize_CorpusFile_IsLossless(string file)
    {
        var original = JsonNode.Parse(File.ReadAllText(SharedPaths.CorpusFile(file)).TrimStart('\uFEFF'))!;

        var saved = WorkflowJsonWriter.Serialize(WorkflowJsonReader.Parse(original.ToJsonString()));
        var savedAgain = WorkflowJsonWriter.Serialize(WorkflowJsonReader.Parse(saved));

        Assert.Equal(saved, savedAgain);
        AssertContains(Normalize(original), JsonNode.Parse(saved)!, "$");
    }

    [Fact]
    public void Parse_LegacyFlatConnection_IsWrittenInCurrentForm()
    {
        var definition = WorkflowJsonReader.Parse("""
            { "id": "v1", "definitionId": "d", "root": { "id": "f", "type": "Elsa.Flowchart",
              "activities": [ { "id": "a", "type": "Elsa.Start" }, { "id": "b", "type": "Elsa.End" } ],
              "connections": [ { "source": "a", "target": "b", "sourcePort": "Done", "targetPort": "In" } ] } }
            """);

        var connection = JsonNode.Parse(WorkflowJsonWriter.Serialize(definition))!["root"]!["connections"]![0]!;

        Assert.Equal("""{"source":{"activity":"a","port":"Done"},"target":{"activity":"b","port":"In"}}""", connection.ToJsonString());
    }

    [Fact]
    public void Parse_UnknownProperties_AreKeptEverywhere()
    {
        var definition = WorkflowJsonReader.Parse("""
            { "id": "v1", "definitionId": "d", "acme": { "x": 1 }, "variables": [ { "name": "V", "typeName": "String", "acmeVar": true } ],
              "root": { "id": "f", "type": "Elsa.Flowchart", "acmeNode": [1, 2],
                "activities": [ { "id": "a", "type": "Acme.Custom", "mystery": { "deep": "value" }, "metadata": { "designer": { "position": { "x": 1, "y": 2 } } } } ],
                "connections": [] } }
            """);

        var saved = JsonNode.Parse(WorkflowJsonWriter.Serialize(definition))!;

        Assert.Equal(1, saved["acme"]!["x"]!.GetValue<int>());
        Assert.True(saved["variables"]![0]!["acmeVar"]!.GetValue<bool>());
        Assert.Equal(2, saved["root"]!["acmeNode"]![1]!.GetValue<int>());
        Assert.Equal("value", saved["root"]!["activities"]![0]!["mystery"]!["deep"]!.GetValue<string>());
        Assert.Equal(2, saved["root"]!["activities"]![0]!["metadata"]!["designer"]!["position"]!["y"]!.GetValue<int>());
    }

    [Fact]
    public void Serialize_WithSchema_AddsElsaSchema()
    {
        var definition = WorkflowJsonReader.Parse("""{ "definitionId": "d", "root": { "id": "s", "type": "Elsa.Sequence", "activities": [] } }""");

        Assert.Equal(WorkflowJsonWriter.SchemaUrl, JsonNode.Parse(WorkflowJsonWriter.Serialize(definition, includeSchema: true))!["$schema"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not json", "$")]
    [InlineData("[1,2]", "$")]
    [InlineData("""{ "definitionId": "d", "root": { "id": "x" } }""", "$.root")]
    [InlineData("""{ "definitionId": "d", "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [], "connections": [ { "source": { "port": "Done" }, "target": { "activity": "b" } } ] } }""", "$.root.connections[0].source.activity")]
    public void Parse_Malformed_ThrowsWithPath(string json, string path)
    {
        var error = Assert.Throws<WorkflowJsonException>(() => WorkflowJsonReader.Parse(json));

        Assert.Equal(path, error.Path);
    }

    /// <summary>The old flat connection form is compared in its current form.</summary>
    private static JsonNode Normalize(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj["connections"] is JsonArray connections)
            {
                foreach (var connection in connections.OfType<JsonObject>().Where(c => c["source"] is JsonValue))
                {
                    var source = connection["source"]!.GetValue<string>();
                    var target = connection["target"]!.GetValue<string>();
                    var sourcePort = connection["sourcePort"]?.GetValue<string>() ?? "Done";
                    var targetPort = connection["targetPort"]?.GetValue<string>() ?? "In";
                    connection.Remove("sourcePort");
                    connection.Remove("targetPort");
                    connection["source"] = new JsonObject { ["activity"] = source, ["port"] = sourcePort };
                    connection["target"] = new JsonObject { ["activity"] = target, ["port"] = targetPort };
                }
            }

            foreach (var (_, value) in obj.ToList())
            {
                if (value is not null)
                    Normalize(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is not null)
                    Normalize(item);
            }
        }

        return node;
    }

    /// <summary>Every property of <paramref name="expected"/> is in <paramref name="actual"/> with the same value (actual may add defaults).</summary>
    private static void AssertContains(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject obj:
                var actualObj = Assert.IsType<JsonObject>(actual);
                foreach (var (key, value) in obj)
                {
                    Assert.True(actualObj.ContainsKey(key), $"{path}.{key} was dropped");
                    AssertContains(value, actualObj[key], $"{path}.{key}");
                }

                break;
            case JsonArray array:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.Equal(array.Count, actualArray.Count);
                for (var i = 0; i < array.Count; i++)
                    AssertContains(array[i], actualArray[i], $"{path}[{i}]");
                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected?.ToJsonString()}, got {actual?.ToJsonString()}");
                break;
        }
    }
}
