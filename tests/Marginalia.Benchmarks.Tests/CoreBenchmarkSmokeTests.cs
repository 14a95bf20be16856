using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using Marginalia.Benchmarks.Core;

namespace Marginalia.Benchmarks.Tests;

/// <summary>The Core benchmarks, run once each on the smallest inputs so they keep compiling and running. Never timed.</summary>
public class CoreBenchmarkSmokeTests
{
    [Fact]
    public void Checking_a_10_line_note_runs()
    {
        var benchmark = new NoteChecking { Lines = 10 };
        benchmark.Setup();
        Assert.NotNull(benchmark.Check());
        Assert.NotEmpty(benchmark.RecognizeDates());
    }

    [Fact]
    public void The_query_benchmarks_run_under_BenchmarkDotNet()
    {
        // One dry iteration in this process: enough to prove setup and every method work.
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
            .AddLogger(NullLogger.Instance)
            .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "marginalia-bdn-smoke"));

        var summary = BenchmarkRunner.Run<Queries>(config);

        Assert.False(summary.HasCriticalValidationErrors, string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
        Assert.Equal(4, summary.Reports.Length);
        Assert.All(summary.Reports, report => Assert.True(report.Success, report.BenchmarkCase.DisplayInfo));
    }

    [Fact]
    public void The_shipped_paper_loads_with_events_to_cite()
    {
        Assert.NotEmpty(new PaperLoading().LoadShippedPaper().Knowledge.Events);
        Assert.NotEmpty(Notes.Write(10));
    }
}
