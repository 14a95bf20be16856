using System.Text.Json;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Completion;

/// <summary><c>completionItem/resolve</c>: the card of the event or actor an item names, when the editor shows it.</summary>
public sealed class CompletionResolveHandler(WorkspaceSession session) : IRequestHandler<CompletionItem, CompletionItem>
{
    public async Task<CompletionItem> Handle(CompletionItem item, CancellationToken cancellationToken)
    {
        if (item.Documentation is not null || item.Data is not JsonElement { ValueKind: JsonValueKind.Object } raw
            || raw.Deserialize<CompletionData>(LspJson.Options) is not { } data) return item;
        var index = await session.IndexAsync(cancellationToken).ConfigureAwait(false);
        var cards = session.CardsFor(index);
        var card = data.Kind == "actor"
            ? index.Library.Knowledge.FindActor(data.Id) is { } actor ? cards.ForActor(actor) : null
            : index.Library.Knowledge.FindEvent(data.Id) is { } e ? cards.ForEvent(e) : null;
        return card is null ? item : item with { Documentation = MarkupContent.Markdown(card) };
    }
}
