using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Marginalia.Benchmarks.Protocol;

/// <summary>Where the two servers are, which sizes, how much.</summary>
public sealed record BenchmarkSettings
{
    public required string ServerDll { get; init; }
    public required string FloorDll { get; init; }
    public required string WorkDirectory { get; init; }
    public IReadOnlyList<int> Sizes { get; init; } = [100, 1_000, 10_000];
    /// <summary>`marginalia check` is timed on workspaces up to this size.</summary>
    public int CheckUpTo { get; init; } = 1_000;
    public RunOptions Run { get; init; } = new();
    public TimeSpan ServerDebounce { get; init; } = TimeSpan.FromMilliseconds(200);
    public string Command { get; init; } = "";
}

public sealed record SizeResult(int Notes, ServerFigures Floor, ServerFigures Marginalia, double? CheckWall, double? FloorCliWall);

public sealed record BenchmarkResult(string Command, string Machine, DateTimeOffset At, IReadOnlyList<SizeResult> Sizes);

/// <summary>The protocol benchmark: for each size, the floor server and Marginalia on the same workspace, their requests in turns.</summary>
public static class ProtocolBenchmark
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkSettings settings, TextWriter log)
    {
        var writer = Workspace.WriterFrom(settings.ServerDll);
        var results = new List<SizeResult>();
        foreach (var size in settings.Sizes)
        {
            log.WriteLine($"[{size} notes] writing the workspace");
            var workspace = Workspace.Create(settings.WorkDirectory, size, writer);
            // Each server starts alone; then their requests go in turns (floor, marginalia, floor, …), so that both
            // meet the same moments of a shared machine and a stall of the host lands in both columns, not one.
            await using var floorRun = new ServerRun("floor", settings.FloorDll, workspace, settings.Run, TimeSpan.Zero);
            await using var marginaliaRun = new ServerRun("marginalia", settings.ServerDll, workspace, settings.Run, settings.ServerDebounce);
            log.WriteLine($"[{size} notes] floor server: start-up");
            await floorRun.StartAsync();
            log.WriteLine($"[{size} notes] marginalia: start-up");
            await marginaliaRun.StartAsync();
            // A process start is one sample of a noisy figure: a few more of each, in turns, and the median.
            log.WriteLine($"[{size} notes] {settings.Run.StartUps} more start-ups each, in turns");
            var (floorStarts, marginaliaStarts) = (new List<double>(), new List<double>());
            for (var i = 0; i < settings.Run.StartUps; i++)
            {
                floorStarts.Add(await floorRun.TimeStartUpAsync());
                marginaliaStarts.Add(await marginaliaRun.TimeStartUpAsync());
            }
            floorRun.AddStartUpSamples(floorStarts);
            marginaliaRun.AddStartUpSamples(marginaliaStarts);
            log.WriteLine($"[{size} notes] requests, in turns");
            foreach (var method in ServerRun.Methods)
                for (var k = 0; k < settings.Run.Warmup + ServerRun.RequestsFor(method, settings.Run.Requests); k++)
                {
                    await floorRun.RequestAsync(method, k);
                    await marginaliaRun.RequestAsync(method, k);
                }
            log.WriteLine($"[{size} notes] typing, memory, shutdown");
            var floor = await floorRun.FinishAsync();
            var marginalia = await marginaliaRun.FinishAsync();
            double? check = null, floorCli = null;
            if (size <= settings.CheckUpTo)
            {
                log.WriteLine($"[{size} notes] marginalia check");
                floorCli = TimeCli(settings.FloorDll, "check");
                check = TimeCli(settings.ServerDll, "check", workspace.NotesFolder, "--workspace", workspace.Root);
            }
            foreach (var e in floor.Errors.Concat(marginalia.Errors)) log.WriteLine($"[{size} notes] ! {e}");
            results.Add(new SizeResult(size, floor, marginalia, check, floorCli));
        }
        return new BenchmarkResult(settings.Command, Machine(), DateTimeOffset.UtcNow, results);
    }

    /// <summary>Wall time of a command-line run, process start to exit (its exit code is the check's verdict, not a failure).</summary>
    private static double TimeCli(string dll, params string[] arguments)
    {
        var start = LspConnection.StartInfo(dll, arguments);
        var t = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(600_000)) { process.Kill(); return double.NaN; }
        Task.WaitAll(output, error);
        var elapsed = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        return process.ExitCode is 0 or 1 ? elapsed : double.NaN;
    }

    public static string Machine()
    {
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] : "?";
        var gib = long.TryParse(memory, out var kb) ? $"{kb / 1024.0 / 1024.0:0} GiB" : "? GiB";
        return $"{Environment.ProcessorCount} cores, {gib}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
    }

    public static string ToJson(BenchmarkResult result) => JsonSerializer.Serialize(result, new JsonSerializerOptions(LspConnection.Json)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    });

    /// <summary>A Markdown table: each figure for Marginalia, for the floor, and their ratio.</summary>
    public static string ToTable(BenchmarkResult result)
    {
        var table = new StringBuilder();
        table.AppendLine("| notes | figure | marginalia | floor | ratio |");
        table.AppendLine("| ---: | --- | ---: | ---: | ---: |");
        foreach (var size in result.Sizes)
        {
            var (m, f) = (size.Marginalia, size.Floor);
            void Row(string figure, double? mine, double? floor, string unit = "ms")
            {
                var ratio = mine is { } a && floor is { } b && b > 0 && !double.IsNaN(a) && !double.IsNaN(b) ? $"{a / b:0.0}×" : "n/a";
                table.AppendLine($"| {size.Notes:N0} | {figure} | {Format(mine, unit)} | {Format(floor, unit)} | {ratio} |");
            }
            Row("process start → initialize result", m.StartToInitialize, f.StartToInitialize);
            Row($"initialized → diagnostics for all {m.NotesExpected:N0} notes", m.InitializedToAllDiagnostics, f.InitializedToAllDiagnostics);
            Row("  of which until the first note's diagnostics", m.InitializedToFirstDiagnostics, f.InitializedToFirstDiagnostics);
            if (m.StartUpCores is { } cores)
                table.AppendLine($"| {size.Notes:N0} | cores busy during start-up (processor time / wall) | {cores:0.00} | {(f.StartUpCores is { } fc ? fc.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")} | |");
            Row("hover while indexing, max", m.RequestsDuringIndexing?.Max, f.RequestsDuringIndexing?.Max);
            foreach (var method in ServerRun.Methods)
            {
                var name = method[(method.IndexOf('/', StringComparison.Ordinal) + 1)..];
                var (a, b) = (m.Requests.GetValueOrDefault(method), f.Requests.GetValueOrDefault(method));
                if (a is null)
                {
                    table.AppendLine($"| {size.Notes:N0} | {name} p50 / p99 / max | n/a (not implemented) | {Format(b?.Median)} / {Format(b?.P99)} / {Format(b?.Max)} | n/a |");
                    continue;
                }
                Row($"{name} p50", a.Median, b?.Median);
                Row($"{name} p95", a.P95, b?.P95);
                Row($"{name} p99", a.P99, b?.P99);
                Row($"{name} max", a.Max, b?.Max);
            }
            Row("last keystroke → diagnostics (2,000-line note), median", m.EditToDiagnostics?.Median, f.EditToDiagnostics?.Median);
            Row($"  of which server work (minus the {m.Debounce:0} ms debounce)", m.EditServerWork, f.EditServerWork);
            Row("peak memory (VmHWM)", m.PeakMemory, f.PeakMemory, "MiB");
            Row("settled memory (VmRSS)", m.SettledMemory, f.SettledMemory, "MiB");
            if (size.CheckWall is { } check) Row("`marginalia check` wall, cold process", check, size.FloorCliWall);
        }
        return table.ToString();
    }

    private static string Format(double? value, string unit = "ms") =>
        value is not { } v || double.IsNaN(v) ? "n/a"
        : unit == "MiB" ? $"{v.ToString("0", CultureInfo.InvariantCulture)} MiB"
        : v >= 100 ? $"{v.ToString("0", CultureInfo.InvariantCulture)} ms" : $"{v.ToString("0.00", CultureInfo.InvariantCulture)} ms";
}
