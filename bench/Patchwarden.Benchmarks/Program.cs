using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Patchwarden.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
