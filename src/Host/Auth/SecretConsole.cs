namespace IncidentWorkflows.Host.Auth;

/// <summary>
/// Where one-time secrets are printed: the console of whoever started the host, never the log, because log files
/// are kept and shipped elsewhere. A service rather than <see cref="Console.Out"/> so tests read the secret from their
/// own writer instead of swapping the process-wide console under tests running in parallel.
/// </summary>
public sealed class SecretConsole(TextWriter writer)
{
    public TextWriter Writer { get; } = writer;
}
