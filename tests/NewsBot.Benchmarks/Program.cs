using BenchmarkDotNet.Running;

// Runs the benchmarks chosen on the command line, e.g. `-- --filter '*Parse*'` (see README).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
