using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace IncidentWorkflows.Engine.Bench;

/// <summary>
/// ShortRun with more warm-up and longer iterations: on a busy 2-core machine the JIT's move to optimised code
/// lags, and ShortRun's three warm-ups then measure partly unoptimised code (means 5–10× too high, wide errors).
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig() =>
        AddJob(Job.ShortRun
            .WithWarmupCount(20)
            .WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("ShortRun+warmup"));
}
