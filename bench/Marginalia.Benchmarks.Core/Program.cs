using BenchmarkDotNet.Running;

namespace Marginalia.Benchmarks.Core;

/// <summary>`dotnet run -c Release --project bench/Marginalia.Benchmarks.Core -- --filter '*'`: every Core benchmark.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
