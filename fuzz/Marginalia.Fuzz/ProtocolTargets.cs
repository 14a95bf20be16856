using System.Text;
using Marginalia.LanguageServer;
using Marginalia.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Marginalia.Fuzz;

/// <summary>
/// The protocol reader: <see cref="MessageGate"/> reading any bytes as the client's side of the connection. Each read
/// gives a message StreamJsonRpc can handle, or the end of the input, and writes its refusals; it never throws and
/// never reads forever (each frame consumes at least its header's end, so there are fewer reads than bytes).
/// </summary>
public static class FrameTarget
{
    public static void Run(ReadOnlySpan<byte> input)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.CreateOptions() };
        using var output = new MemoryStream();
        var gate = new MessageGate(output, new MemoryStream(input.ToArray(), writable: false), formatter, _ => { });
        try
        {
            var reads = 0;
            while (gate.ReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult() is not null)
                if (++reads > input.Length) throw new FuzzFailure($"{reads} messages from {input.Length} bytes: the reader does not advance");
        }
        finally
        {
            gate.DisposeAsync().GetAwaiter().GetResult();
        }
    }
}

/// <summary>
/// The whole server (<see cref="Server"/>: the gate, StreamJsonRpc, the lifecycle rules, every handler's params read
/// and run) fed any bytes, then the end of the input. It must stop by itself (the client went away) within
/// <see cref="Bound"/>, and log no error: an "[Error]" line is an exception that escaped a handler or ended the connection
/// (but a request to the client that failed because the input, and so the client, ended). Background work that fails
/// after the server stopped is not seen.
/// No workspace folder is opened (a root in the input is what it is; the shipped paper when there is none).
/// </summary>
public static class ServerTarget
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public static void Run(ReadOnlySpan<byte> input)
    {
        var log = new StringWriter();
        var synchronized = TextWriter.Synchronized(log);
        using var server = new Server(new MemoryStream(input.ToArray(), writable: false), Stream.Null, synchronized);
        var run = server.RunAsync();
        if (!run.Wait(Bound)) throw new FuzzFailure($"the server did not stop within {Bound} of the end of its input");
        // Background work may still be writing: the log is read under the lock its writes take (the synchronized writer
        // locks itself), or a StringBuilder appended to while it is read throws.
        string written;
        lock (synchronized) written = log.ToString();
        // Every input ends with the client gone: a request of the server's to it that fails for that is no finding.
        var errors = written.Split('\n')
            .Where(l => l.Contains("[Error]", StringComparison.Ordinal)
                && !l.Contains(nameof(ConnectionLostException), StringComparison.Ordinal) && !l.Contains(nameof(ObjectDisposedException), StringComparison.Ordinal))
            .ToList();
        if (errors.Count > 0) throw new FuzzFailure(string.Join('\n', errors));
    }
}

/// <summary>The fuzz targets by name.</summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, SharpFuzz.ReadOnlySpanAction> All = new Dictionary<string, SharpFuzz.ReadOnlySpanAction>(StringComparer.Ordinal)
    {
        ["notes"] = NoteTarget.Run,
        ["frames"] = FrameTarget.Run,
        ["server"] = ServerTarget.Run,
    };

    /// <summary>Where a target's seed inputs are, in the repository: fuzz/corpus/&lt;target&gt;.</summary>
    public static string CorpusOf(string target, string? repository = null) =>
        Path.Combine(repository ?? Repository.Root(), "fuzz", "corpus", target);
}

internal static class Repository
{
    /// <summary>The folder holding LanguageServer.sln, upwards from here or from the program.</summary>
    public static string Root()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("not inside the repository (no LanguageServer.sln above here)");
    }

    public static string Describe(byte[] input) => Encoding.UTF8.GetString(input.AsSpan(0, Math.Min(input.Length, 200)));
}
