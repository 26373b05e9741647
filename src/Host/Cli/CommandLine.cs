namespace IncidentWorkflows.Host.Cli;

/// <summary>
/// A deliberately small parser for the verbs' arguments: positionals, repeatable <c>--name value</c> (or
/// <c>--name=value</c>) options and <c>--flag</c> switches. Anything unknown is a usage error, never ignored.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandLine()
    {
    }

    public List<string> Positionals { get; } = [];

    public bool HelpRequested { get; private set; }

    public IReadOnlyList<string> Values(string option) => _values.TryGetValue(option, out var list) ? list : [];

    public bool Flag(string flag) => _flags.Contains(flag);

    /// <param name="args">The arguments after the verb.</param>
    /// <param name="valueOptions">Options that take a value, e.g. <c>--input</c>.</param>
    /// <param name="flags">Switches without a value, e.g. <c>--json</c>.</param>
    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags)
    {
        var result = new CommandLine();
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || !arg.StartsWith('-') || arg == "-")
            {
                result.Positionals.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    onlyPositionals = true;
                    continue;
                case "-h" or "--help":
                    result.HelpRequested = true;
                    continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            if (flags.Contains(name))
            {
                if (equals > 0)
                    throw new UsageException($"{name} takes no value.");
                result._flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                string value;
                if (equals > 0)
                    value = arg[(equals + 1)..];
                else if (i + 1 < args.Count)
                    value = args[++i];
                else
                    throw new UsageException($"{name} needs a value.");
                if (!result._values.TryGetValue(name, out var list))
                    result._values[name] = list = [];
                list.Add(value);
            }
            else
            {
                throw new UsageException($"Unknown option '{name}'.");
            }
        }

        return result;
    }
}
