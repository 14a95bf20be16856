using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Hover;

/// <summary><c>textDocument/hover</c>: the card of the event, actor or date under the cursor.</summary>
public sealed class HoverHandler(WorkspaceSession session) : IRequestHandler<TextDocumentPositionParams, Protocol.Hover?>
{
    public async Task<Protocol.Hover?> Handle(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        var document = await RequestDocument.ResolveAsync(session, request.TextDocument, cancellationToken).ConfigureAwait(false);
        if (document.Note is not { } note) return null;
        var cards = session.CardsFor(document.Index);
        return NoteHover.At(note, request.Position.ToSource(), cards) is { } card
            ? new Protocol.Hover(MarkupContent.Markdown(card.Markdown), card.Range.ToProtocol())
            : null;
    }
}
