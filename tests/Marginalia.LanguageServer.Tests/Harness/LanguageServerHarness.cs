using System.Text.Json;
using Marginalia.LanguageServer.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Marginalia.LanguageServer.Tests;

/// <summary>
/// The real <see cref="Server"/> and a JSON-RPC client in one process, over in-memory streams, framed and
/// serialized exactly as over stdio. Collects what the server pushes; answers what it asks.
/// </summary>
public sealed class LanguageServerHarness : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly JsonRpc _client;

    /// <param name="configure">Runs before the server starts: register test handlers or listeners here.</param>
    public LanguageServerHarness(Action<Server>? configure = null)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        Server = new Server(serverStream, serverStream, Stderr);
        CancellableRequest = TestHandlers.Register(Server);
        configure?.Invoke(Server);
        Run = Server.RunAsync();

        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.CreateOptions() };
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        On<PublishDiagnosticsParams>("textDocument/publishDiagnostics", Diagnostics.Add);
        On<LogMessageParams>("window/logMessage", Logs.Add);
        On<ShowMessageParams>("window/showMessage", Messages.Add);
        On<MarginaliaStatus>("marginalia/status", Statuses.Add);
        Answer<RegistrationParams, object?>("client/registerCapability", r => { Registrations.Add(r); return null; });
        Answer<ConfigurationParams, Task<object?[]>>("workspace/configuration", async request =>
        {
            if (ConfigurationHeld is { } held) await held;
            return [.. request.Items.Select(item => item.Section is { } s ? Settings.GetValueOrDefault(s) : null)];
        });
        _client.AddLocalRpcMethod("workspace/codeLens/refresh", new Func<object?>(() => { CodeLensRefreshes.Add(DateTime.UtcNow); return null; }));
        _client.StartListening();
    }

    public Server Server { get; }

    /// <summary>The handler behind <see cref="TestHandlers.WaitForCancel"/>.</summary>
    public TestHandlers.WaitForCancelHandler CancellableRequest { get; }

    /// <summary>The server's exit code, once it has ended.</summary>
    public Task<int> Run { get; }

    /// <summary>What the server wrote to stderr.</summary>
    public StringWriter Stderr { get; } = new();

    public Notifications<PublishDiagnosticsParams> Diagnostics { get; } = new();
    public Notifications<LogMessageParams> Logs { get; } = new();
    public Notifications<ShowMessageParams> Messages { get; } = new();
    public Notifications<MarginaliaStatus> Statuses { get; } = new();
    public Notifications<RegistrationParams> Registrations { get; } = new();

    /// <summary>Each <c>workspace/codeLens/refresh</c> the server asked for, when it came.</summary>
    public Notifications<DateTime> CodeLensRefreshes { get; } = new();

    /// <summary>When set, <c>workspace/configuration</c> is answered only once this completes (never, for a client that hangs).</summary>
    public Task? ConfigurationHeld { get; set; }

    /// <summary>Answers to <c>workspace/configuration</c>, by section; absent sections answer null.</summary>
    public Dictionary<string, object?> Settings { get; } = [];

    /// <summary>What this client claims to support unless a test says otherwise.</summary>
    public static ClientCapabilities DefaultCapabilities { get; } = new()
    {
        Workspace = new WorkspaceClientCapabilities
        {
            Configuration = true,
            WorkspaceFolders = true,
            DidChangeWatchedFiles = new DidChangeWatchedFilesClientCapabilities(DynamicRegistration: true),
        },
    };

    public static string FileUri(string path) => DocumentUris.FromPath(path);

    /// <summary><c>initialize</c> then <c>initialized</c>, as an editor does.</summary>
    public async Task<InitializeResult> InitializeAsync(string? rootFolder = null, ClientCapabilities? capabilities = null)
    {
        var root = rootFolder is null ? null : FileUri(rootFolder);
        var result = await RequestAsync<InitializeResult>("initialize", new InitializeParams
        {
            ProcessId = Environment.ProcessId,
            ClientInfo = new ClientInfo("harness"),
            RootUri = root,
            WorkspaceFolders = root is null ? null : [new WorkspaceFolder(root, Path.GetFileName(rootFolder!))],
            Capabilities = capabilities ?? DefaultCapabilities,
        });
        await NotifyAsync("initialized", new { });
        return result;
    }

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "markdown") =>
        NotifyAsync("textDocument/didOpen",
            new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, version, text)));

    public Task ChangeAsync(string uri, int version, params TextDocumentContentChangeEvent[] changes) =>
        NotifyAsync("textDocument/didChange",
            new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));

    public Task SaveAsync(string uri) =>
        NotifyAsync("textDocument/didSave", new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));

    public Task CloseAsync(string uri) =>
        NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));

    /// <summary>The document text as the server now holds it (null if not open), after every earlier notification.</summary>
    public Task<string?> TextAsync(string uri) =>
        RequestAsync<string?>(TestHandlers.Text, new TextDocumentIdentifier(uri));

    public Task<T> RequestAsync<T>(string method, object? parameters = null, CancellationToken cancellationToken = default, TimeSpan? timeout = null) =>
        _client.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken)
            .WaitAsync(timeout ?? DefaultTimeout, cancellationToken);

    public Task NotifyAsync(string method, object? parameters = null) =>
        _client.NotifyWithParameterObjectAsync(method, parameters);

    public Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(
        string uri, Func<PublishDiagnosticsParams, bool>? match = null, TimeSpan? timeout = null) =>
        Diagnostics.WaitForAsync(d => d.Uri == uri && (match?.Invoke(d) ?? true), timeout);

    /// <summary><c>shutdown</c>, <c>exit</c>, and the exit code the server ended with.</summary>
    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync<JsonElement>("shutdown");
        return await ExitAsync();
    }

    public async Task<int> ExitAsync()
    {
        await NotifyAsync("exit");
        return await Run.WaitAsync(DefaultTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        try { await Run.WaitAsync(DefaultTimeout); }
        finally { Server.Dispose(); }
    }

    private void On<T>(string method, Action<T> handle) =>
        _client.AddLocalRpcMethod(handle.Method, handle.Target,
            new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    private void Answer<T, TResult>(string method, Func<T, TResult> handle) =>
        _client.AddLocalRpcMethod(handle.Method, handle.Target,
            new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
}
