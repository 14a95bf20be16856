using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Marginalia.Benchmarks.Protocol;

/// <summary>What to run and how much.</summary>
public sealed record RunOptions
{
    public int Requests { get; init; } = 500;
    public int Warmup { get; init; } = 20;
    public int OpenNotes { get; init; } = 20;
    public int TypedCharacters { get; init; } = 200;
    public int TypingRounds { get; init; } = 3;
    public TimeSpan KeystrokeInterval { get; init; } = TimeSpan.FromMilliseconds(5);
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(3);
    /// <summary>Further process starts of each server (start → initialize result) beside the main run's; the figure is their median.</summary>
    public int StartUps { get; init; } = 6;
}

/// <summary>The figures of one server on one workspace. Times in milliseconds, memory in MiB; a null latency is "n/a".</summary>
public sealed record ServerFigures
{
    public required string Server { get; init; }
    public double StartToInitialize { get; init; }
    public double InitializedToAllDiagnostics { get; init; }

    /// <summary>Until the first note's diagnostics: loading the papers and finding the notes, before any is checked.</summary>
    public double InitializedToFirstDiagnostics { get; init; }
    /// <summary>Processor time the server spent from initialized to the last note's diagnostics, over the wall time: the cores it kept busy.</summary>
    public double? StartUpCores { get; init; }
    public int NotesWithDiagnostics { get; init; }
    public int NotesExpected { get; init; }
    public Latency? RequestsDuringIndexing { get; init; }
    public Dictionary<string, Latency?> Requests { get; init; } = [];
    public Latency? EditToDiagnostics { get; init; }
    public double Debounce { get; init; }
    public double? EditServerWork => EditToDiagnostics is { } e ? Math.Max(0, e.Median - Debounce) : null;
    public double PeakMemory { get; init; }
    public double SettledMemory { get; init; }
    public int? ExitCode { get; init; }
    public List<string> Errors { get; init; } = [];
}

/// <summary>
/// One server, started as an editor starts it, through one workspace, in three steps: <see cref="StartAsync"/>
/// (start-up and the diagnostics of every note), <see cref="RequestAsync"/> (one round trip at a time, so that two
/// servers' requests can be sent in turns and meet the same moments of a noisy machine), and
/// <see cref="FinishAsync"/> (typing into a long note, memory, shutdown).
/// </summary>
public sealed class ServerRun(string name, string dll, Workspace workspace, RunOptions options, TimeSpan debounce) : IAsyncDisposable
{
    public static readonly string[] Methods =
        ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references", "textDocument/inlayHint", "marginalia/timeline"];

    /// <summary>
    /// How many of <paramref name="requests"/> a method is asked: the timeline answers for every note of the workspace
    /// (megabytes at 10,000 notes) and is asked when the view opens or a note changes, not per keystroke: 20 at most.
    /// </summary>
    public static int RequestsFor(string method, int requests) => method == "marginalia/timeline" ? Math.Min(requests, 20) : requests;

    private readonly List<string> _errors = [];

    private LspConnection? _server;
    private List<(OpenNote Note, OpenNote.Position Position)> _targets = [];
    private ServerFigures _figures = new() { Server = name };
    private readonly Dictionary<string, List<double>> _samples = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);

    private LspConnection Server => _server ?? throw new InvalidOperationException("StartAsync first");

    /// <summary>What an editor says in <c>initialize</c>: the workspace folder and VS Code's capabilities for what the servers read.</summary>
    private JsonObject InitializeParams() => new()
    {
        ["processId"] = Environment.ProcessId,
        ["clientInfo"] = new JsonObject { ["name"] = "marginalia-bench" },
        ["rootUri"] = LspConnection.UriOf(workspace.Root),
        ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = LspConnection.UriOf(workspace.Root), ["name"] = "bench" }),
        ["capabilities"] = new JsonObject
        {
            ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
            // What VS Code's client (vscode-languageclient 9) says of these two.
            ["textDocument"] = new JsonObject
            {
                ["publishDiagnostics"] = new JsonObject { ["versionSupport"] = true },
                ["completion"] = new JsonObject
                {
                    ["completionList"] = new JsonObject
                    {
                        ["itemDefaults"] = new JsonArray("commitCharacters", "editRange", "insertTextFormat", "insertTextMode", "data"),
                    },
                },
            },
        },
    };

    /// <summary>Process start → <c>initialize</c> result of a fresh process, which is then shut down: one more start-up sample.</summary>
    public async Task<double> TimeStartUpAsync()
    {
        var started = Stopwatch.GetTimestamp();
        await using var server = LspConnection.Start(dll);
        await server.RequestAsync("initialize", InitializeParams(), options.Timeout);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await server.RequestAsync("shutdown", null, options.Timeout);
        await server.NotifyAsync("exit", null);
        await server.WaitForExitAsync(TimeSpan.FromSeconds(30));
        return elapsed;
    }

    /// <summary>The start-up figure as the median of the main run's start-up and these further samples.</summary>
    public void AddStartUpSamples(IEnumerable<double> samples) =>
        _figures = _figures with { StartToInitialize = Latency.Of([_figures.StartToInitialize, .. samples]).Median };

    /// <summary>Starts the server, initializes it, opens notes, and waits for every note's diagnostics.</summary>
    public async Task StartAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var server = _server = LspConnection.Start(dll);
        var expected = new HashSet<string>(workspace.Notes.Append(workspace.LongNote), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var allPublished = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        long firstPublished = 0;
        server.DiagnosticsPublished += d =>
        {
            lock (seen)
            {
                if (!expected.Contains(d.Path) || !seen.Add(d.Path)) return;
                if (seen.Count == 1) firstPublished = d.Timestamp;
                if (seen.Count == expected.Count) allPublished.TrySetResult(d.Timestamp);
            }
        };

        var initialize = await server.RequestAsync("initialize", InitializeParams(), options.Timeout);
        var initialized = Stopwatch.GetTimestamp();
        var startToInitialize = Stopwatch.GetElapsedTime(started, initialized).TotalMilliseconds;
        if (initialize.ErrorCode is { } code) _errors.Add($"initialize failed: {code} {initialize.ErrorMessage}");

        // As an editor restoring its tabs: initialized, then the open notes.
        var indexingStart = Stopwatch.GetTimestamp();
        var cpuAtStart = ProcessorTime(server.Process);
        await server.NotifyAsync("initialized", new JsonObject());
        var open = workspace.Notes.Take(options.OpenNotes).Select(path => new OpenNote(path, File.ReadAllText(path))).ToList();
        foreach (var note in open) await server.NotifyAsync("textDocument/didOpen", note.DidOpen());

        // Requests while the notes are being checked: does the server still answer?
        var during = new List<double>();
        var hoverTargets = open.SelectMany(n => n.ReferencePositions().Select(p => (n, p))).ToList();
        var i = 0;
        while (!allPublished.Task.IsCompleted && Stopwatch.GetElapsedTime(indexingStart) < options.Timeout && hoverTargets.Count > 0)
        {
            var (note, position) = hoverTargets[i++ % hoverTargets.Count];
            var t = Stopwatch.GetTimestamp();
            await server.RequestAsync("textDocument/hover", note.At(position), options.Timeout);
            during.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            await Task.WhenAny(allPublished.Task, Task.Delay(20));
        }
        double allDiagnostics;
        double? startUpCores = null;
        try
        {
            var done = await allPublished.Task.WaitAsync(options.Timeout);
            allDiagnostics = Stopwatch.GetElapsedTime(indexingStart, done).TotalMilliseconds;
            var cpu = ProcessorTime(server.Process) - cpuAtStart;
            startUpCores = allDiagnostics > 0 && !double.IsNaN(cpu) ? cpu / Stopwatch.GetElapsedTime(indexingStart).TotalMilliseconds : null;
        }
        catch (TimeoutException)
        {
            allDiagnostics = double.NaN;
            _errors.Add($"diagnostics for only {seen.Count} of {expected.Count} notes within {options.Timeout}");
        }

        _targets = open.SelectMany(n => n.ReferencePositions().Select(p => (n, p))).ToList();
        _figures = _figures with
        {
            StartToInitialize = startToInitialize,
            InitializedToAllDiagnostics = allDiagnostics,
            InitializedToFirstDiagnostics = firstPublished == 0 ? double.NaN : Stopwatch.GetElapsedTime(indexingStart, firstPublished).TotalMilliseconds,
            StartUpCores = startUpCores,
            NotesWithDiagnostics = seen.Count,
            NotesExpected = expected.Count,
            RequestsDuringIndexing = during.Count == 0 ? null : Latency.Of(during),
        };
    }

    /// <summary>Typing into the long note, memory, shutdown; the figures.</summary>
    public async Task<ServerFigures> FinishAsync()
    {
        var server = Server;
        var requests = Methods.ToDictionary(m => m, m => _missing.Contains(m) ? null : _samples.TryGetValue(m, out var samples) ? Latency.Of(samples) : null);
        var edit = await TypeAsync(server);
        var peak = Memory(server.Process, "VmHWM");
        await Task.Delay(options.Settle);
        var settled = Memory(server.Process, "VmRSS");

        var exit = await server.ShutdownAsync(_errors);

        return _figures with
        {
            Requests = requests,
            EditToDiagnostics = edit,
            Debounce = debounce.TotalMilliseconds,
            PeakMemory = peak,
            SettledMemory = settled,
            ExitCode = exit,
            Errors = _errors,
        };
    }

    /// <summary>
    /// The k-th round trip of a method (cycling through the references of the open notes), timed after the warm-up
    /// ones; a method the server lacks is asked once and then reported as "n/a".
    /// </summary>
    public async Task RequestAsync(string method, int k)
    {
        if (_missing.Contains(method)) return;
        if (_targets.Count == 0)
        {
            _errors.Add($"{method}: no reference to ask about");
            _missing.Add(method);
            return;
        }
        var (note, position) = _targets[k % _targets.Count];
        object parameters = method switch
        {
            "textDocument/completion" => note.At(position with { Character = position.Character + 1 }),
            "textDocument/references" => note.At(position, new JsonObject { ["context"] = new JsonObject { ["includeDeclaration"] = true } }),
            "textDocument/inlayHint" => note.WholeDocument(),
            "marginalia/timeline" => new JsonObject(),
            _ => note.At(position),
        };
        var t = Stopwatch.GetTimestamp();
        var response = await Server.RequestAsync(method, parameters, options.Timeout);
        var elapsed = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        if (response.ErrorCode == LspResponse.MethodNotFound) { _missing.Add(method); return; }
        if (response.ErrorCode is { } code && _errors.Count < 20) _errors.Add($"{method}: error {code} {response.ErrorMessage}");
        if (k < options.Warmup) return;
        if (!_samples.TryGetValue(method, out var samples)) _samples[method] = samples = new List<double>(options.Requests);
        samples.Add(elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    /// <summary>
    /// Types characters one by one into the middle of the 2,000-line note (incremental didChange), then
    /// times the last change to the diagnostics for its version. Several rounds; the debounce is inside the figure.
    /// </summary>
    private async Task<Latency?> TypeAsync(LspConnection server)
    {
        var note = new OpenNote(workspace.LongNote, File.ReadAllText(workspace.LongNote));
        var version = 1;
        var published = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var awaited = version;
        void OnPublished(PublishedDiagnostics d)
        {
            if (d.Path == note.Path && d.Version == Volatile.Read(ref awaited)) published.TrySetResult(d.Timestamp);
        }
        server.DiagnosticsPublished += OnPublished;
        try
        {
            await server.NotifyAsync("textDocument/didOpen", note.DidOpen(version));
            await published.Task.WaitAsync(options.Timeout);
            const string sentence = "On 15 February 1989 the last Soviet troops left Afghanistan [@soviet-withdrawal-1989], and Gorbachev spoke of a bleeding wound. ";
            var line = Workspace.LongNoteLines / 2;
            var column = note.LineLength(line);
            var samples = new List<double>();
            for (var round = 0; round < options.TypingRounds; round++)
            {
                published = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                long lastChange = 0;
                for (var c = 0; c < options.TypedCharacters; c++)
                {
                    version++;
                    if (c == options.TypedCharacters - 1) Volatile.Write(ref awaited, version);
                    var text = sentence[c % sentence.Length].ToString();
                    lastChange = Stopwatch.GetTimestamp();
                    await server.NotifyAsync("textDocument/didChange", new JsonObject
                    {
                        ["textDocument"] = new JsonObject { ["uri"] = note.Uri, ["version"] = version },
                        ["contentChanges"] = new JsonArray(new JsonObject
                        {
                            ["range"] = OpenNote.Range(line, column, line, column),
                            ["text"] = text,
                        }),
                    });
                    column++;
                    if (options.KeystrokeInterval > TimeSpan.Zero) await Task.Delay(options.KeystrokeInterval);
                }
                var arrived = await published.Task.WaitAsync(options.Timeout);
                samples.Add(Stopwatch.GetElapsedTime(lastChange, arrived).TotalMilliseconds);
            }
            return Latency.Of(samples);
        }
        catch (TimeoutException)
        {
            _errors.Add("typing: no diagnostics for the last change in time");
            return null;
        }
        finally
        {
            server.DiagnosticsPublished -= OnPublished;
        }
    }

    /// <summary>User and system time of a process so far, in milliseconds, from /proc/&lt;pid&gt;/stat (clock ticks of 10 ms).</summary>
    public static double ProcessorTime(Process process)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11]) + long.Parse(fields[12])) * 10.0; // utime, stime: fields 14 and 15 of the line
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            return double.NaN;
        }
    }

    /// <summary>A line of /proc/&lt;pid&gt;/status in MiB (VmHWM: peak resident, VmRSS: resident now).</summary>
    public static double Memory(Process process, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0]) / 1024.0;
        }
        catch (IOException)
        {
        }
        return double.NaN;
    }
}

/// <summary>A note the benchmark opened: its text, and where its references are (LSP positions).</summary>
public sealed class OpenNote(string path, string text)
{
    private readonly string[] _lines = text.Split('\n');

    public string Path { get; } = path;
    public string Uri { get; } = LspConnection.UriOf(path);

    public record struct Position(int Line, int Character);

    public int LineLength(int line) => _lines[line].TrimEnd('\r').Length;

    public JsonObject DidOpen(int version = 1) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri, ["languageId"] = "markdown", ["version"] = version, ["text"] = text },
    };

    /// <summary>Two characters into the id of each citation and wikilink.</summary>
    public IEnumerable<Position> ReferencePositions()
    {
        for (var line = 0; line < _lines.Length; line++)
        {
            var l = _lines[line];
            for (var at = l.IndexOf('[', StringComparison.Ordinal); at >= 0 && at + 4 < l.Length; at = l.IndexOf('[', at + 2))
                if (l[at + 1] is '@' or '[') yield return new Position(line, at + 4);
        }
    }

    public JsonObject At(Position position, JsonObject? extra = null)
    {
        var request = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["position"] = new JsonObject { ["line"] = position.Line, ["character"] = position.Character },
        };
        if (extra is not null)
            foreach (var (key, value) in extra.ToList()) { extra.Remove(key); request[key] = value; }
        return request;
    }

    public JsonObject WholeDocument() => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri },
        ["range"] = Range(0, 0, _lines.Length, 0),
    };

    public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };
}
