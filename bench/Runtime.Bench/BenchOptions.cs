using System.Globalization;

namespace IncidentWorkflows.Runtime.Bench;

/// <summary>Command line: <c>[--callers 8] [--instances 5000] [--warmup 1000] [--rounds 3] [--provider Sqlite|Postgres] [--connection CS] [--group-commit on|off] [--journal Summary|None|Full] [--keep on]</c>.</summary>
internal sealed record BenchOptions(int Callers, int Instances, int Warmup, int Rounds, string Provider, string? Connection, bool? GroupCommit, string? Journal, bool Keep)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"Expected --name value pairs, got '{args[i]}'.");
            values[args[i][2..]] = args[++i];
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        bool? Switch(string name) => values.TryGetValue(name, out var v) ? v is "on" or "true" or "1" : null;

        return new BenchOptions(
            Int("callers", 8),
            Int("instances", 5000),
            Int("warmup", 1000),
            Int("rounds", 3),
            values.GetValueOrDefault("provider", "Sqlite"),
            values.GetValueOrDefault("connection"),
            Switch("group-commit"),
            values.GetValueOrDefault("journal"),
            Switch("keep") == true);
    }
}
