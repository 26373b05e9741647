using IncidentWorkflows.Runtime.Bench;

// In-process benchmark of the durable runtime: bench-flow.json started and resumed by N concurrent callers
// against a fresh database. Not part of the test run. See bench/README.md.
var options = BenchOptions.Parse(args);
await using var database = await BenchDatabase.CreateAsync(options);
Console.WriteLine($"Runtime.Bench: {options.Provider}, {options.Callers} callers, {options.Instances} instances x {options.Rounds} rounds (after {options.Warmup} warm-up), group commit {options.GroupCommit?.ToString() ?? "default"}, journal {options.Journal ?? "as defined"}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
Console.WriteLine($"database: {database.Folder}");

if (options.Warmup > 0)
    await RuntimeBenchmark.RunRoundAsync(database, options.Callers, options.Warmup);

var results = new List<RoundResult>();
for (var round = 1; round <= options.Rounds; round++)
{
    var result = await RuntimeBenchmark.RunRoundAsync(database, options.Callers, options.Instances);
    results.Add(result);
    Console.WriteLine($"round {round}: {result}");
}

var best = results.MaxBy(r => r.PerSecond)!;
Console.WriteLine($"best:    {best}");
