using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// `paired BEFORE.dll AFTER.dll`: two builds in one process, passes alternating (PairedRun).
if (args.Length > 0 && args[0] == "paired")
{
    return Nlp.Turkish.Benchmarks.PairedRun.Run(args[1..]);
}

// A short job so that a full run fits in a few minutes on a 2-core machine; pass BenchmarkDotNet arguments
// (--filter, --job) to change it.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short"))
    .AddColumn(new Nlp.Turkish.Benchmarks.ThroughputColumn(allocations: false), new Nlp.Turkish.Benchmarks.ThroughputColumn(allocations: true));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
