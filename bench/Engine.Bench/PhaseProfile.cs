using System.Diagnostics;
using System.Globalization;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Serialization;

namespace IncidentWorkflows.Engine.Bench;

/// <summary>
/// A quick split of one start+resume into its phases (time and bytes allocated per operation), without
/// BenchmarkDotNet: <c>dotnet run -c Release --project bench/Engine.Bench -- phases [iterations]</c>.
/// Each phase runs in several rounds and the fastest round is shown, which filters out other load on the machine.
/// </summary>
internal static class PhaseProfile
{
    private const int Rounds = 5;

    public static async Task RunAsync(int iterations)
    {
        var workflow = WorkflowCompiler.CreateDefault().Compile(WorkflowJsonReader.Parse(File.ReadAllText(BenchFlow.Path)));
        var runner = new WorkflowRunner(TimeProvider.System);
        var options = new RunOptions { Out = TextWriter.Null, JournalLevel = JournalLevel.Summary };
        var started = await runner.StartAsync(workflow, options: options);
        var state = started.ToState();
        var utf8 = WorkflowStateSerializer.SerializeToUtf8(state);
        Console.WriteLine($"state: {utf8.Length} bytes of JSON");

        // Warm up the whole path first so every phase is measured on optimised code, not on the JIT's first tier.
        for (var i = 0; i < iterations * 3; i++)
            await FullAsync(runner, workflow, options);

        await MeasureAsync("start", iterations, async () => await runner.StartAsync(workflow, options: options));
        await MeasureAsync("ToState", iterations, () => Sync(started.ToState()));
        await MeasureAsync("serialize", iterations, () => Sync(WorkflowStateSerializer.SerializeToUtf8(state)));
        await MeasureAsync("deserialize", iterations, () => Sync(WorkflowStateSerializer.Deserialize(utf8)));
        await MeasureAsync("deser+resume", iterations, async () =>
        {
            // A fresh state each time: a resume consumes its bookmark.
            var fresh = WorkflowStateSerializer.Deserialize(utf8);
            await runner.ResumeAsync(workflow, fresh, fresh.Bookmarks[0].Id, options: options);
        });
        await MeasureAsync("whole cycle", iterations, () => FullAsync(runner, workflow, options));
    }

    private static async ValueTask FullAsync(WorkflowRunner runner, CompiledWorkflow workflow, RunOptions options)
    {
        var started = await runner.StartAsync(workflow, options: options);
        var state = WorkflowStateSerializer.Deserialize(WorkflowStateSerializer.SerializeToUtf8(started.ToState()));
        var resumed = await runner.ResumeAsync(workflow, state, state.Bookmarks[0].Id, options: options);
        if (resumed.Status != WorkflowStatus.Finished)
            throw new InvalidOperationException($"Expected Finished, got {resumed.SubStatus}.");
    }

    private static ValueTask Sync<T>(T result)
    {
        GC.KeepAlive(result);
        return default;
    }

    private static async Task MeasureAsync(string name, int iterations, Func<ValueTask> operation)
    {
        var best = double.MaxValue;
        long bytes = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < iterations; i++)
                await operation();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMicroseconds / iterations;
            bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations;
            best = Math.Min(best, elapsed);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-12} {best,8:F2} µs {bytes,7} B"));
    }
}
