namespace IncidentWorkflows.E2E.Tests.Support;

/// <summary>The browser app's host with the repository's <c>workflows/</c> imported, so an incident runs its lifecycle (triage, the L1 task, resolve).</summary>
public sealed class IncidentHost : DesignerHost
{
    protected override string? WorkflowsFolder { get; } = Path.Combine(RepositoryRoot(), "workflows");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IncidentWorkflows.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("No IncidentWorkflows.sln above the test folder.");
    }
}
