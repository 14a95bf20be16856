using Marginalia.Core.Checks;
using Marginalia.Core.Sources;
using Marginalia.LanguageServer.Features.Diagnostics;
using Marginalia.LanguageServer.Protocol;
using TextEdit = Marginalia.LanguageServer.Protocol.TextEdit;

namespace Marginalia.LanguageServer.Features.CodeActions;

/// <summary><c>textDocument/codeAction</c>: the fixes of the findings under the cursor or selection, as quick fixes.</summary>
public sealed class CodeActionHandler(WorkspaceSession session) : IRequestHandler<CodeActionParams, CodeAction[]>
{
    public async Task<CodeAction[]> Handle(CodeActionParams request, CancellationToken cancellationToken)
    {
        if (request.Context?.Only is { } only && !only.Any(IsQuickFix)) return [];
        var document = await RequestDocument.ResolveAsync(session, request.TextDocument, cancellationToken).ConfigureAwait(false);
        if (document.Note is not { } note) return [];
        var range = request.Range.ToSource();
        return [.. note.Findings.Where(f => Touches(f.Range, range)).SelectMany(f => Actions(request.TextDocument.Uri, f))];
    }

    private static IEnumerable<CodeAction> Actions(string uri, Finding finding) =>
        finding.Fixes.Select(fix => new CodeAction
        {
            Title = fix.Title,
            Kind = CodeActionKind.QuickFix,
            Diagnostics = [DiagnosticMapper.ToDiagnostic(finding)],
            IsPreferred = fix.IsPreferred ? true : null,
            Edit = new WorkspaceEdit(new Dictionary<string, TextEdit[]>
            {
                [uri] = [.. fix.Edits.Select(e => new TextEdit(e.Range.ToProtocol(), e.NewText))],
            }),
        });

    /// <summary>"quickfix" itself, or a kind it belongs to ("" would be every kind; LSP kinds are dotted hierarchies).</summary>
    private static bool IsQuickFix(string kind) =>
        kind == CodeActionKind.QuickFix || CodeActionKind.QuickFix.StartsWith(kind + ".", StringComparison.Ordinal);

    /// <summary>Intersects, counting a cursor at either end of a finding as on it.</summary>
    private static bool Touches(SourceRange finding, SourceRange request) =>
        finding.Start <= request.End && request.Start <= finding.End;
}
