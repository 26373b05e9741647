using System.Globalization;
using System.Text;
using HdrHistogram;

namespace IncidentWorkflows.LoadGen;

/// <summary>What one fixed-rate run measured, per completed instance (start + resume = two requests).</summary>
internal sealed record RunResult(
    double TargetRate, TimeSpan Duration, long Sent, long Completed, long Dropped, IReadOnlyDictionary<string, int> Errors,
    HistogramBase Latency, TimeSpan Window, Snapshot Before, Snapshot After, ArrivalLabels Labels)
{
    public long ErrorCount => Errors.Values.Sum() + Dropped;
    public double Achieved => Completed / Window.TotalSeconds;
    public TimeSpan Percentile(double p) => Latency.TotalCount == 0 ? TimeSpan.Zero : TimeSpan.FromMicroseconds(Latency.GetValueAtPercentile(p));
    public TimeSpan Max => Latency.TotalCount == 0 ? TimeSpan.Zero : TimeSpan.FromMicroseconds(Latency.GetMaxValue());
    public double? ServerCpuMsPerInstance => PerInstance(After.ServerCpu - Before.ServerCpu);
    public double? GeneratorCpuMsPerInstance => PerInstance(After.GeneratorCpu - Before.GeneratorCpu);
    public double? DatabaseBytesPerInstance => Completed == 0 || After.DatabaseBytes is null ? null : (double)(After.DatabaseBytes - Before.DatabaseBytes)!.Value / Completed;

    /// <summary>Sustained: p99 within the limit, errors within the ratio, and the server kept up with the offered rate.</summary>
    public bool Sustains(TimeSpan maxP99, double maxErrorRatio) =>
        Completed > 0 && Percentile(99) <= maxP99 && ErrorCount <= maxErrorRatio * Sent && Achieved >= 0.95 * TargetRate;

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{TargetRate,7:F0}/s -> {Achieved,7:F1}/s | p50 {Ms(Percentile(50))} p90 {Ms(Percentile(90))} p99 {Ms(Percentile(99))} max {Ms(Max)} | errors {ErrorCount} | server CPU {Cpu(ServerCpuMsPerInstance)} ms/{Labels.One}");

    public string Report()
    {
        var text = new StringBuilder();
        var i = CultureInfo.InvariantCulture;
        var unit = Labels.Unit;
        text.AppendLine(i, $"offered:   {TargetRate:F0} {unit}/s for {Duration.TotalSeconds:F0} s = {Sent} {unit} ({Labels.Each(TargetRate)})");
        text.AppendLine(i, $"achieved:  {Achieved:F1} {Labels.Done} {unit}/s ({Completed} {Labels.Done} in {Window.TotalSeconds:F2} s)");
        text.AppendLine(i, $"errors:    {ErrorCount}{(ErrorCount == 0 ? "" : " (" + string.Join(", ", Errors.Select(e => $"{e.Key}: {e.Value}").Append(Dropped > 0 ? $"dropped at the in-flight cap: {Dropped}" : null).OfType<string>()) + ")")}");
        text.AppendLine(i, $"latency from intended send to {Labels.Done} ({Labels.What}): p50 {Ms(Percentile(50))}, p90 {Ms(Percentile(90))}, p99 {Ms(Percentile(99))}, p99.9 {Ms(Percentile(99.9))}, max {Ms(Max)} ms");
        text.AppendLine(i, $"CPU per {Labels.One}: server {Cpu(ServerCpuMsPerInstance)} ms, load generator {Cpu(GeneratorCpuMsPerInstance)} ms ({Environment.ProcessorCount} cores shared)");
        if (DatabaseBytesPerInstance is { } bytes)
            text.AppendLine(i, $"database growth: {bytes:F0} bytes/{Labels.One} (SQLite file + WAL)");
        return text.ToString();
    }

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString(value.TotalMilliseconds < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    private static string Cpu(double? ms) => ms?.ToString("F2", CultureInfo.InvariantCulture) ?? "n/a";

    private double? PerInstance(TimeSpan? cpu) => cpu is null || Completed == 0 ? null : cpu.Value.TotalMilliseconds / Completed;
}
