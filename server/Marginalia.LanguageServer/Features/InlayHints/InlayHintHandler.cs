using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.InlayHints;

/// <summary><c>textDocument/inlayHint</c>: the paper's date after each event reference in the range.</summary>
public sealed class InlayHintHandler(WorkspaceSession session) : IRequestHandler<InlayHintParams, InlayHint[]>
{
    public async Task<InlayHint[]> Handle(InlayHintParams request, CancellationToken cancellationToken)
    {
        var document = await RequestDocument.ResolveAsync(session, request.TextDocument, cancellationToken).ConfigureAwait(false);
        if (document.Note is not { } note) return [];
        return [.. Core.Workspace.InlayHints.In(note, request.Range.ToSource())
            .Select(h => new InlayHint(h.Position.ToProtocol(), h.Label, Tooltip: h.Tooltip, PaddingLeft: true))];
    }
}
