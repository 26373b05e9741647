namespace IncidentWorkflows.Host.Runtime;

/// <summary>The <c>Workflows</c> configuration section.</summary>
public sealed class WorkflowFolderOptions
{
    public const string Section = "Workflows";

    /// <summary>
    /// The folder imported at start. Unset: the first <c>workflows</c> folder found in the content root or above it
    /// (the repository's folder under <c>dotnet run</c>).
    /// </summary>
    public string? Folder { get; set; }

    public bool ImportAtStart { get; set; } = true;

    public string? Resolve(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(Folder))
            return Path.GetFullPath(Folder, contentRoot);
        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "workflows");
            if (Directory.Exists(candidate))
                return candidate;
        }

        return null;
    }
}
