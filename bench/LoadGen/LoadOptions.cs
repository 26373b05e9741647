using System.Globalization;

namespace IncidentWorkflows.LoadGen;

/// <summary>Command line: <c>--rate 300 --duration 20 [--url http://host] [--find-max]</c>.</summary>
public sealed record LoadOptions(double Rate, TimeSpan Duration, Uri? Url, bool FindMax, string HostDll, string BenchFlow)
{
    public static LoadOptions Parse(string[] args, string repositoryRoot)
    {
        double rate = 300;
        var duration = TimeSpan.FromSeconds(20);
        Uri? url = null;
        var findMax = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rate": rate = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--duration": duration = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)); break;
                case "--url": url = new Uri(args[++i]); break;
                case "--find-max": findMax = true; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'. Options: --rate N --duration SECONDS --url URL --find-max");
            }
        }

        if (rate <= 0 || duration <= TimeSpan.Zero)
            throw new ArgumentException("--rate and --duration must be positive.");
        return new LoadOptions(
            rate,
            duration,
            url,
            findMax,
            Path.Combine(repositoryRoot, "src", "Host", "bin", "Release", "net10.0", "IncidentWorkflows.Host.dll"),
            Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "bench", "bench-flow.json")));
    }
}
