using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marginalia.Benchmarks.Protocol;

/// <summary>A response: its result, or the JSON-RPC error code (MethodNotFound is -32601).</summary>
public sealed record LspResponse(JsonElement Result, int? ErrorCode, string? ErrorMessage)
{
    public const int MethodNotFound = -32601;
}

/// <summary>A publishDiagnostics notification as received: when, for which document and version, how many.</summary>
public sealed record PublishedDiagnostics(string Path, int? Version, int Count, long Timestamp);

/// <summary>
/// A minimal LSP client over a server process's stdio: Content-Length framing by hand, System.Text.Json,
/// one reader thread. It answers the server's own requests as a plain editor would (no settings,
/// registrations accepted), and timestamps every publishDiagnostics as it arrives. The same client for every server.
/// </summary>
public sealed class LspConnection : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<LspResponse>> _pending = new();
    private readonly Thread _reader;
    private int _nextId;

    private LspConnection(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "lsp-reader" };
        _reader.Start();
        // Keep stderr drained so the server never blocks on it.
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Stderr.Enqueue(line); };
        process.BeginErrorReadLine();
    }

    public Process Process => _process;
    public ConcurrentQueue<string> Stderr { get; } = new();

    /// <summary>Every diagnostics notification, in arrival order.</summary>
    public ConcurrentQueue<PublishedDiagnostics> Diagnostics { get; } = new();

    /// <summary>Called on the reader thread for each diagnostics notification.</summary>
    public event Action<PublishedDiagnostics>? DiagnosticsPublished;

    /// <summary>Called on the reader thread for every other notification from the server (method, params).</summary>
    public event Action<string, JsonElement>? Notified;

    /// <summary>Starts a server as the editor's launcher does: a <c>.dll</c> with <c>dotnet</c>, any other file (a self-contained server) directly.</summary>
    public static LspConnection Start(string server, params string[] arguments)
    {
        var start = StartInfo(server, arguments);
        start.RedirectStandardInput = true;
        return new LspConnection(Process.Start(start) ?? throw new InvalidOperationException($"could not start {server}"));
    }

    /// <summary>How to run a server or its commands: <c>dotnet server.dll …</c>, or the executable itself; output redirected.</summary>
    public static ProcessStartInfo StartInfo(string server, IEnumerable<string> arguments)
    {
        var dll = server.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(dll ? DotnetHost() : server)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (dll) start.ArgumentList.Add(server);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        return start;
    }

    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public async Task<LspResponse> RequestAsync(string method, object? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var done = new TaskCompletionSource<LspResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        await SendAsync(Message(method, parameters, id));
        try
        {
            return await done.Task.WaitAsync(timeout);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public Task NotifyAsync(string method, object? parameters) => SendAsync(Message(method, parameters, null));

    /// <summary>A request (with an id) or a notification; no params member at all when there are none, as the specification asks.</summary>
    private static JsonObject Message(string method, object? parameters, int? id)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0" };
        if (id is { } i) message["id"] = i;
        message["method"] = method;
        if (ToNode(parameters) is { } node) message["params"] = node;
        return message;
    }

    /// <summary>
    /// Ends the server as a client does (shutdown, exit) and returns its exit code, or null when it had to be killed;
    /// what went wrong, and the first errors the server logged, are added to <paramref name="errors"/>.
    /// </summary>
    public async Task<int?> ShutdownAsync(ICollection<string> errors)
    {
        int? exit = null;
        try
        {
            await RequestAsync("shutdown", null, TimeSpan.FromSeconds(30));
            await NotifyAsync("exit", null);
            exit = await WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception e) when (e is TimeoutException or IOException)
        {
            errors.Add($"shutdown: {e.Message}");
        }
        foreach (var line in Stderr.Where(l => l.Contains("[Error]", StringComparison.Ordinal)).Take(5)) errors.Add(line);
        return exit;
    }

    /// <summary>Waits for the process to end by itself; kills it if it does not in time.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
            return _process.ExitCode;
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value, Json),
    };

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _input.WriteAsync(header);
            await _input.WriteAsync(body);
            await _input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private void ReadLoop()
    {
        var buffer = new BufferedStream(_output, 1 << 16);
        try
        {
            while (ReadMessage(buffer) is { } body)
            {
                var now = Stopwatch.GetTimestamp();
                using var document = JsonDocument.Parse(body);
                Dispatch(document.RootElement, now);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
        foreach (var pending in _pending.Values) pending.TrySetException(new IOException("the server closed the connection"));
    }

    private static byte[]? ReadMessage(Stream stream)
    {
        var length = -1;
        var line = new StringBuilder();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0) return null;
            if (b == '\n')
            {
                var text = line.ToString().TrimEnd('\r');
                line.Clear();
                if (text.Length == 0) break;
                if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(text["Content-Length:".Length..].Trim());
            }
            else line.Append((char)b);
        }
        if (length < 0) throw new IOException("a message without Content-Length");
        var body = new byte[length];
        stream.ReadExactly(body);
        return body;
    }

    private void Dispatch(JsonElement message, long timestamp)
    {
        var hasId = message.TryGetProperty("id", out var id);
        if (message.TryGetProperty("method", out var methodElement))
        {
            var method = methodElement.GetString();
            if (hasId)
            {
                _ = AnswerServerRequestAsync(id.Clone(), method, message.TryGetProperty("params", out var p) ? p.Clone() : default);
                return;
            }
            if (method == "textDocument/publishDiagnostics")
            {
                var p = message.GetProperty("params");
                var published = new PublishedDiagnostics(
                    PathOf(p.GetProperty("uri").GetString()!),
                    p.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null,
                    p.GetProperty("diagnostics").GetArrayLength(),
                    timestamp);
                Diagnostics.Enqueue(published);
                DiagnosticsPublished?.Invoke(published);
            }
            else if (method is not null)
                Notified?.Invoke(method, message.TryGetProperty("params", out var p) ? p.Clone() : default);
            return;
        }
        if (hasId && id.ValueKind == JsonValueKind.Number && _pending.TryGetValue(id.GetInt32(), out var waiting))
        {
            if (message.TryGetProperty("error", out var error))
                waiting.TrySetResult(new LspResponse(default, error.GetProperty("code").GetInt32(),
                    error.TryGetProperty("message", out var m) ? m.GetString() : null));
            else
                waiting.TrySetResult(new LspResponse(message.TryGetProperty("result", out var r) ? r.Clone() : default, null, null));
        }
    }

    /// <summary>workspace/configuration: null for each item (no editor settings); anything else: null.</summary>
    private Task AnswerServerRequestAsync(JsonElement id, string? method, JsonElement parameters)
    {
        JsonNode? result = null;
        if (method == "workspace/configuration" && parameters.ValueKind == JsonValueKind.Object
            && parameters.TryGetProperty("items", out var items))
        {
            var array = new JsonArray();
            for (var i = 0; i < items.GetArrayLength(); i++) array.Add(null);
            result = array;
        }
        return SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = result });
    }

    public static string PathOf(string uri) => new Uri(uri).LocalPath;

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;
}
