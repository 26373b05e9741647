using System.Collections.Concurrent;
using System.Diagnostics;
using HdrHistogram;

namespace IncidentWorkflows.LoadGen;

/// <summary>
/// Open loop at a fixed arrival rate: arrival i is due at start + i/rate and is sent then, whether or not earlier ones
/// have finished. Latency runs from that intended time, not from when the request actually left, so a stalled server
/// (or a stalled generator) shows in the percentiles instead of silently lowering the load (no coordinated omission).
/// The pacing loop wakes at most about once a millisecond and sends every arrival that has come due.
/// </summary>
internal sealed class OpenLoopRun(IArrival arrival, int maxInFlight, Func<TimeSpan>? serverCpu, Func<long>? databaseBytes)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(60);

    public async Task<RunResult> RunAsync(double rate, TimeSpan warmup, TimeSpan duration)
    {
        var histogram = new LongConcurrentHistogram(1, TimeSpan.FromMinutes(10).Ticks / 10, 3);
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var interval = Stopwatch.Frequency / rate;
        var warmupCount = (long)Math.Round(rate * warmup.TotalSeconds);
        var measuredCount = (long)Math.Round(rate * duration.TotalSeconds);
        long inFlight = 0, pending = 0, completed = 0, dropped = 0, lastCompletion = 0;
        Snapshot? before = null;
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 20;

        for (long i = 0; i < warmupCount + measuredCount; i++)
        {
            var intended = start + (long)(i * interval);
            while (Stopwatch.GetTimestamp() < intended)
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), intended).TotalMilliseconds)));

            var measured = i >= warmupCount;
            if (i == warmupCount)
                before = Snapshot.Take(serverCpu, databaseBytes);
            if (Interlocked.Read(ref inFlight) >= maxInFlight)
            {
                if (measured)
                    dropped++;
                continue;
            }

            Interlocked.Increment(ref inFlight);
            if (measured)
                Interlocked.Increment(ref pending);
            _ = Task.Run(async () =>
            {
                var error = await arrival.RunAsync();
                var end = Stopwatch.GetTimestamp();
                Interlocked.Decrement(ref inFlight);
                if (!measured)
                    return;
                if (error is null)
                {
                    histogram.RecordValue(Math.Max(1, (end - intended) * 1_000_000 / Stopwatch.Frequency));
                    Interlocked.Increment(ref completed);
                    InterlockedMax(ref lastCompletion, end);
                }
                else
                {
                    errors.AddOrUpdate(error, 1, (_, n) => n + 1);
                }

                Interlocked.Decrement(ref pending);
            });
        }

        var drain = Stopwatch.StartNew();
        while (Interlocked.Read(ref pending) > 0 && drain.Elapsed < DrainTimeout)
            await Task.Delay(20);
        var after = Snapshot.Take(serverCpu, databaseBytes);
        if (Interlocked.Read(ref pending) is > 0 and var unfinished)
            errors["unfinished after the drain timeout"] = (int)unfinished;

        var windowStart = start + (long)(warmupCount * interval);
        var window = Stopwatch.GetElapsedTime(windowStart, Math.Max(Interlocked.Read(ref lastCompletion), windowStart + 1));
        return new RunResult(rate, duration, measuredCount, Interlocked.Read(ref completed), dropped, errors.ToDictionary(), histogram, window, before!, after, arrival.Labels);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
                return;
            current = seen;
        }
    }
}

/// <summary>CPU of the server and of this generator, and the database size, at one moment.</summary>
internal sealed record Snapshot(TimeSpan? ServerCpu, TimeSpan GeneratorCpu, long? DatabaseBytes)
{
    public static Snapshot Take(Func<TimeSpan>? serverCpu, Func<long>? databaseBytes)
    {
        using var self = Process.GetCurrentProcess();
        return new Snapshot(serverCpu?.Invoke(), self.TotalProcessorTime, databaseBytes?.Invoke());
    }
}
