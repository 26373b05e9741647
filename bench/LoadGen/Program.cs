using System.Globalization;
using IncidentWorkflows.LoadGen;

// Open-loop HTTP load on bench-flow.json: each arrival starts an instance and resumes its bookmark, durably.
// Without --url it starts the Release host itself on a fresh SQLite database, so one command measures everything.
var root = FindRepositoryRoot();
var options = LoadOptions.Parse(args, root);
HostProcess? host = null;
try
{
    Uri url;
    if (options.Url is null)
    {
        host = await HostProcess.StartAsync(options.HostDll, options.BenchFlow);
        url = host.Url;
    }
    else
    {
        url = options.Url;
    }

    var api = await ApiClient.CreateAsync(url, HostProcess.AdminEmail, HostProcess.AdminPassword);
    Func<TimeSpan>? cpu = host is null ? null : host.CpuTime;

    // Warm-up: JIT, connection pool, SQLite cache; not measured.
    await OpenLoop.RunAsync(api, 50, TimeSpan.FromSeconds(3), null);

    Console.WriteLine("target/s  achieved/s  completed  errors   p50 ms   p90 ms   p99 ms   max ms  host CPU ms/instance");
    if (!options.FindMax)
    {
        Print(await OpenLoop.RunAsync(api, options.Rate, options.Duration, cpu));
        return 0;
    }

    // Step the rate up until the server stops keeping up: errors, p99 over a second, or under 95 % of the target.
    RunResult? best = null;
    for (var rate = 100.0; rate <= 5000; rate *= 1.25)
    {
        var result = await OpenLoop.RunAsync(api, Math.Round(rate), options.Duration, cpu);
        Print(result);
        if (result.Errors > 0 || result.P99Micros > 1_000_000 || result.AchievedRate < 0.95 * result.TargetRate)
            break;
        best = result;
    }

    Console.WriteLine(best is null ? "no sustainable rate found" : $"highest sustainable rate: {best.AchievedRate:F0} instances/s (p99 {best.P99Micros / 1000.0:F1} ms)");
    return 0;
}
finally
{
    if (host is not null)
        await host.DisposeAsync();
}

static void Print(RunResult r) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{r.TargetRate,8:F0}  {r.AchievedRate,10:F1}  {r.Completed,9}  {r.Errors,6}  {r.P50Micros / 1000.0,7:F1}  {r.P90Micros / 1000.0,7:F1}  {r.P99Micros / 1000.0,7:F1}  {r.MaxMicros / 1000.0,7:F1}  {r.CpuMsPerInstance,10:F2}"));

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IncidentWorkflows.sln")))
        directory = directory.Parent;
    return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}
