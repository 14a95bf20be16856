using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Completion;

/// <summary>What a completion item carries to <c>completionItem/resolve</c>: which card to write.</summary>
public sealed record CompletionData(string Kind, string Id);

/// <summary><c>textDocument/completion</c>: event and actor ids after <c>[[</c>, <c>[@</c>, <c>@</c>; the paper's date inside a wrong one.</summary>
public sealed class CompletionHandler(WorkspaceSession session) : IRequestHandler<CompletionParams, CompletionList>
{
    private static readonly CompletionList Empty = new(IsIncomplete: false, []);

    public async Task<CompletionList> Handle(CompletionParams request, CancellationToken cancellationToken)
    {
        var index = await session.IndexAsync(cancellationToken).ConfigureAwait(false);
        if (index.Get(DocumentUris.ToKey(request.TextDocument.Uri)) is not { } note) return Empty;
        var cards = session.CardsFor(index);
        var suggestions = CompletionSource.At(note, request.Position.ToSource(), cards, cancellationToken);
        return new CompletionList(IsIncomplete: false, [.. suggestions.Select(ToItem)]);
    }

    private static CompletionItem ToItem(Suggestion s) => new()
    {
        Label = s.Label,
        Kind = s.Kind switch
        {
            SuggestionKind.Event => CompletionItemKind.Event,
            SuggestionKind.Actor => CompletionItemKind.Class,
            _ => CompletionItemKind.Value,
        },
        Detail = s.Detail,
        // An event's or actor's card is long: sent when the editor shows the item (completionItem/resolve), not in the list.
        Documentation = s.Kind == SuggestionKind.Date ? MarkupContent.Markdown(s.Documentation) : null,
        Data = s.Kind == SuggestionKind.Date ? null : new CompletionData(s.Kind == SuggestionKind.Actor ? "actor" : "event", s.Label),
        SortText = s.SortText,
        FilterText = s.FilterText,
        TextEdit = new TextEdit(s.Replace.ToProtocol(), s.NewText),
    };
}
