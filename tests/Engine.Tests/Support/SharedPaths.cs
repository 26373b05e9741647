namespace IncidentWorkflows.Engine.Tests.Support;

/// <summary>Finds the repository and the shared folder beside it (the corpus, fixtures and benchmark flow).</summary>
public static class SharedPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Corpus => Path.Combine(Shared, "elsa-corpus");

    public static string CorpusFile(string relative) => Path.Combine(Corpus, relative);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IncidentWorkflows.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("IncidentWorkflows.sln not found above the test binaries.");
    }
}
