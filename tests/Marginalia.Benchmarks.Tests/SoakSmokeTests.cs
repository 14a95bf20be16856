using Marginalia.Benchmarks.Protocol;

namespace Marginalia.Benchmarks.Tests;

/// <summary>
/// The soak, run for a few hundred operations (never for a time) on a small workspace against the built server, so
/// that it keeps working: every interval has its latencies and memory, reloads happen and finish, the server shuts
/// down cleanly. How fast is not asserted: the figures belong in bench/README.md.
/// </summary>
public sealed class SoakSmokeTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"marginalia-soak-smoke-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_short_soak_edits_hovers_and_reloads_and_reports_each_interval()
    {
        var settings = new SoakSettings
        {
            Server = Path.Combine(AppContext.BaseDirectory, "marginalia.dll"),
            WorkDirectory = _work,
            Notes = 10,
            OpenNotes = 3,
            Operations = 120,
            Duration = TimeSpan.FromHours(1), // a fail-safe only: the run ends after its operations
            Interval = TimeSpan.FromHours(1),  // so one interval, closed at the end
            WarmUp = TimeSpan.Zero,
            ReloadEveryCycles = 4,
            HoversPerCycle = 5,
            Timeout = TimeSpan.FromSeconds(60),
        };

        var result = await Soak.RunAsync(settings, TextWriter.Null);

        Assert.True(result.Errors.Count == 0, string.Join("; ", result.Errors));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(120, result.Operations);
        var interval = Assert.Single(result.Intervals);
        Assert.Equal(120, interval.Operations);
        Assert.True(interval.Hover.Count > 0 && interval.EditToDiagnostics.Count > 0, "hovers and edits were measured");
        Assert.True(interval.Reloads > 0, "a reload finished");
        Assert.False(double.IsNaN(interval.Resident));
        Assert.InRange(interval.ResidentLow, 1, interval.ResidentHigh);
        // One interval is too few to judge, and the verdict says so rather than guess.
        Assert.Null(result.Verdict.MemoryFlat);
        Assert.Contains("| 1 | ", Soak.ToTable(result));
    }

    [Fact]
    public void The_verdict_calls_memory_that_keeps_growing_growing_and_a_p99_that_climbs_not_stable()
    {
        static SoakInterval At(int i, double resident, double hoverP99) => new(i, i * 60, (i + 1) * 60, WarmUp: i == 0, 100,
            new Latency(90, 0.1, 0.2, hoverP99, hoverP99), new Latency(10, 210, 220, 230, 230), 1, null, resident, resident);

        var steady = Soak.Judge([.. Enumerable.Range(0, 10).Select(i => At(i, i == 0 ? 150 : 300 + i % 2, 1.0))]);
        Assert.True(steady.MemoryFlat);
        Assert.True(steady.P99Stable);

        var leaking = Soak.Judge([.. Enumerable.Range(0, 10).Select(i => At(i, 300 + 10 * i, 1.0))]);
        Assert.False(leaking.MemoryFlat);

        var climbing = Soak.Judge([.. Enumerable.Range(0, 10).Select(i => At(i, 300, 1.0 + i))]);
        Assert.False(climbing.P99Stable);
    }

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }
}
