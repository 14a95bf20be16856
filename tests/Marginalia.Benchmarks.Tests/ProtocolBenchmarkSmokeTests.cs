using Marginalia.Benchmarks.Protocol;

namespace Marginalia.Benchmarks.Tests;

/// <summary>
/// The protocol benchmark, run small (10 notes, a few requests) against the built servers, so it keeps
/// working as the server grows. It checks that every figure was measured, never how fast: timing belongs in bench/.
/// </summary>
public sealed class ProtocolBenchmarkSmokeTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"marginalia-bench-smoke-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_small_run_measures_both_servers_and_reports_every_figure()
    {
        var settings = new BenchmarkSettings
        {
            ServerDll = Path.Combine(AppContext.BaseDirectory, "marginalia.dll"),
            FloorDll = Path.Combine(AppContext.BaseDirectory, "Marginalia.Benchmarks.FloorServer.dll"),
            WorkDirectory = _work,
            Sizes = [10],
            CheckUpTo = 10,
            Run = new RunOptions
            {
                Requests = 5,
                Warmup = 1,
                OpenNotes = 3,
                TypedCharacters = 10,
                TypingRounds = 1,
                Settle = TimeSpan.Zero,
                StartUps = 1,
                Timeout = TimeSpan.FromSeconds(60),
            },
        };

        var result = await ProtocolBenchmark.RunAsync(settings, TextWriter.Null);

        var size = Assert.Single(result.Sizes);
        foreach (var server in new[] { size.Floor, size.Marginalia })
        {
            Assert.True(server.Errors.Count == 0, $"{server.Server}: {string.Join("; ", server.Errors)}");
            Assert.Equal(server.NotesExpected, server.NotesWithDiagnostics);
            Assert.Equal(0, server.ExitCode);
            Assert.False(double.IsNaN(server.InitializedToAllDiagnostics));
            Assert.InRange(server.InitializedToFirstDiagnostics, 0, server.InitializedToAllDiagnostics);
            Assert.NotNull(server.EditToDiagnostics);
            Assert.False(double.IsNaN(server.PeakMemory));
            Assert.Equal(ServerRun.Methods.Order(), server.Requests.Keys.Order());
        }
        // The floor answers everything; Marginalia answers what it implements (the rest is "n/a").
        Assert.All(size.Floor.Requests.Values, latency => Assert.Equal(5, latency!.Count));
        Assert.NotNull(size.CheckWall);
        Assert.Contains("| 10 | process start → initialize result |", ProtocolBenchmark.ToTable(result));
        Assert.Contains("\"notes\": 10", ProtocolBenchmark.ToJson(result));
    }

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }
}
