namespace IncidentWorkflows.Host.Cli;

/// <summary>The command line is wrong; the message is shown to the user followed by the usage text.</summary>
public sealed class UsageException(string message) : Exception(message);
