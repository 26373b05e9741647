using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(IncidentWorkflows.Engine.Bench.StartResumeBenchmarks).Assembly).Run(args);
