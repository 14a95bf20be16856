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
public sealed record Suggestion(string Label, SuggestionKind Kind, string Detail, string? Documentation, string SortText, string FilterText);

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
            return new Completions(replace, items);
        }
        return PaperDates(note, position);
    }

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
                candidates.Add((score, order, () => Item(ev.Id, SuggestionKind.Event, ev.Date.ToDisplayText())));
            order++;
        }
        if (withActors)
        {
            foreach (var a in ActorsById.GetValue(knowledge, k => [.. k.Actors.OrderBy(a => a.Id, StringComparer.Ordinal)]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var actor = a;
                if (SymbolSearch.Score(actor, query) is { } score)
                    candidates.Add((score, order, () => Item(actor.Id, SuggestionKind.Actor, $"{actor.Name} ({actor.Kind.ToString().ToLowerInvariant()})")));
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
