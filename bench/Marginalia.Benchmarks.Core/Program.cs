using BenchmarkDotNet.Running;

namespace Marginalia.Benchmarks.Core;

/// <summary>`dotnet run -c Release --project bench/Marginalia.Benchmarks.Core -- --filter '*'`: every Core benchmark.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--patterns"]) { PatternTimes.Run(); return; }
        if (args is ["--phases", .. var sizes])
        {
            Phases.Run(sizes.Length == 0 ? [10, 1_000, 20_000] : sizes.Select(int.Parse));
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
