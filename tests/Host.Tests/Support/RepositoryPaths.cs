namespace IncidentWorkflows.Host.Tests.Support;

/// <summary>
/// Finds the repository (the folder holding IncidentWorkflows.sln) and the shared folder beside it, so tests
/// run from any clone location.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The shipped workflows the host imports at start.</summary>
    public static string Workflows => Path.Combine(Root, "workflows");

    public static string BenchFlow => Path.Combine(Shared, "bench", "bench-flow.json");

    public static string IntegrationScenario(string scenario, string file) =>
        Path.Combine(Shared, "elsa-corpus", "test", "integration", "Elsa.Workflows.IntegrationTests", "Scenarios", scenario, "Workflows", file);

    public static string ComponentScenario(string scenario, string file) =>
        Path.Combine(Shared, "elsa-corpus", "test", "component", "Elsa.Workflows.ComponentTests", "Scenarios", scenario, "Workflows", file);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IncidentWorkflows.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("IncidentWorkflows.sln not found above the test binaries.");
    }
}
