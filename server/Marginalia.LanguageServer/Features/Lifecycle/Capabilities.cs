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

    public static ServerCapabilities For(IReadOnlySet<string> methods)
    {
        bool Has(string method) => methods.Contains(method);
        bool? Flag(string method) => Has(method) ? true : null;
        return new ServerCapabilities
        {
            TextDocumentSync = new TextDocumentSyncOptions(
                OpenClose: true, Change: TextDocumentSyncKind.Incremental, Save: new SaveOptions(IncludeText: false)),
            HoverProvider = Flag("textDocument/hover"),
            CompletionProvider = Has("textDocument/completion")
                ? new CompletionOptions(TriggerCharacters: ["[", "@"], ResolveProvider: false) : null,
            DefinitionProvider = Flag("textDocument/definition"),
            ReferencesProvider = Flag("textDocument/references"),
            CodeActionProvider = Has("textDocument/codeAction")
                ? new CodeActionOptions(CodeActionKinds: [CodeActionKind.QuickFix]) : null,
            InlayHintProvider = Flag("textDocument/inlayHint"),
            WorkspaceSymbolProvider = Flag("workspace/symbol"),
            RenameProvider = Has("textDocument/rename")
                ? new RenameOptions(PrepareProvider: Has("textDocument/prepareRename")) : null,
            ExecuteCommandProvider = Has("workspace/executeCommand") ? new ExecuteCommandOptions(Commands) : null,
        };
    }
}
