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
        host = await HostProcess.StartAsync(options.HostDll ?? Repository.HostDll, Repository.BenchFlow, options.Keep, options.HostEnvironment, log);
        (url, apiKey, pid) = (host.Url, await ApiSession.CreateIntegrationKeyAsync(host.Url, host.AdminEmail, host.AdminPassword), host.Pid);
    }
    else
    {
        (url, apiKey, pid) = (options.Url, options.ApiKey!, options.HostPid);
    }

    using var client = ApiSession.CreateClient(url, apiKey);
    var run = new OpenLoopRun(new Arrival(client, options.DefinitionId), options.MaxInFlight,
        pid is { } id ? () => ProcessCpu.Read(id) : null, host is null ? null : host.DatabaseBytes);
    log.WriteLine($"LoadGen {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, target {url}, workflow {options.DefinitionId}");

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
