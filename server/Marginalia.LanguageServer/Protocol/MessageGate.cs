using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Marginalia.LanguageServer.Protocol;

/// <summary>
/// The LSP base protocol (<c>Content-Length</c> frames over a pair of streams), admitting only well-formed
/// JSON-RPC: StreamJsonRpc ends the connection on a message it cannot read, so one bad frame would end the server.
/// A frame that is not JSON is answered with -32700 (parse error), one that is JSON but no JSON-RPC message —
/// a scalar, <c>{}</c>, a batch array, an id of the wrong type — with -32600 (invalid request), a request whose
/// <c>params</c> is neither an object nor an array with -32602 (invalid params); a response to no request of
/// ours is dropped. Each is logged and the next frame is read. A byte order mark before the JSON is skipped.
/// </summary>
public sealed class MessageGate(Stream output, Stream input, IJsonRpcMessageTextFormatter formatter, Action<string> log)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    /// <summary>A header block longer than this is no header: it is dropped up to its end.</summary>
    public const int MaxHeaderBytes = 16 * 1024;

    /// <summary>A message longer than this is skipped unread and refused: no LSP message is 256 MB.</summary>
    public const long MaxMessageBytes = 256L * 1024 * 1024;

    /// <summary>How deep a message's JSON may nest; LSP's deepest is a dozen levels.</summary>
    public const int MaxDepth = 128;

    // The ids of our own requests still awaiting an answer (workspace/configuration, client/registerCapability).
    private readonly ConcurrentDictionary<string, byte> _awaiting = new(StringComparer.Ordinal);

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var (body, problem) = await ReadFrameAsync(cancellationToken).ConfigureAwait(false);
            if (body is null && problem is null) return null; // the end of the stream
            var (message, refusal) = problem is not null ? (null, Refuse(RequestId.Null, JsonRpcErrorCode.ParseError, problem)) : Admit(body!);
            if (message is not null) return message;
            if (refusal is not null) await WriteAsync(refusal, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        if (content is JsonRpcRequest { IsResponseExpected: true } request) _awaiting[Key(request.RequestId)] = 0;
        base.Write(content, cancellationToken);
    }

    /// <summary>One frame's body, or why the frame could not be read; both null at the end of the stream.</summary>
    private async ValueTask<(byte[]? Body, string? Problem)> ReadFrameAsync(CancellationToken cancellationToken)
    {
        var pipe = Reader ?? throw new InvalidOperationException("the gate was made without an input stream");
        long? length;
        while (true)
        {
            var read = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            var headers = new SequenceReader<byte>(buffer);
            if (headers.TryReadTo(out ReadOnlySequence<byte> block, "\r\n\r\n"u8, advancePastDelimiter: true))
            {
                length = ContentLength(block); // before the buffer is given back
                pipe.AdvanceTo(headers.Position);
                if (length is null) return (null, "a frame without a valid Content-Length header");
                break;
            }
            if (read.IsCompleted)
            {
                pipe.AdvanceTo(buffer.End);
                return (null, null);
            }
            if (buffer.Length > MaxHeaderBytes)
            {
                pipe.AdvanceTo(buffer.End);
                return (null, $"a header block longer than {MaxHeaderBytes} bytes");
            }
            Reader.AdvanceTo(buffer.Start, buffer.End);
        }

        var skip = length > MaxMessageBytes;
        var remaining = length.Value;
        while (true)
        {
            var read = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (skip)
            {
                var taken = Math.Min(remaining, buffer.Length);
                pipe.AdvanceTo(buffer.GetPosition(taken));
                remaining -= taken;
                if (remaining == 0) return (null, $"a message of {length / (1024 * 1024)} MB; the limit is {MaxMessageBytes / (1024 * 1024)} MB");
            }
            else if (buffer.Length >= remaining)
            {
                var body = buffer.Slice(0, remaining).ToArray();
                pipe.AdvanceTo(buffer.GetPosition(remaining));
                return (body, null);
            }
            else Reader.AdvanceTo(buffer.Start, buffer.End);
            if (read.IsCompleted) return (null, null);
        }
    }

    private static long? ContentLength(ReadOnlySequence<byte> block)
    {
        long? length = null;
        foreach (var line in Encoding.ASCII.GetString(block).Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || !line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            if (!long.TryParse(line[(colon + 1)..].Trim(), out var value) || value < 0) return null;
            length = value;
        }
        return length;
    }

    /// <summary>A message StreamJsonRpc can read, or the error to answer instead (or neither: a dropped message).</summary>
    private (JsonRpcMessage? Message, JsonRpcError? Refusal) Admit(byte[] body)
    {
        var json = body.AsMemory();
        if (json.Span.StartsWith("\uFEFF"u8)) json = json[3..];
        // JSON is UTF-8; the parser leaves the bytes inside strings to whoever reads them, which would throw.
        if (!System.Text.Unicode.Utf8.IsValid(json.Span))
            return (null, Refuse(RequestId.Null, JsonRpcErrorCode.ParseError, "not JSON: bytes that are not UTF-8"));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            return (null, Refuse(RequestId.Null, JsonRpcErrorCode.ParseError, $"not JSON: {e.Message}"));
        }
        var id = RequestId.Null;
        try
        {
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Array)
                    return (null, Refuse(id, JsonRpcErrorCode.InvalidRequest, "a batch (a JSON array); the Language Server Protocol sends one message at a time"));
                if (root.ValueKind != JsonValueKind.Object)
                    return (null, Refuse(id, JsonRpcErrorCode.InvalidRequest, $"a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not a JSON-RPC message (an object)"));
                if (root.TryGetProperty("id", out var idElement))
                {
                    if (ToRequestId(idElement) is not { } known)
                        return (null, Refuse(id, JsonRpcErrorCode.InvalidRequest, "an id that is neither a number nor a string"));
                    id = known;
                }
                if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
                    return (null, Refuse(id, JsonRpcErrorCode.InvalidRequest, "a message without \"jsonrpc\": \"2.0\""));
                if (root.TryGetProperty("method", out var method))
                {
                    if (method.ValueKind != JsonValueKind.String)
                        return (null, Refuse(id, JsonRpcErrorCode.InvalidRequest, "a method that is not a string"));
                    if (root.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Null)
                    {
                        // "params": null is no structured value, but clients send it for "no params": read it as absent.
                        var node = System.Text.Json.Nodes.JsonNode.Parse(json.Span)!.AsObject();
                        node.Remove("params");
                        json = JsonSerializer.SerializeToUtf8Bytes(node);
                    }
                    else if (parameters.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Object or JsonValueKind.Array))
                    {
                        var problem = $"{method.GetString()}: params must be an object or an array, not a {parameters.ValueKind.ToString().ToLowerInvariant()}";
                        if (!id.IsEmpty && !id.IsNull) return (null, Refuse(id, JsonRpcErrorCode.InvalidParams, problem));
                        log($"[Warning] notification dropped: {problem}");
                        return (null, null);
                    }
                }
                else if (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _))
                {
                    if (id.IsNull || !_awaiting.TryRemove(Key(id), out _))
                    {
                        log($"[Warning] a response to no request of the server's (id {Key(id)}) was dropped");
                        return (null, null);
                    }
                }
                else return (null, Refuse(id, JsonRpcErrorCode.InvalidRequest, "neither a request, a notification nor a response (no method, result or error)"));
            }
        }
        catch (InvalidOperationException e)
        {
            // A name or string escaping half a surrogate pair (\ud800) where the gate must read it as text.
            return (null, Refuse(id, JsonRpcErrorCode.InvalidRequest, $"a message that cannot be read: {e.Message}"));
        }
        try
        {
            return (Formatter is IJsonRpcMessageTextFormatter text
                ? text.Deserialize(new ReadOnlySequence<byte>(json), Encoding.UTF8)
                : Formatter.Deserialize(new ReadOnlySequence<byte>(json)), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            return (null, Refuse(id, JsonRpcErrorCode.InvalidRequest, $"a message that cannot be read: {e.Message}"));
        }
    }

    private JsonRpcError Refuse(RequestId id, JsonRpcErrorCode code, string problem)
    {
        log($"[Warning] refused {problem} ({(int)code})");
        return new JsonRpcError { RequestId = id, Error = new JsonRpcError.ErrorDetail { Code = code, Message = $"Refused {problem}." } };
    }

    private static RequestId? ToRequestId(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.String => new RequestId(id.GetString()),
        JsonValueKind.Number when id.TryGetInt64(out var number) => new RequestId(number),
        JsonValueKind.Null => RequestId.Null,
        _ => null,
    };

    private static string Key(RequestId id) => id.Number is { } number ? $"n{number}" : $"s{id.String}";
}
