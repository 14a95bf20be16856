using System.Text.Json;

namespace Marginalia.LanguageServer.Protocol;

public sealed record InitializeParams
{
    public int? ProcessId { get; init; }
    public ClientInfo? ClientInfo { get; init; }
    public string? Locale { get; init; }
    public string? RootPath { get; init; }
    public string? RootUri { get; init; }
    public JsonElement? InitializationOptions { get; init; }
    public required ClientCapabilities Capabilities { get; init; }
    public string? Trace { get; init; }
    public WorkspaceFolder[]? WorkspaceFolders { get; init; }
}

public sealed record ClientInfo(string Name, string? Version = null);

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>Typed where the server reads it; the rest kept as raw JSON.</summary>
public sealed record ClientCapabilities
{
    public WorkspaceClientCapabilities? Workspace { get; init; }
    public JsonElement? TextDocument { get; init; }
    public JsonElement? Window { get; init; }
    public JsonElement? General { get; init; }
    public JsonElement? Experimental { get; init; }
}

public sealed record WorkspaceClientCapabilities
{
    public bool? ApplyEdit { get; init; }
    public bool? WorkspaceFolders { get; init; }
    public bool? Configuration { get; init; }
    public DynamicRegistrationCapabilities? DidChangeConfiguration { get; init; }
    public DidChangeWatchedFilesClientCapabilities? DidChangeWatchedFiles { get; init; }
    public RefreshClientCapabilities? CodeLens { get; init; }
}

/// <summary><c>workspace.codeLens</c>: whether the client asks again for code lenses on <c>workspace/codeLens/refresh</c>.</summary>
public sealed record RefreshClientCapabilities(bool? RefreshSupport = null);

public sealed record DynamicRegistrationCapabilities(bool? DynamicRegistration = null);

public sealed record DidChangeWatchedFilesClientCapabilities(
    bool? DynamicRegistration = null,
    bool? RelativePatternSupport = null);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo? ServerInfo = null);

public sealed record ServerInfo(string Name, string? Version = null);

public sealed record ServerCapabilities
{
    public TextDocumentSyncOptions? TextDocumentSync { get; init; }
    public bool? HoverProvider { get; init; }
    public CompletionOptions? CompletionProvider { get; init; }
    public bool? DefinitionProvider { get; init; }
    public bool? ReferencesProvider { get; init; }
    /// <summary><c>true</c>, or <see cref="CodeActionOptions"/> for a client that supports code action literals.</summary>
    public object? CodeActionProvider { get; init; }
    public bool? InlayHintProvider { get; init; }
    public CodeLensOptions? CodeLensProvider { get; init; }
    public bool? WorkspaceSymbolProvider { get; init; }
    /// <summary><c>true</c>, or <see cref="RenameOptions"/> for a client that supports prepareRename.</summary>
    public object? RenameProvider { get; init; }
    public ExecuteCommandOptions? ExecuteCommandProvider { get; init; }
}

public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change, SaveOptions? Save = null);

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed record SaveOptions(bool? IncludeText = null);

public sealed record CompletionOptions(string[]? TriggerCharacters = null, bool? ResolveProvider = null);

public sealed record CodeActionOptions(string[]? CodeActionKinds = null, bool? ResolveProvider = null);

public sealed record CodeLensOptions(bool? ResolveProvider = null);

public sealed record RenameOptions(bool? PrepareProvider = null);

public sealed record ExecuteCommandOptions(string[] Commands);
