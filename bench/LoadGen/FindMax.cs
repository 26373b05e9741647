using System.Globalization;

namespace IncidentWorkflows.LoadGen;

/// <summary>
/// Steps the offered rate up until the server stops sustaining it (p99 over the limit, errors, or falling behind),
/// and reports the highest rate that was sustained. One short warm-up before the first step only: later steps follow
/// a loaded server.
/// </summary>
internal static class FindMax
{
    public static async Task<RunResult?> RunAsync(OpenLoopRun run, LoadOptions options, TextWriter log)
    {
        RunResult? best = null;
        var rate = options.StartRate;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"find-max: from {options.StartRate:F0}/s, x{options.StepFactor} per step of {options.StepDuration.TotalSeconds:F0} s, until p99 > {options.MaxP99.TotalMilliseconds:F0} ms or errors > {options.MaxErrorRatio:P1} or achieved < 95% of offered"));
        for (var step = 0; step < options.MaxSteps; step++)
        {
            var result = await run.RunAsync(rate, step == 0 ? options.Warmup : TimeSpan.FromSeconds(1), options.StepDuration);
            var sustained = result.Sustains(options.MaxP99, options.MaxErrorRatio);
            log.WriteLine($"  {result.Line()} {(sustained ? "ok" : "NOT sustained")}");
            if (!sustained)
                break;
            best = result;
            rate *= options.StepFactor;
        }

        return best;
    }
}
