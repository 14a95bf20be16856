using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Completion;

/// <summary>
/// <c>completionItem/resolve</c>: the card of the event or actor an item names, when the editor shows it. The item's
/// label is the id and its kind says which (<see cref="CompletionHandler.KindOf"/>), so items carry no <c>data</c>.
/// </summary>
public sealed class CompletionResolveHandler(WorkspaceSession session) : IRequestHandler<CompletionItem, CompletionItem>
{
    public async Task<CompletionItem> Handle(CompletionItem item, CancellationToken cancellationToken)
    {
        if (item.Documentation is not null || item.Kind is not (CompletionItemKind.Event or CompletionItemKind.Class)) return item;
        var snapshot = await session.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var cards = session.CardsFor(snapshot.Notes!);
        var knowledge = snapshot.Library!.Knowledge;
        var card = item.Kind == CompletionItemKind.Class
            ? knowledge.FindActor(item.Label) is { } actor ? cards.ForActor(actor) : null
            : knowledge.FindEvent(item.Label) is { } e ? cards.ForEvent(e) : null;
        return card is null ? item : item with { Documentation = MarkupContent.Markdown(card) };
    }
}
