using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

public enum SuggestionKind { Event, Actor, Date }

/// <summary>
/// One completion: the label shown, which is also the text written; the rank as a sortable string; and
/// <see cref="FilterText"/> — what the editor filters by, the typed text itself, so that our matching decides.
/// An event's or actor's card is not here: it is written when the editor shows the item (<see cref="EventCards"/>).
/// </summary>
public sealed record Suggestion(string Label, SuggestionKind Kind, string Detail, string? Documentation, string SortText, string FilterText)
{
    /// <summary>What the item names, shown beside it in the list (an event's title, an actor's name).</summary>
    public string? Description { get; init; }
}

/// <summary>What can be written at a place: the range every suggestion replaces, and the suggestions best first.</summary>
public sealed record Completions(SourceRange Replace, IReadOnlyList<Suggestion> Items)
{
    public static Completions None { get; } = new(default, []);
}

/// <summary>
/// What can be written at a place in a note: an event id after <c>[[</c>, <c>[@</c> or <c>@</c> (and an actor id
/// after <c>[[</c>), matched on id, title, actors and date; inside a date that disagrees with the event cited beside it,
/// the paper's date written the way the note writes dates.
/// </summary>
public static partial class CompletionSource
{
    /// <summary>How many lists of references are kept per knowledge base (one per text typed after <c>[[</c>, <c>[@</c> or <c>@</c>).</summary>
    public const int CachedLists = 256;

    /// <remarks>
    /// The list of references for a text typed is the same wherever it is typed, so it is worked out once and the
    /// same instance returned after: completion is asked on every keystroke, and mostly with nothing typed.
    /// </remarks>
    public static Completions At(CheckedNote note, SourcePosition position, KnowledgeBase knowledge, CancellationToken cancellationToken = default)
    {
        var text = note.Note.Text;
        if (text.TryGetOffset(position) is null) return Completions.None;
        var line = text.GetLine(position.Line);
        var before = line[..position.Column];

        if (ReferenceContext(before, line, position.Column) is { } context)
        {
            var replace = new SourceRange(position with { Column = context.Start }, position with { Column = context.End });
            var lists = Lists.GetValue(knowledge, _ => new ConcurrentDictionary<(string, bool), IReadOnlyList<Suggestion>>());
            if (!lists.TryGetValue((context.Typed, context.WithActors), out var items))
            {
                items = References(knowledge, context.Typed, context.WithActors, cancellationToken);
                if (lists.Count >= CachedLists) lists.Clear();
                lists[(context.Typed, context.WithActors)] = items;
            }
            return new Completions(replace, InContext(items, note, position, context, knowledge));
        }
        return PaperDates(note, position);
    }

    /// <summary>
    /// The list for what is typed, re-ranked by what the sentence is writing about: an event whose date falls within a
    /// date written before the reference on its line (or within the date typed, `[@1989`) comes first, the most precise
    /// first; then one whose title shares the sentence's words. The same instance when nothing in the sentence moves it.
    /// </summary>
    private static IReadOnlyList<Suggestion> InContext(IReadOnlyList<Suggestion> items, CheckedNote note, SourcePosition position, Context context, KnowledgeBase knowledge)
    {
        var dates = note.Note.Dates
            .Where(d => d.Date is { IsValid: true } && note.Note.RangeOf(d) is var r && r.Start.Line == position.Line && r.End.Column <= context.Start)
            .Select(d => d.Date!)
            .ToList();
        var typedDates = DateRecognizer.Recognize(context.Typed.Replace('-', ' '))
            .Where(d => d.Date is { IsValid: true } && d.Kind != DateMentionKind.Relative).Select(d => d.Date!).ToList();
        var line = note.Note.Text.GetLine(position.Line);
        var words = SentenceWords().Matches(line[..Math.Min(context.Start, line.Length)])
            .Select(m => m.Value.ToLowerInvariant()).Where(w => !CommonWords.Contains(w)).ToHashSet();
        if (dates.Count == 0 && typedDates.Count == 0 && words.Count == 0) return items;

        var boosted = items.Select((item, rank) => (Item: item, Rank: rank, Boost: item.Kind == SuggestionKind.Event && knowledge.FindEvent(item.Label) is { } e
                ? Boost(e, dates, typedDates, words) : 0))
            .ToList();
        if (boosted.All(b => b.Boost == 0)) return items;
        var width = Math.Max(4, items.Count.ToString().Length);
        return boosted.OrderByDescending(b => b.Boost).ThenBy(b => b.Rank)
            .Select((b, rank) => b.Item with { SortText = rank.ToString().PadLeft(width, '0') })
            .ToList();
    }

    private static double Boost(Event e, List<HistoricalDate> dates, List<HistoricalDate> typed, HashSet<string> words)
    {
        var boost = 0.0;
        foreach (var date in dates.Concat(typed))
        {
            if (e.Date.Start >= date.Start && e.Date.End <= date.End) boost = Math.Max(boost, 4 + Precision(e.Date));
            else if (e.Date.Agrees(date)) boost = Math.Max(boost, 1);
        }
        if (words.Count > 0)
            boost += Math.Min(1.5, 0.5 * SentenceWords().Matches(e.Title).Count(m => words.Contains(m.Value.ToLowerInvariant())));
        return boost;
    }

    /// <summary>Between 0 and 1, higher for a shorter interval: a day-precise event before one spanning a decade.</summary>
    private static double Precision(HistoricalDate date) => 1.0 / (1 + Math.Log10(1 + date.Length));

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "were", "when", "which", "their", "there", "after", "before", "about", "also",
        "into", "than", "then", "they", "them", "have", "been", "would", "could", "said", "says", "year", "years",
    };

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex SentenceWords();

    private static readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<(string Typed, bool WithActors), IReadOnlyList<Suggestion>>> Lists = new();

    private sealed record Context(string Typed, int Start, int End, bool WithActors);

    /// <summary>The id being typed: after <c>[[</c> (up to <c>]</c> or <c>|</c>), after <c>@</c> in a citation group or in prose.</summary>
    private static Context? ReferenceContext(string before, string line, int column)
    {
        var wiki = OpenWikilink().Match(before);
        if (wiki.Success)
            return new Context(wiki.Groups["typed"].Value, wiki.Groups["typed"].Index, column + IdLength(line, column), WithActors: true);
        var citation = OpenCitation().Match(before);
        if (!citation.Success) citation = InTextCitation().Match(before);
        if (citation.Success)
            return new Context(citation.Groups["typed"].Value, citation.Groups["typed"].Index, column + IdLength(line, column), WithActors: false);
        return null;
    }

    private static int IdLength(string line, int from)
    {
        var end = from;
        while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] is '-' or '_')) end++;
        return end - from;
    }

    private static IReadOnlyList<Suggestion> References(KnowledgeBase knowledge, string typed, bool withActors, CancellationToken cancellationToken)
    {
        var candidates = new List<(double Score, int Order, Func<Suggestion> Make)>();
        var order = 0;
        var query = new SymbolSearch.Query(typed);
        foreach (var e in SymbolSearch.ChronologicalOf(knowledge))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ev = e;
            if (SymbolSearch.Score(ev, query) is { } score)
                candidates.Add((score, order, () => Item(ev.Id, SuggestionKind.Event, ev.Date.ToDisplayText()) with { Description = ev.Title }));
            order++;
        }
        if (withActors)
        {
            foreach (var a in ActorsById.GetValue(knowledge, k => [.. k.Actors.OrderBy(a => a.Id, StringComparer.Ordinal)]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var actor = a;
                if (SymbolSearch.Score(actor, query) is { } score)
                    candidates.Add((score, order, () => Item(actor.Id, SuggestionKind.Actor, $"{actor.Name} ({actor.Kind.ToString().ToLowerInvariant()})") with { Description = actor.Name }));
                order++;
            }
        }

        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Order).ToList();
        var width = Math.Max(4, ranked.Count.ToString().Length);
        return ranked.Select((c, rank) => c.Make() with { SortText = rank.ToString().PadLeft(width, '0') }).ToList();

        Suggestion Item(string id, SuggestionKind kind, string detail) =>
            new(id, kind, detail, Documentation: null, "", typed.Length == 0 ? id : typed);
    }

    private static readonly ConditionalWeakTable<KnowledgeBase, IReadOnlyList<Actor>> ActorsById = new();

    /// <summary>Inside a date that disagrees with the event cited beside it: that event's date, in the note's style.</summary>
    private static Completions PaperDates(CheckedNote note, SourcePosition position)
    {
        if (note.Note.DateAt(position) is not { } mention) return Completions.None;
        var range = note.Note.RangeOf(mention);
        return new Completions(range, note.Analysis.Claims
            .Where(c => c.Basis == ClaimBasis.Cited && c.Date.Start == mention.Start && !c.Agrees)
            .Select(c => c.Event).Distinct()
            .Select((e, rank) =>
            {
                var written = mention.KeepingHedge(DateWriter.Write(e.Date, mention.Style));
                return new Suggestion(written, SuggestionKind.Date, $"the paper's date of {e.Id}",
                    $"The paper dates *{EventCards.Escape(e.Title)}* (`{e.Id}`) to {EventCards.DateLine(e.Date)}, not {mention.Text}.",
                    rank.ToString("0000"), mention.Text);
            })
            .ToList());
    }

    [GeneratedRegex(@"\[\[(?<typed>[^\[\]|\n]*)$")]
    private static partial Regex OpenWikilink();

    /// <summary>"[@pre", "[see @a; @pre": the last key of an unclosed citation group.</summary>
    [GeneratedRegex(@"\[[^\[\]\n]*(?<![\p{L}\p{N}_])@(?<typed>[\p{L}\p{N}_-]*)$")]
    private static partial Regex OpenCitation();

    /// <summary>"@pre" in running prose, not an e-mail address.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_@.])@(?<typed>[\p{L}\p{N}_-]*)$")]
    private static partial Regex InTextCitation();
}
