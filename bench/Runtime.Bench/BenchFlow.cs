namespace IncidentWorkflows.Runtime.Bench;

/// <summary>Finds the shared benchmark workflow: ../shared/bench/bench-flow.json beside the folder that holds IncidentWorkflows.sln.</summary>
internal static class BenchFlow
{
    public const string DefinitionId = "bench-flow";

    public static string Path { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "IncidentWorkflows.sln")))
                    return System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "..", "shared", "bench", "bench-flow.json"));
            }
        }

        throw new FileNotFoundException("IncidentWorkflows.sln not found above the benchmark; run it from the repository.");
    }
}
