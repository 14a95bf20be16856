using System.Text;
using System.Text.Json;
using Nerdbank.Streams;

namespace Marginalia.LanguageServer.Tests;

/// <summary>
/// The real <see cref="Server"/> spoken to byte by byte: frames written as given (lies included), frames read back
/// as JSON. For what a JSON-RPC library would never send.
/// </summary>
public sealed class RawConnection : IAsyncDisposable
{
    private readonly Stream _client;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly MemoryStream _pending = new();

    public RawConnection()
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        _client = clientStream;
        Server = new Server(serverStream, serverStream, Stderr);
        TestHandlers.Register(Server);
        Run = Server.RunAsync();
    }

    public Server Server { get; }
    public Task<int> Run { get; }
    public StringWriter Stderr { get; } = new();

    public Task SendAsync(string json, bool bom = false)
    {
        var body = Encoding.UTF8.GetBytes(json);
        if (bom) body = [.. "\uFEFF"u8, .. body];
        return SendFrameAsync($"Content-Length: {body.Length}\r\n\r\n", body);
    }

    public async Task SendFrameAsync(string headers, byte[] body)
    {
        await _client.WriteAsync(Encoding.ASCII.GetBytes(headers));
        await _client.WriteAsync(body);
        await _client.FlushAsync();
    }

    public Task RequestAsync(int id, string method, object? parameters) =>
        SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", id, method, @params = parameters }));

    public Task NotifyAsync(string method, object? parameters) =>
        SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", method, @params = parameters }));

    /// <summary>The next response (a message with no method), skipping the server's notifications; fails after 5 s.</summary>
    public async Task<JsonElement> ResponseAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (true)
        {
            var message = await ReadFrameAsync(timeout.Token);
            if (!message.TryGetProperty("method", out _)) return message;
        }
    }

    public async Task InitializeAsync()
    {
        await RequestAsync(1, "initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } });
        Assert.True((await ResponseAsync()).TryGetProperty("result", out _));
        await NotifyAsync("initialized", new { });
    }

    /// <summary>Whether the server still answers a request, and answers it right.</summary>
    public async Task AssertAliveAsync(int id = 1000)
    {
        await RequestAsync(id, "workspace/symbol", new { query = "withdrawal" });
        var response = await ResponseAsync();
        Assert.Equal(id, response.GetProperty("id").GetInt32());
        Assert.False(Run.IsCompleted);
    }

    private async Task<JsonElement> ReadFrameAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var data = _pending.ToArray();
            var text = Encoding.ASCII.GetString(data);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                var length = int.Parse(text[..end].Split("\r\n").Single(h => h.StartsWith("Content-Length:")).Split(':')[1].Trim());
                if (data.Length >= end + 4 + length)
                {
                    var body = data.AsSpan(end + 4, length).ToArray();
                    _pending.SetLength(0);
                    _pending.Write(data, end + 4 + length, data.Length - end - 4 - length);
                    return JsonDocument.Parse(body).RootElement.Clone();
                }
            }
            var read = await _client.ReadAsync(_buffer, cancellationToken);
            if (read == 0) throw new EndOfStreamException("the server closed the connection");
            _pending.Write(_buffer, 0, read);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        try { await Run.WaitAsync(TimeSpan.FromSeconds(10)); }
        finally { Server.Dispose(); }
    }
}
