namespace IncidentWorkflows.Engine.Bench;

/// <summary>Finds the shared benchmark workflow: ../shared/bench/bench-flow.json beside the folder that holds IncidentWorkflows.sln.</summary>
internal static class BenchFlow
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        // BenchmarkDotNet runs the benchmark from a generated project below bin/, so walk up from there and from the working directory.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
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
