using System.Text.Json;
using StreamJsonRpc;

namespace Marginalia.Benchmarks.FloorServer;

/// <summary>
/// The floor: a language server on Marginalia's stack (StreamJsonRpc, Content-Length framing,
/// System.Text.Json) that does no work. Every measured request gets a constant answer, and every
/// note gets an empty diagnostics notification, so the protocol benchmark's figures for it are what
/// the runtime, the stack and the pipe cost. `check` exits at once: the floor of a CLI run.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["check", ..]) return 0;
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) };
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(Console.OpenStandardOutput(), Console.OpenStandardInput(), formatter));
        var floor = new FloorTarget(rpc);
        rpc.AddLocalRpcTarget(floor, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        await Task.WhenAny(floor.Exited, rpc.Completion);
        return 0;
    }
}

public sealed class FloorTarget(JsonRpc rpc)
{
    private static readonly JsonElement Capabilities = JsonDocument.Parse("""
        {"capabilities":{"textDocumentSync":{"openClose":true,"change":2},"hoverProvider":true,
         "completionProvider":{"triggerCharacters":["[","@"]},"definitionProvider":true,"referencesProvider":true,"inlayHintProvider":true},
         "serverInfo":{"name":"floor"}}
        """).RootElement;
    private static readonly JsonElement Hover = JsonDocument.Parse("""{"contents":{"kind":"markdown","value":"**floor**"}}""").RootElement;
    private static readonly JsonElement Completion = JsonDocument.Parse("""{"isIncomplete":false,"items":[{"label":"floor"}]}""").RootElement;
    private static readonly JsonElement Locations = JsonDocument.Parse("""[{"uri":"file:///floor.md","range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}}}]""").RootElement;
    private static readonly JsonElement Timeline = JsonDocument.Parse("""{"events":[],"actors":[],"claims":[]}""").RootElement;
    private static readonly JsonElement Hints = JsonDocument.Parse("""[{"position":{"line":0,"character":0},"label":"floor"}]""").RootElement;

    private readonly TaskCompletionSource _exited = new();
    public Task Exited => _exited.Task;

    [JsonRpcMethod("initialize")]
    public JsonElement Initialize(JsonElement request)
    {
        _root = request.TryGetProperty("rootUri", out var uri) && uri.ValueKind == JsonValueKind.String ? new Uri(uri.GetString()!).LocalPath : null;
        return Capabilities;
    }

    private string? _root;

    /// <summary>An empty diagnostics notification for every note: the protocol's share of publishing them.</summary>
    [JsonRpcMethod("initialized")]
    public async Task Initialized(JsonElement _)
    {
        if (_root is null) return;
        foreach (var path in Directory.EnumerateFiles(_root, "*.md", SearchOption.AllDirectories))
            await rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new { uri = new Uri(path).AbsoluteUri, diagnostics = Array.Empty<object>() });
    }

    [JsonRpcMethod("textDocument/didOpen")]
    public Task DidOpen(JsonElement request) => Publish(request);

    [JsonRpcMethod("textDocument/didChange")]
    public Task DidChange(JsonElement request) => Publish(request);

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(JsonElement _) { }

    [JsonRpcMethod("textDocument/hover")]
    public JsonElement HoverAt(JsonElement _) => Hover;

    [JsonRpcMethod("textDocument/completion")]
    public JsonElement Complete(JsonElement _) => Completion;

    [JsonRpcMethod("textDocument/definition")]
    public JsonElement Definition(JsonElement _) => Locations;

    [JsonRpcMethod("textDocument/references")]
    public JsonElement References(JsonElement _) => Locations;

    [JsonRpcMethod("textDocument/inlayHint")]
    public JsonElement InlayHints(JsonElement _) => Hints;

    [JsonRpcMethod("marginalia/timeline")]
    public JsonElement TimelineOf(JsonElement _) => Timeline;

    [JsonRpcMethod("shutdown")]
    public object? Shutdown() => null;

    [JsonRpcMethod("exit")]
    public void Exit() => _exited.TrySetResult();

    private Task Publish(JsonElement request)
    {
        var document = request.GetProperty("textDocument");
        return rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new
        {
            uri = document.GetProperty("uri").GetString(),
            version = document.TryGetProperty("version", out var v) ? v.GetInt32() : (int?)null,
            diagnostics = Array.Empty<object>(),
        });
    }
}
