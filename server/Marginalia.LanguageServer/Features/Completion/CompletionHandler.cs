using System.Runtime.CompilerServices;
using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Completion;

/// <summary><c>textDocument/completion</c>: event and actor ids after <c>[[</c>, <c>[@</c>, <c>@</c>; the paper's date inside a wrong one.</summary>
/// <remarks>
/// A client that takes a default edit range (LSP 3.17) gets it once in <c>itemDefaults</c>, and items that hold nothing
/// of the request: the list Core worked out for what is typed is then serialized once and sent as it is every time after.
/// Other clients get an edit in each item.
/// </remarks>
public sealed class CompletionHandler(WorkspaceSession session, LanguageClient client) : IRequestHandler<CompletionParams, CompletionList>
{
    private static readonly CompletionList Empty = new(IsIncomplete: false, []);
    private static readonly ConditionalWeakTable<IReadOnlyList<Suggestion>, SerializedCompletionItems> Serialized = new();

    public async Task<CompletionList> Handle(CompletionParams request, CancellationToken cancellationToken)
    {
        var document = await RequestDocument.ResolveAsync(session, request.TextDocument, cancellationToken).ConfigureAwait(false);
        if (document.Note is not { } note) return Empty;
        var completions = CompletionSource.At(note, request.Position.ToSource(), document.Index.Library.Knowledge, cancellationToken);
        if (completions.Items.Count == 0) return Empty;
        var range = completions.Replace.ToProtocol();
        // The order of references depends on the sentence and on what is typed, so the editor asks again as the user
        // types instead of re-sorting our list by its own fuzzy score (every item's filterText is the typed text).
        var incomplete = completions.Items[0].Kind != SuggestionKind.Date;
        if (!client.SupportsCompletionItemDefault("editRange"))
            return new CompletionList(incomplete, [.. completions.Items.Select(s => ToItem(s) with { TextEdit = new TextEdit(range, s.Label) })]);
        var items = Serialized.GetValue(completions.Items, list => new SerializedCompletionItems([.. list.Select(ToItem)]));
        return new CompletionList(incomplete, items, new CompletionItemDefaults(EditRange: range));
    }

    /// <summary>The item without its edit: the label is the text written, over the list's edit range.</summary>
    private static CompletionItem ToItem(Suggestion s) => new()
    {
        Label = s.Label,
        // The date beside the id and the title at the end of the row, so the list reads without highlighting each item.
        LabelDetails = s.Kind == SuggestionKind.Date ? null : new CompletionItemLabelDetails($"  {s.Detail}", s.Description),
        Kind = KindOf(s.Kind),
        Detail = s.Detail,
        // An event's or actor's card is long: sent when the editor shows the item (completionItem/resolve), not in the list.
        Documentation = s.Documentation is { } card ? MarkupContent.Markdown(card) : null,
        SortText = s.SortText,
        FilterText = s.FilterText == s.Label ? null : s.FilterText,
    };

    public static CompletionItemKind KindOf(SuggestionKind kind) => kind switch
    {
        SuggestionKind.Event => CompletionItemKind.Event,
        SuggestionKind.Actor => CompletionItemKind.Class,
        _ => CompletionItemKind.Value,
    };
}
