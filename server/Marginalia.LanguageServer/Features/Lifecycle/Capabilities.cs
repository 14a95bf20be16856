using System.Text.Json;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Lifecycle;

/// <summary>
/// What the server advertises, derived from what <see cref="Server"/> registered: adding a handler there is
/// enough for its capability to be announced, in the shape written here.
/// </summary>
public static class Capabilities
{
    /// <summary>The commands <c>workspace/executeCommand</c> accepts.</summary>
    public static readonly string[] Commands = [];

    /// <param name="client">What the client supports: options objects are only for clients that said they read them.</param>
    public static ServerCapabilities For(IReadOnlySet<string> methods, ClientCapabilities? client = null)
    {
        bool Has(string method) => methods.Contains(method);
        bool? Flag(string method) => Has(method) ? true : null;
        return new ServerCapabilities
        {
            TextDocumentSync = new TextDocumentSyncOptions(
                OpenClose: true, Change: TextDocumentSyncKind.Incremental, Save: new SaveOptions(IncludeText: false)),
            HoverProvider = Flag("textDocument/hover"),
            CompletionProvider = Has("textDocument/completion")
                ? new CompletionOptions(TriggerCharacters: ["[", "@"], ResolveProvider: Has("completionItem/resolve")) : null,
            DefinitionProvider = Flag("textDocument/definition"),
            ReferencesProvider = Flag("textDocument/references"),
            CodeActionProvider = !Has("textDocument/codeAction") ? null
                : Supports(client, "codeAction", "codeActionLiteralSupport") ? new CodeActionOptions(CodeActionKinds: [CodeActionKind.QuickFix]) : true,
            InlayHintProvider = Flag("textDocument/inlayHint"),
            CodeLensProvider = Has("textDocument/codeLens") ? new CodeLensOptions(ResolveProvider: false) : null,
            WorkspaceSymbolProvider = Flag("workspace/symbol"),
            RenameProvider = !Has("textDocument/rename") ? null
                : Has("textDocument/prepareRename") && Supports(client, "rename", "prepareSupport") ? new RenameOptions(PrepareProvider: true) : true,
            ExecuteCommandProvider = Has("workspace/executeCommand") ? new ExecuteCommandOptions(Commands) : null,
        };
    }

    /// <summary>Whether <c>textDocument.{feature}.{property}</c> is present and not false in the client's capabilities.</summary>
    private static bool Supports(ClientCapabilities? client, string feature, string property) =>
        client?.TextDocument is { ValueKind: JsonValueKind.Object } textDocument
        && textDocument.TryGetProperty(feature, out var capability) && capability.ValueKind == JsonValueKind.Object
        && capability.TryGetProperty(property, out var value) && value.ValueKind is not (JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined);
}
