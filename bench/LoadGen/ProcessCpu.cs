using System.Globalization;

namespace IncidentWorkflows.LoadGen;

/// <summary>CPU time a process has used so far, from /proc/PID/stat (user + system, in clock ticks of 1/100 s on Linux).</summary>
internal static class ProcessCpu
{
    private const double TicksPerSecond = 100;

    public static TimeSpan Read(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may hold spaces and parentheses; fields after the last ')' are plain numbers.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var user = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var system = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((user + system) / TicksPerSecond);
    }
}
