using BenchmarkDotNet.Running;

// Runs the benchmarks chosen on the command line, e.g. `-- --filter '*Parse*'` (see README).
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
