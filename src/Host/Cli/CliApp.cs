namespace IncidentWorkflows.Host.Cli;

/// <summary>
/// The host's command-line verbs. Takes its writers and clock from the caller so tests run it in-process;
/// Program hands it the console before any web host is built.
/// </summary>
public sealed class CliApp(TextWriter stdout, TextWriter stderr, TimeProvider time)
{
    private static readonly string[] Verbs = ["validate", "run"];

    /// <summary>Whether the arguments name a verb (otherwise they are the web host's configuration arguments).</summary>
    public static bool IsVerb(IReadOnlyList<string> args) => args.Count > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (!IsVerb(args))
            return UsageError("Expected a verb: validate or run.");

        var rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "validate" => ValidateCommand.Execute(rest, stdout),
                _ => await new RunCommand(stdout, stderr, time).ExecuteAsync(rest),
            };
        }
        catch (UsageException e)
        {
            return UsageError(e.Message);
        }
        catch (Exception e)
        {
            // A pipeline wants one readable line and a failing exit code, not a stack trace.
            await stderr.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private int UsageError(string message)
    {
        stderr.WriteLine($"error: {message}");
        stderr.WriteLine("usage:");
        stderr.WriteLine($"  {ValidateCommand.Usage}");
        stderr.WriteLine($"  {RunCommand.Usage}");
        return ExitCodes.Usage;
    }
}
