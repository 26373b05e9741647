using System.Globalization;
using BenchmarkDotNet.Running;
using IncidentWorkflows.Engine.Bench;

if (args.Length > 0 && args[0] == "phases")
{
    await PhaseProfile.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(StartResumeBenchmarks).Assembly).Run(args);
