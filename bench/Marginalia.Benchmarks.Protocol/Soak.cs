using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marginalia.Benchmarks.Protocol;

/// <summary>What the soak runs: which server, on how many notes, for how long (or how many operations), how often it reports.</summary>
public sealed record SoakSettings
{
    public required string Server { get; init; }
    public required string WorkDirectory { get; init; }
    public int Notes { get; init; } = 10_000;
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(30);
    /// <summary>Stops after this many operations even if the duration is not over (the smoke test's bound).</summary>
    public long Operations { get; init; } = long.MaxValue;
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);
    /// <summary>Intervals that start before this are warm-up: reported, not judged.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromMinutes(3);
    /// <summary>A reload (<c>workspace/didChangeConfiguration</c>) every this many edit cycles, when none is running.</summary>
    public int ReloadEveryCycles { get; init; } = 100;
    public int HoversPerCycle { get; init; } = 10;
    public int OpenNotes { get; init; } = 20;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
    public string Command { get; init; } = "";
}

/// <summary>One interval of the soak: latencies of what was done in it, and the server's memory at its end (MiB).</summary>
public sealed record SoakInterval(
    int Index, double StartSeconds, double EndSeconds, bool WarmUp, long Operations,
    Latency Hover, Latency EditToDiagnostics, int Reloads, Latency? ReloadToReady, double Resident, double Peak,
    double ResidentLow = double.NaN, double ResidentHigh = double.NaN)
{
    /// <summary>The lowest resident memory read in the interval (after each cycle), or the one at its end: what survives the collections.</summary>
    public double Floor => double.IsNaN(ResidentLow) ? Resident : ResidentLow;

    /// <summary>The highest resident memory read in the interval, or the one at its end.</summary>
    public double High => double.IsNaN(ResidentHigh) ? Resident : ResidentHigh;
}

/// <summary>The judgement over the intervals after warm-up; null when there were too few to judge.</summary>
public sealed record SoakVerdict(bool? MemoryFlat, string Memory, bool? P99Stable, string Latency);

public sealed record SoakResult(
    string Command, string Machine, DateTimeOffset At, int Notes, double StartUpSeconds, long Operations,
    IReadOnlyList<SoakInterval> Intervals, SoakVerdict Verdict, int? ExitCode, IReadOnlyList<string> Errors);

/// <summary>
/// The soak: one server on the generated workspace, driven through the real protocol for a duration, as a user who
/// never stops. Each cycle edits an open note (a sentence with a date and a citation appended, the next time on that
/// note removed again, so the text does not grow) and waits for the diagnostics of that version, then hovers over
/// references; every <see cref="SoakSettings.ReloadEveryCycles"/> cycles the configuration changes, which reloads the
/// papers and checks every note again, while the cycles go on. At the end of each interval the server's resident
/// memory is read; the verdict compares the last third of the intervals after warm-up with the first third.
/// </summary>
public static class Soak
{
    /// <summary>Memory is flat when the last third's mean resident memory is within this fraction of the first third's.</summary>
    public const double MemoryTolerance = 0.05;

    /// <summary>p99 is stable when the last third's median interval p99 is within this factor of the first third's…</summary>
    public const double P99Trend = 1.5;

    /// <summary>…and no interval's p99 is more than this factor over the median interval p99.</summary>
    public const double P99Spread = 3.0;

    private const string Sentence = "On 15 February 1989 the last Soviet troops left Afghanistan [@soviet-withdrawal-1989], and Gorbachev spoke of a bleeding wound.";

    public static async Task<SoakResult> RunAsync(SoakSettings settings, TextWriter log)
    {
        var writer = Workspace.WriterFrom(settings.Server);
        log.WriteLine($"[soak] writing the workspace of {settings.Notes} notes");
        var workspace = Workspace.Create(settings.WorkDirectory, settings.Notes, writer);
        var errors = new List<string>();

        await using var server = LspConnection.Start(settings.Server);
        var ready = 0;
        var readySignal = new SemaphoreSlim(0);
        server.Notified += (method, parameters) =>
        {
            if (method == "marginalia/status" && parameters.ValueKind == JsonValueKind.Object
                && parameters.TryGetProperty("state", out var state) && state.GetString() == "ready")
            {
                Interlocked.Increment(ref ready);
                readySignal.Release();
            }
        };
        var published = new Dictionary<(string Path, int Version), TaskCompletionSource<long>>();
        server.DiagnosticsPublished += d =>
        {
            lock (published)
                if (d.Version is { } v && published.TryGetValue((d.Path, v), out var waiting)) waiting.TrySetResult(d.Timestamp);
        };

        log.WriteLine("[soak] start-up");
        var started = Stopwatch.GetTimestamp();
        var initialize = await server.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new JsonObject { ["name"] = "marginalia-soak" },
            ["rootUri"] = LspConnection.UriOf(workspace.Root),
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = LspConnection.UriOf(workspace.Root), ["name"] = "soak" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject { ["versionSupport"] = true } },
            },
        }, settings.Timeout);
        if (initialize.ErrorCode is { } failed) errors.Add($"initialize: {failed} {initialize.ErrorMessage}");
        await server.NotifyAsync("initialized", new JsonObject());
        var notes = workspace.Notes.Take(settings.OpenNotes).Select(path => new SoakNote(new OpenNote(path, File.ReadAllText(path)), File.ReadAllText(path))).ToList();
        foreach (var note in notes) await server.NotifyAsync("textDocument/didOpen", note.Open.DidOpen());
        if (!await readySignal.WaitAsync(settings.Timeout)) errors.Add($"start-up: not ready within {settings.Timeout}");
        var startUp = Stopwatch.GetElapsedTime(started).TotalSeconds;
        log.WriteLine($"[soak] ready after {startUp:0.0} s; soaking for {settings.Duration} or {settings.Operations} operations");

        var targets = notes.SelectMany(n => n.Open.ReferencePositions().Select(p => (Note: n, Position: p))).ToList();
        if (targets.Count == 0) errors.Add("no reference to hover in the open notes");

        var clock = Stopwatch.StartNew();
        var intervals = new List<SoakInterval>();
        var (hovers, edits, reloads, resident) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var intervalStart = TimeSpan.Zero;
        long operations = 0, intervalOperations = 0;
        var reloadsSent = 0;
        long? reloadSentAt = null;
        var readyBeforeReload = 0;

        void CloseInterval()
        {
            var end = clock.Elapsed;
            intervals.Add(new SoakInterval(intervals.Count + 1, intervalStart.TotalSeconds, end.TotalSeconds, intervalStart < settings.WarmUp,
                intervalOperations, Latency.Of(hovers), Latency.Of(edits), reloads.Count, reloads.Count == 0 ? null : Latency.Of(reloads),
                ServerRun.Memory(server.Process, "VmRSS"), ServerRun.Memory(server.Process, "VmHWM"),
                resident.Count == 0 ? double.NaN : resident.Min(), resident.Count == 0 ? double.NaN : resident.Max()));
            var last = intervals[^1];
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[soak] interval {last.Index} ({last.EndSeconds:0} s): {last.Operations} operations, hover p50 {last.Hover.Median:0.00} p99 {last.Hover.P99:0.00} ms, edit p50 {last.EditToDiagnostics.Median:0} p99 {last.EditToDiagnostics.P99:0} ms, {last.Reloads} reloads, RSS {last.ResidentLow:0}–{last.ResidentHigh:0} MiB"));
            hovers.Clear();
            edits.Clear();
            reloads.Clear();
            resident.Clear();
            intervalOperations = 0;
            intervalStart = end;
        }

        void Count(int n)
        {
            operations += n;
            intervalOperations += n;
        }

        try
        {
            for (var cycle = 0; clock.Elapsed < settings.Duration && operations < settings.Operations && errors.Count < 20; cycle++)
            {
                // A reload that finished: its time from the change to "ready".
                if (reloadSentAt is { } sent && Volatile.Read(ref ready) > readyBeforeReload)
                {
                    reloads.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    reloadSentAt = null;
                }
                if (reloadSentAt is null && cycle % settings.ReloadEveryCycles == settings.ReloadEveryCycles - 1)
                {
                    readyBeforeReload = Volatile.Read(ref ready);
                    reloadSentAt = Stopwatch.GetTimestamp();
                    reloadsSent++;
                    await server.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject() });
                    Count(1);
                }

                var note = notes[cycle % notes.Count];
                var (change, version) = note.NextEdit(Sentence);
                var arrived = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (published) published[(note.Open.Path, version)] = arrived;
                var t = Stopwatch.GetTimestamp();
                await server.NotifyAsync("textDocument/didChange", change);
                try
                {
                    edits.Add(Stopwatch.GetElapsedTime(t, await arrived.Task.WaitAsync(settings.Timeout)).TotalMilliseconds);
                }
                catch (TimeoutException)
                {
                    errors.Add($"no diagnostics for version {version} of {note.Open.Path} within {settings.Timeout}");
                }
                lock (published) published.Remove((note.Open.Path, version));
                Count(1);

                for (var h = 0; h < settings.HoversPerCycle && targets.Count > 0 && operations < settings.Operations; h++)
                {
                    var (target, position) = targets[(int)(operations % targets.Count)];
                    var ht = Stopwatch.GetTimestamp();
                    var response = await server.RequestAsync("textDocument/hover", target.Open.At(position), settings.Timeout);
                    hovers.Add(Stopwatch.GetElapsedTime(ht).TotalMilliseconds);
                    if (response.ErrorCode is { } code) errors.Add($"hover: error {code} {response.ErrorMessage}");
                    Count(1);
                }
                resident.Add(ServerRun.Memory(server.Process, "VmRSS"));
                if (clock.Elapsed - intervalStart >= settings.Interval) CloseInterval();
            }
            // The last reload is waited for, so that none is cut off mid-way.
            if (reloadSentAt is { } last)
            {
                var deadline = Stopwatch.GetTimestamp() + (long)(settings.Timeout.TotalSeconds * Stopwatch.Frequency);
                while (Volatile.Read(ref ready) <= readyBeforeReload && Stopwatch.GetTimestamp() < deadline) await readySignal.WaitAsync(TimeSpan.FromMilliseconds(100));
                if (Volatile.Read(ref ready) > readyBeforeReload) reloads.Add(Stopwatch.GetElapsedTime(last).TotalMilliseconds);
                else errors.Add($"the last reload was not ready within {settings.Timeout}");
            }
            if (intervalOperations > 0) CloseInterval();
        }
        catch (Exception e) when (e is TimeoutException or IOException)
        {
            errors.Add($"{e.GetType().Name}: {e.Message}");
        }

        var exit = await server.ShutdownAsync(errors);
        log.WriteLine($"[soak] {operations} operations, {reloadsSent} reloads, {intervals.Count} intervals");
        return new SoakResult(settings.Command, ProtocolBenchmark.Machine(), DateTimeOffset.UtcNow, settings.Notes, startUp, operations,
            intervals, Judge(intervals), exit, errors);
    }

    /// <summary>
    /// Memory flat: the low-water mark of resident memory (read after every cycle; what the collections leave) is, on
    /// average over the last third of the intervals after warm-up, at most 5 % above the first third's. p99 stable, for hover and for edit → diagnostics: the last third's median interval p99 is
    /// at most 1.5× the first third's, and no interval's p99 is over 3× the median of all. Needs three intervals.
    /// </summary>
    public static SoakVerdict Judge(IReadOnlyList<SoakInterval> intervals)
    {
        var judged = intervals.Where(i => !i.WarmUp).ToList();
        if (judged.Count < 3)
        {
            const string few = "not judged: fewer than 3 intervals after warm-up";
            return new SoakVerdict(null, few, null, few);
        }
        var third = judged.Count / 3;
        var (first, last) = (judged.Take(third).ToList(), judged.TakeLast(third).ToList());
        var (before, after) = (first.Average(i => i.Floor), last.Average(i => i.Floor));
        var flat = after <= before * (1 + MemoryTolerance);
        var (peakEarly, peakEnd) = (first[^1].Peak, judged[^1].Peak);
        var memory = string.Create(CultureInfo.InvariantCulture,
            $"resident memory after warm-up {judged.Min(i => i.Floor):0}–{judged.Max(i => i.High):0} MiB; its low-water mark per interval, first third's mean {before:0} MiB, last third's {after:0} MiB ({(after - before) / before * 100:+0.0;-0.0} %): {(flat ? "flat" : "growing")}; peak (VmHWM) {peakEarly:0} MiB at the end of the first third, {peakEnd:0} MiB at the end");

        var stable = true;
        var latency = new StringBuilder();
        foreach (var (name, p99s) in new[] { ("hover", judged.Select(i => i.Hover.P99).ToList()), ("edit → diagnostics", judged.Select(i => i.EditToDiagnostics.P99).ToList()) })
        {
            var median = Latency.Of(p99s).Median;
            var trend = Latency.Of(p99s.TakeLast(third).ToList()).Median / Latency.Of(p99s.Take(third).ToList()).Median;
            var spread = p99s.Max() / median;
            var ok = trend <= P99Trend && spread <= P99Spread;
            stable &= ok;
            if (latency.Length > 0) latency.Append("; ");
            latency.Append(CultureInfo.InvariantCulture,
                $"{name} p99 per interval {p99s.Min():0.00}–{p99s.Max():0.00} ms (median {median:0.00}), last third / first third {trend:0.00}×, worst / median {spread:0.00}×: {(ok ? "stable" : "not stable")}");
        }
        return new SoakVerdict(flat, memory, stable, latency.ToString());
    }

    public static string ToTable(SoakResult result)
    {
        var table = new StringBuilder();
        table.AppendLine("| interval | end | operations | hover p50 | hover p99 | edit → diagnostics p50 | p99 | reloads | reload → ready, max | RSS low–high | peak |");
        table.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var i in result.Intervals)
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {i.Index}{(i.WarmUp ? " (warm-up)" : "")} | {i.EndSeconds / 60:0.0} min | {i.Operations:N0} | {i.Hover.Median:0.00} ms | {i.Hover.P99:0.00} ms | {i.EditToDiagnostics.Median:0} ms | {i.EditToDiagnostics.P99:0} ms | {i.Reloads} | {(i.ReloadToReady is { } r ? $"{r.Max / 1000:0.0} s" : "–")} | {i.Floor:0}–{i.High:0} MiB | {i.Peak:0} MiB |"));
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"Start-up to ready: {result.StartUpSeconds:0.0} s; {result.Operations:N0} operations; exit code {result.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}; {result.Errors.Count} errors.");
        table.AppendLine(CultureInfo.InvariantCulture, $"Memory: {result.Verdict.Memory}.");
        table.AppendLine(CultureInfo.InvariantCulture, $"Latency: {result.Verdict.Latency}.");
        foreach (var e in result.Errors) table.AppendLine(CultureInfo.InvariantCulture, $"! {e}");
        return table.ToString();
    }

    public static string ToJson(SoakResult result) => JsonSerializer.Serialize(result, new JsonSerializerOptions(LspConnection.Json)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    });

    /// <summary>"30m", "90s", "2h", "500ms", or a TimeSpan ("00:30:00").</summary>
    public static TimeSpan ParseDuration(string text)
    {
        var units = new (string Suffix, Func<double, TimeSpan> Make)[]
            { ("ms", TimeSpan.FromMilliseconds), ("s", TimeSpan.FromSeconds), ("m", TimeSpan.FromMinutes), ("h", TimeSpan.FromHours) };
        foreach (var (suffix, make) in units)
            if (text.EndsWith(suffix, StringComparison.Ordinal) && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                return make(n);
        return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
    }
}

/// <summary>An open note the soak edits: a sentence appended as a new last line, then removed, and so on.</summary>
internal sealed class SoakNote(OpenNote open, string text)
{
    private readonly int _lastLine = text.Split('\n').Length - 1;
    private readonly int _lastColumn = text.Split('\n')[^1].TrimEnd('\r').Length;
    private bool _appended;
    private int _version = 1;

    public OpenNote Open { get; } = open;

    public (JsonObject Change, int Version) NextEdit(string sentence)
    {
        _version++;
        var line = "\n" + sentence;
        var change = _appended
            ? new JsonObject { ["range"] = OpenNote.Range(_lastLine, _lastColumn, _lastLine + 1, sentence.Length), ["text"] = "" }
            : new JsonObject { ["range"] = OpenNote.Range(_lastLine, _lastColumn, _lastLine, _lastColumn), ["text"] = line };
        _appended = !_appended;
        return (new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Open.Uri, ["version"] = _version },
            ["contentChanges"] = new JsonArray(change),
        }, _version);
    }
}
