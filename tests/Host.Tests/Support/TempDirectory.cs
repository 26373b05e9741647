namespace IncidentWorkflows.Host.Tests.Support;

/// <summary>A fresh folder per test for the files it writes; removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("iw-host-tests-").FullName;

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (e.g. a log) only leaves a temp folder behind; not worth failing a test for.
        }
    }
}
