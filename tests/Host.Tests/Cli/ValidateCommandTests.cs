using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private const string ValidWorkflow = """
        {
          "definitionId": "hello",
          "root": {
            "id": "flow1", "type": "Elsa.Flowchart",
            "activities": [ { "id": "w1", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "hi" } } } ],
            "connections": []
          }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Validate_BenchFlow_ExitsZeroAndSaysOk()
    {
        var result = await CliResult.RunAsync("validate", RepositoryPaths.BenchFlow);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{RepositoryPaths.BenchFlow}: ok", result.Lines);
    }

    [Fact]
    public async Task Validate_ParentWithChildOnSameCommandLine_ResolvesWorkflowActivity()
    {
        var result = await CliResult.RunAsync(
            "validate",
            RepositoryPaths.IntegrationScenario("WorkflowDefinitionActivities", "parent-with-input.json"),
            RepositoryPaths.IntegrationScenario("WorkflowDefinitionActivities", "child-with-input.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("unknown-activity-type", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_InvalidJson_ExitsOneWithInvalidJsonRule()
    {
        var file = _temp.File("broken.json", "{ \"definitionId\": ");

        var result = await CliResult.RunAsync("validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file}: error [invalid-json] ", result.Lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_JsonArrayInsteadOfWorkflow_ExitsOneWithInvalidJsonRule()
    {
        var file = _temp.File("array.json", "[1, 2, 3]");

        var result = await CliResult.RunAsync("validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("[invalid-json]", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnknownActivityType_ReportsActivityAndRule()
    {
        var file = _temp.File("unknown.json", ValidWorkflow.Replace("Elsa.WriteLine", "Acme.DoesNotExist", StringComparison.Ordinal));

        var result = await CliResult.RunAsync("validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Lines, l => l.StartsWith($"{file}: error [unknown-activity-type] activity 'w1'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_OneValidOneInvalid_ExitsOne()
    {
        var good = _temp.File("good.json", ValidWorkflow);
        var bad = _temp.File("bad.json", "not json");

        var result = await CliResult.RunAsync("validate", good, bad);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{good}: ok", result.Lines);
        Assert.Equal("2 file(s), 1 error(s), 0 warning(s)", result.Lines[^1]);
    }

    [Fact]
    public async Task Validate_JsonFlag_WritesDocumentWithFilesAndIssues()
    {
        var good = _temp.File("good.json", ValidWorkflow);
        var bad = _temp.File("bad.json", "{");

        var result = await CliResult.RunAsync("validate", good, bad, "--json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        var root = document.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal(good, files[0].GetProperty("file").GetString());
        Assert.True(files[0].GetProperty("valid").GetBoolean());
        Assert.Empty(files[0].GetProperty("issues").EnumerateArray());
        var issue = Assert.Single(files[1].GetProperty("issues").EnumerateArray());
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.Equal("invalid-json", issue.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrEmpty(issue.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Null, issue.GetProperty("activityId").ValueKind);
    }

    [Fact]
    public async Task Validate_NoFiles_ExitsTwoWithUsage()
    {
        var result = await CliResult.RunAsync("validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwo()
    {
        var result = await CliResult.RunAsync("validate", Path.Combine(_temp.Path, "nope.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("File not found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnknownOption_ExitsTwo()
    {
        var result = await CliResult.RunAsync("validate", RepositoryPaths.BenchFlow, "--yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown option '--yaml'", result.Stderr, StringComparison.Ordinal);
    }
}
