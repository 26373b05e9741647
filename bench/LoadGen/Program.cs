using IncidentWorkflows.LoadGen;

// Open-loop HTTP load generator for the durable runtime; bounded in time, loopback only. See bench/README.md.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var log = Console.Out;
HostProcess? host = null;
try
{
    Uri url;
    string apiKey;
    int? pid;
    if (options.Url is null)
    {
        if (options.HostDll is null)
            await Repository.BuildHostAsync(log);
        // Alert scenario: the lifecycle starter, reached through incident.opened, must find the instance the intake started.
        var environment = options.Alerts ? [.. options.HostEnvironment, new("Incidents__LifecycleWorkflow", options.DefinitionId)] : options.HostEnvironment;
        host = await HostProcess.StartAsync(options.HostDll ?? Repository.HostDll, Repository.BenchFlow, options.Keep, environment, log);
        apiKey = options.Alerts
            ? await ApiSession.CreateAlertIntegrationAsync(host.Url, host.AdminEmail, host.AdminPassword, AlertIntegration, options.DefinitionId)
            : await ApiSession.CreateIntegrationKeyAsync(host.Url, host.AdminEmail, host.AdminPassword);
        (url, pid) = (host.Url, host.Pid);
    }
    else
    {
        (url, apiKey, pid) = (options.Url, options.ApiKey!, options.HostPid);
    }

    using var client = ApiSession.CreateClient(url, apiKey, bearer: options.Alerts);
    IArrival arrival = options.Alerts ? new AlertArrival(client, AlertIntegration, options.DuplicateShare) : new Arrival(client, options.DefinitionId);
    var run = new OpenLoopRun(arrival, options.MaxInFlight,
        pid is { } id ? () => ProcessCpu.Read(id) : null, host is null ? null : host.DatabaseBytes);
    log.WriteLine($"LoadGen {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, target {url}, {(options.Alerts ? $"alerts to /api/alerts/{AlertIntegration} (new incidents start {options.DefinitionId})" : $"workflow {options.DefinitionId}")}");

    if (options.FindMax)
    {
        var best = await FindMax.RunAsync(run, options, log);
        log.WriteLine(best is null ? "no step was sustained" : $"highest sustained rate:{Environment.NewLine}{best.Report()}");
        return best is null ? 1 : 0;
    }

    var result = await run.RunAsync(options.Rate, options.Warmup, options.Duration);
    log.Write(result.Report());
    return result.ErrorCount == 0 ? 0 : 1;
}
finally
{
    if (host is not null)
        await host.DisposeAsync();
}

internal static partial class Program
{
    private const string AlertIntegration = "bench";
}
