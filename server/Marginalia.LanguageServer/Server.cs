using System.Reflection;
using System.Text.Json;
using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Features;
using Marginalia.LanguageServer.Features.CodeActions;
using Marginalia.LanguageServer.Features.CodeLens;
using Marginalia.LanguageServer.Features.Completion;
using Marginalia.LanguageServer.Features.Definition;
using Marginalia.LanguageServer.Features.Diagnostics;
using Marginalia.LanguageServer.Features.Hover;
using Marginalia.LanguageServer.Features.InlayHints;
using Marginalia.LanguageServer.Features.Lifecycle;
using Marginalia.LanguageServer.Features.References;
using Marginalia.LanguageServer.Features.Rename;
using Marginalia.LanguageServer.Features.Symbols;
using Marginalia.LanguageServer.Features.Sync;
using Marginalia.LanguageServer.Features.Timeline;
using Marginalia.LanguageServer.Features.Workspace;
using Marginalia.LanguageServer.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace Marginalia.LanguageServer;

/// <summary>
/// The language server: one JSON-RPC connection over a pair of streams, and every LSP method it answers,
/// registered in the constructor. Each handler is wrapped so that the lifecycle rules hold, bad params are
/// refused, and an exception becomes an error response (and a log line) instead of the end of the server.
/// </summary>
public sealed class Server : IDisposable
{
    private readonly JsonRpc _rpc;
    private readonly ServerLifecycle _lifecycle = new();
    private readonly HashSet<string> _methods = new(StringComparer.Ordinal);
    private bool _started;

    public Server(Stream input, Stream output, TextWriter? stderr = null)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.CreateOptions() };
        var log = stderr ?? Console.Error;
        // The gate answers what is not JSON-RPC instead of letting StreamJsonRpc end the connection over it.
        _rpc = new JsonRpc(new MessageGate(output, input, formatter, line => { lock (log) log.WriteLine(line); }))
        {
            // didOpen/didChange must reach the document store in the order sent; this context runs each
            // handler's synchronous part in arrival order, while the async remainders may still overlap.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        Client = new LanguageClient(_rpc, log);
        Listeners = new WorkspaceListeners(Client);
        Session = new WorkspaceSession(Client);
        Documents = new EditorDocuments(Session);

        // Lifecycle
        Register("initialize", new InitializeHandler(Client, _lifecycle, _methods));
        RegisterNotification("initialized", new InitializedHandler(Client, Session, Listeners));
        Register("shutdown", new ShutdownHandler(_lifecycle));
        RegisterNotification("exit", new ExitHandler(_lifecycle));

        // Document sync
        RegisterNotification("textDocument/didOpen", new DidOpenHandler(Session, Listeners));
        RegisterNotification("textDocument/didChange", new DidChangeHandler(Session, Listeners));
        RegisterNotification("textDocument/didSave", new DidSaveHandler(Listeners));
        RegisterNotification("textDocument/didClose", new DidCloseHandler(Session, Listeners));

        // Language features: one line each; the capability is then advertised by Capabilities.For.
        Register("textDocument/hover", new HoverHandler(Session));
        Register("textDocument/completion", new CompletionHandler(Session, Client));
        Register("completionItem/resolve", new CompletionResolveHandler(Session));
        Register("textDocument/definition", new DefinitionHandler(Session));
        Register("textDocument/references", new ReferencesHandler(Session));
        Register("textDocument/codeAction", new CodeActionHandler(Session));
        Register("textDocument/inlayHint", new InlayHintHandler(Session));
        Register("textDocument/codeLens", new CodeLensHandler(Session));
        Listeners.Add(new CodeLensRefresher(Session, Client));
        Register("textDocument/prepareRename", new PrepareRenameHandler(Session));
        Register("textDocument/rename", new RenameHandler(Session));
        Register("workspace/symbol", new WorkspaceSymbolHandler(Session));

        // Workspace
        Register("marginalia/checkWorkspace", new CheckWorkspaceHandler(Session));
        Register("marginalia/timeline", new TimelineHandler(Session));
        RegisterNotification("workspace/didChangeConfiguration", new DidChangeConfigurationHandler(Session, Listeners));
        RegisterNotification("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesHandler(Session, Listeners));
    }

    /// <summary>Server → client: diagnostics, logs, status, configuration, registrations.</summary>
    public LanguageClient Client { get; }

    /// <summary>The documents open in the editor, as the newest snapshot has them.</summary>
    public EditorDocuments Documents { get; }

    /// <summary>The papers and notes, and the findings published for them: the workspace's state and its one writer.</summary>
    public WorkspaceSession Session { get; }

    /// <summary>Others subscribe here to hear about opened, changed and closed documents (the workspace itself hears through its writer).</summary>
    public WorkspaceListeners Listeners { get; }

    public IReadOnlySet<string> Methods => _methods;

    /// <summary>Serves until <c>exit</c> (0 after <c>shutdown</c>, else 1) or until the client goes away (1).</summary>
    public async Task<int> RunAsync()
    {
        _started = true;
        _rpc.StartListening();
        await Task.WhenAny(_lifecycle.Exited, _rpc.Completion);
        if (_rpc.Completion is { IsFaulted: true } failed)
            Client.LogFailure("connection", null, failed.Exception!.GetBaseException());
        _rpc.Dispose();
        Session.Stop();
        return _lifecycle.Exited.IsCompletedSuccessfully ? _lifecycle.Exited.Result : 1;
    }

    public void Dispose()
    {
        _rpc.Dispose();
        Session.Stop();
    }

    /// <summary>Adds a request method. Only before <see cref="RunAsync"/>.</summary>
    public void Register<TParams, TResult>(string method, IRequestHandler<TParams, TResult> handler) =>
        Add(method, async (raw, cancellationToken) =>
        {
            AdmitRequest(method);
            var request = Read<TParams>(method, raw);
            try
            {
                var result = await handler.Handle(request, cancellationToken);
                // Serialized once, by the connection's formatter (the same LSP options), not here as well.
                return (object?)result;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw; // answered as RequestCancelled by StreamJsonRpc
            }
            catch (Exception e) when (e is not LocalRpcException)
            {
                var path = DocumentPath(raw);
                Client.LogFailure(method, path, e);
                throw Error(ErrorCodes.RequestFailed, $"{method} failed{(path is null ? "" : $" for {path}")}: {e.Message}");
            }
        });

    /// <summary>Adds a notification method. Only before <see cref="RunAsync"/>.</summary>
    public void RegisterNotification<TParams>(string method, INotificationHandler<TParams> handler) =>
        Add(method, async (raw, cancellationToken) =>
        {
            // Before initialize and after shutdown, the specification says to drop notifications (but exit).
            if (method != "exit" && _lifecycle.State != LifecycleState.Running) return Null;
            try
            {
                await handler.Handle(Read<TParams>(method, raw), cancellationToken);
            }
            catch (LocalRpcException e) when (e.ErrorCode == ErrorCodes.InvalidParams)
            {
                // A notification gets no answer: its params are refused in the log, as a request's would be to the client.
                await Client.LogAsync(MessageType.Warning, $"notification dropped: {e.Message}");
            }
            catch (Exception e)
            {
                Client.LogFailure(method, DocumentPath(raw), e);
            }
            return Null;
        });

    private void AdmitRequest(string method)
    {
        var state = _lifecycle.State;
        if (method == "initialize" && state != LifecycleState.WaitingForInitialize)
            throw Error(ErrorCodes.InvalidRequest, "initialize was already received.");
        if (state == LifecycleState.WaitingForInitialize && method != "initialize")
            throw Error(ErrorCodes.ServerNotInitialized, $"{method} came before initialize.");
        if (state == LifecycleState.ShutDown)
            throw Error(ErrorCodes.InvalidRequest, $"{method} came after shutdown.");
    }

    private static TParams Read<TParams>(string method, JsonElement? raw)
    {
        if (typeof(TParams) == typeof(NoParams)) return default!;
        if (raw is not { ValueKind: JsonValueKind.Object or JsonValueKind.Array } json)
            throw Error(ErrorCodes.InvalidParams, $"{method} needs params.");
        try
        {
            return json.Deserialize<TParams>(LspJson.Options) ?? throw Error(ErrorCodes.InvalidParams, $"{method} needs params.");
        }
        catch (JsonException e)
        {
            throw Error(ErrorCodes.InvalidParams, $"Invalid params for {method}: {e.Message}");
        }
    }

    /// <summary>The path of the document a message is about, for log lines.</summary>
    private static string? DocumentPath(JsonElement? raw) =>
        raw is { ValueKind: JsonValueKind.Object } json
        && json.TryGetProperty("textDocument", out var document) && document.ValueKind == JsonValueKind.Object
        && document.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String
            ? DocumentUris.ToKey(uri.GetString()!)
            : null;

    private static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };

    private static readonly object? Null = null;

    private void Add(string method, Func<JsonElement?, CancellationToken, Task<object?>> run)
    {
        if (_started) throw new InvalidOperationException($"{method}: handlers are registered before the server runs.");
        if (!_methods.Add(method)) throw new InvalidOperationException($"{method} is registered twice.");
        _rpc.AddLocalRpcMethod(Endpoint.Invoke, new Endpoint(run),
            new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }

    /// <summary>A real method for StreamJsonRpc to bind to: the whole params object, raw, and the cancellation token.</summary>
    private sealed class Endpoint(Func<JsonElement?, CancellationToken, Task<object?>> run)
    {
        public static readonly MethodInfo Invoke = typeof(Endpoint).GetMethod(nameof(InvokeAsync))!;

        public Task<object?> InvokeAsync(JsonElement? @params = null, CancellationToken cancellationToken = default) =>
            run(@params, cancellationToken);
    }
}
