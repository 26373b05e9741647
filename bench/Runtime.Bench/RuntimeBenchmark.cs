using System.Diagnostics;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Runtime.Bench;

/// <summary>
/// Closed loop: <c>callers</c> tasks each start a bench-flow instance and resume its bookmark, then take the next,
/// until the round's instances are done. Figures are per completed instance (one start + one resume).
/// </summary>
internal static class RuntimeBenchmark
{
    public static async Task<RoundResult> RunRoundAsync(BenchDatabase database, int callers, int instances)
    {
        var runtime = database.Runtime;
        var sizeBefore = await database.SizeAsync();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen0Before = GC.CollectionCount(0);
        var gen2Before = GC.CollectionCount(2);
        var groupsBefore = database.GroupCommitter?.Statistics;
        var next = 0;
        var clock = Stopwatch.StartNew();

        var workers = Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= instances)
                await RunOneAsync(runtime);
        }));
        await Task.WhenAll(workers);

        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var sizeAfter = await database.SizeAsync();
        var groupsAfter = database.GroupCommitter?.Statistics;
        var burstsPerGroup = groupsAfter is null || groupsBefore is null || groupsAfter.Groups == groupsBefore.Groups
            ? (double?)null
            : (double)(groupsAfter.Bursts - groupsBefore.Bursts) / (groupsAfter.Groups - groupsBefore.Groups);
        return new RoundResult(instances, elapsed, cpu, allocated, sizeAfter - sizeBefore, GC.CollectionCount(0) - gen0Before, GC.CollectionCount(2) - gen2Before, burstsPerGroup);
    }

    private static async Task RunOneAsync(WorkflowRuntime runtime)
    {
        var started = await runtime.StartAsync(new StartWorkflowRequest(BenchFlow.DefinitionId), CancellationToken.None);
        if (started.Bookmarks.Count != 1)
            throw new InvalidOperationException($"Instance {started.Id} has {started.Bookmarks.Count} bookmarks after start; expected 1.");
        var resumed = await runtime.ResumeAsync(started.Bookmarks[0].Id, null, CancellationToken.None);
        if (resumed.Status != WorkflowStatus.Finished)
            throw new InvalidOperationException($"Instance {resumed.Id} is {resumed.Status}/{resumed.SubStatus} after resume; expected Finished.");
    }
}

internal sealed record RoundResult(int Instances, TimeSpan Elapsed, TimeSpan Cpu, long Allocated, long DatabaseGrowth, int Gen0, int Gen2, double? BurstsPerGroup)
{
    public double PerSecond => Instances / Elapsed.TotalSeconds;
    public double CpuMsPerInstance => Cpu.TotalMilliseconds / Instances;
    public double KbAllocatedPerInstance => Allocated / 1024.0 / Instances;
    public double DatabaseBytesPerInstance => (double)DatabaseGrowth / Instances;

    public override string ToString() =>
        $"{PerSecond,8:F0} instances/s | {CpuMsPerInstance,6:F2} CPU ms/instance | {KbAllocatedPerInstance,7:F1} KB allocated/instance | {DatabaseBytesPerInstance,6:F0} DB bytes/instance | GC gen0 {Gen0}, gen2 {Gen2} | {(BurstsPerGroup is { } g ? $"{g:F1} bursts/commit" : "1 burst/commit")} | {Instances} in {Elapsed.TotalSeconds:F1} s";
}
