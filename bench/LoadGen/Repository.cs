using System.Diagnostics;

namespace IncidentWorkflows.LoadGen;

/// <summary>Paths in the repository the generator runs from: the shared benchmark workflow and the host it builds and starts.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string BenchFlow => Path.GetFullPath(Path.Combine(Root, "..", "shared", "bench", "bench-flow.json"));

    public static string HostDll => Path.Combine(Root, "src", "Host", "bin", "Release", "net10.0", "IncidentWorkflows.Host.dll");

    /// <summary>Builds the host in Release (a no-op when it is up to date), so a run always measures the current code.</summary>
    public static async Task BuildHostAsync(TextWriter log)
    {
        log.WriteLine("building src/Host (Release)...");
        var build = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in (string[])["build", "-c", "Release", "src/Host", "--nologo", "-v", "q"])
            build.ArgumentList.Add(argument);
        using var process = Process.Start(build) ?? throw new InvalidOperationException("Could not run dotnet build.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet build -c Release src/Host failed:{Environment.NewLine}{output}");
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "IncidentWorkflows.sln")))
                    return directory.FullName;
            }
        }

        throw new FileNotFoundException("IncidentWorkflows.sln not found above the generator; run it from the repository.");
    }
}
