using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Host.Tests.Cli;

/// <summary>What one in-process CLI invocation returned and printed.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> Lines => Stdout.Length == 0 ? [] : Stdout.TrimEnd('\n').Split('\n');

    /// <summary>Runs the CLI exactly as Program does, with captured writers and a fixed clock.</summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var exitCode = await new Host.Cli.CliApp(stdout, stderr, time).RunAsync(args);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
