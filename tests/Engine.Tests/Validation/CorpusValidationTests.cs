using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Runtime;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Engine.Tests.Support;
using IncidentWorkflows.Engine.Validation;
using Xunit.Abstractions;

namespace IncidentWorkflows.Engine.Tests.Validation;

/// <summary>
/// Every workflow file of Elsa's own test suite loads; each validates clean together with the files of its folder
/// (workflows used as activities resolve there), except those that need something we do not run, which must
/// report exactly that. The test prints the support table.
/// </summary>
public sealed class CorpusValidationTests(ITestOutputHelper output)
{
    private const int CorpusSize = 89;

    [Fact]
    public void Validate_EveryCorpusFile_LoadsAndReportsExactlyWhatItLacks()
    {
        var files = CorpusFiles();
        Assert.Equal(CorpusSize, files.Count);

        var failures = new List<string>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(SharedPaths.Corpus, file).Replace('\\', '/');
            var issues = ValidateWithFolder(file);
            var errors = issues.Where(i => i.Severity == ValidationSeverity.Error).ToList();
            var expected = CorpusExpectations.Lacks.GetValueOrDefault(relative, []);

            output.WriteLine($"| {relative} | {Describe(issues, expected)} |");
            failures.AddRange(Mismatches(relative, errors, expected));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.All(CorpusExpectations.Lacks.Keys, key => Assert.True(File.Exists(SharedPaths.CorpusFile(key)), $"{key} is not in the corpus"));
    }

    /// <summary>Validation must answer with issues, never an exception, however broken the nodes are.</summary>
    [Fact]
    public void Validate_CorpusFilesWithInputsAndConnectionsMangled_NeverThrows()
    {
        foreach (var file in CorpusFiles())
        {
            var definition = Load(file);
            foreach (var node in definition.Root?.Descendants() ?? [])
            {
                foreach (var key in node.Properties.Select(p => p.Key).ToList())
                    node.Properties[key] = new JsonArray(1, "x", null);
                node.Connections?.Reverse();
                node.Connections?.Add(new Connection { Source = new Endpoint(node.Id, "Nowhere"), Target = new Endpoint("missing", "Out") });
            }

            var issues = ValidateWith(file, definition);

            Assert.NotNull(issues);
            foreach (var failure in issues.Where(i => i.Rule == ValidationRules.ValidatorFailure))
                output.WriteLine($"{Path.GetFileName(file)}: {failure}");
        }
    }

    private static List<string> CorpusFiles() =>
        Directory.GetFiles(SharedPaths.Corpus, "*.json", SearchOption.AllDirectories)
            .Where(f => !string.Equals(Path.GetFileName(f), "expected.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The file is validated with the other files of its folder in the store, as Elsa's tests import them together.</summary>
    private static IReadOnlyList<ValidationIssue> ValidateWithFolder(string file) => ValidateWith(file, Load(file));

    private static IReadOnlyList<ValidationIssue> ValidateWith(string file, WorkflowDefinition definition)
    {
        var store = new InMemoryDefinitionStore();
        foreach (var mate in CorpusFiles().Where(f => Path.GetDirectoryName(f) == Path.GetDirectoryName(file)))
            store.Add(Load(mate));
        return new WorkflowValidator(WorkflowCompiler.CreateDefault(store)).Validate(definition);
    }

    private static WorkflowDefinition Load(string file) => WorkflowJsonReader.Parse(File.ReadAllText(file));

    private static IEnumerable<string> Mismatches(string file, List<ValidationIssue> errors, Lack[] expected)
    {
        foreach (var lack in expected.Where(l => !errors.Exists(l.Matches)))
            yield return $"{file}: expected {lack}, got: {string.Join(" | ", errors)}";
        foreach (var error in errors.Where(e => !expected.Any(l => l.Matches(e))))
            yield return $"{file}: unexpected {error}";
    }

    private static string Describe(IReadOnlyList<ValidationIssue> issues, Lack[] expected)
    {
        var warnings = issues.Count(i => i.Severity == ValidationSeverity.Warning);
        var state = expected.Length == 0 ? "clean" : "needs " + string.Join(", ", expected.Select(l => l.Label).Distinct());
        return warnings == 0 ? state : $"{state} ({warnings} warning(s))";
    }
}
