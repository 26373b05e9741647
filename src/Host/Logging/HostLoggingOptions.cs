namespace IncidentWorkflows.Host.Logging;

/// <summary>Where the rolling log file goes ("HostLogging" section); relative paths are under the content root.</summary>
public sealed class HostLoggingOptions
{
    public const string Section = "HostLogging";

    /// <summary>Serilog inserts the date before the extension; empty disables the file.</summary>
    public string? FilePath { get; set; } = "logs/host-.clef";

    public int RetainedFileCount { get; set; } = 14;

    public long FileSizeLimitBytes { get; set; } = 50 * 1024 * 1024;
}
