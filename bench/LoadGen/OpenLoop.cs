using System.Diagnostics;
using HdrHistogram;

namespace IncidentWorkflows.LoadGen;

/// <summary>What one fixed-rate run measured.</summary>
public sealed record RunResult(double TargetRate, double AchievedRate, long Completed, long Errors, long P50Micros, long P90Micros, long P99Micros, long MaxMicros, double CpuMsPerInstance);

/// <summary>
/// Open-loop load: arrivals follow a fixed schedule whatever the server does, and each latency is measured from
/// the arrival's intended send time, so a slow server cannot hide its queueing (no coordinated omission).
/// </summary>
public static class OpenLoop
{
    public static async Task<RunResult> RunAsync(ApiClient api, double rate, TimeSpan duration, Func<TimeSpan>? cpu)
    {
        var histogram = new LongHistogram(TimeSpan.TicksPerMinute, 3);
        var errors = 0L;
        var completed = 0L;
        var inFlight = new List<Task>();
        var total = (long)(rate * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1 / rate);
        var cpuBefore = cpu?.Invoke();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(duration + TimeSpan.FromSeconds(60));

        for (long i = 0; i < total; i++)
        {
            var intended = interval * i;
            var wait = intended - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
                await Task.Delay(wait);
            inFlight.Add(OneAsync(intended));
        }

        await Task.WhenAll(inFlight);
        var elapsed = clock.Elapsed;
        var cpuUsed = cpu is null ? TimeSpan.Zero : cpu() - cpuBefore!.Value;
        return new RunResult(
            rate,
            completed / elapsed.TotalSeconds,
            completed,
            errors,
            Micros(histogram.GetValueAtPercentile(50)),
            Micros(histogram.GetValueAtPercentile(90)),
            Micros(histogram.GetValueAtPercentile(99)),
            Micros(histogram.GetMaxValue()),
            completed == 0 ? 0 : cpuUsed.TotalMilliseconds / completed);

        async Task OneAsync(TimeSpan intendedStart)
        {
            await Task.Yield();
            try
            {
                await api.RunInstanceAsync(stop.Token);
                var latency = clock.Elapsed - intendedStart;
                lock (histogram)
                    histogram.RecordValue(Math.Max(1, latency.Ticks));
                Interlocked.Increment(ref completed);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Text.Json.JsonException)
            {
                Interlocked.Increment(ref errors);
            }
        }
    }

    private static long Micros(long ticks) => ticks / 10;
}
