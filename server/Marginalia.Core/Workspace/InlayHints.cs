using System.Runtime.CompilerServices;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>A label shown after a place in a note, and what it says at more length.</summary>
public sealed record DateHint(SourcePosition Position, string Label, string Tooltip);

/// <summary>
/// The paper's date after an event reference where it adds something: the note gives no date of its own for the event
/// nearby, or gives one that disagrees. A reference whose date is written beside it and agrees gets none — the hint
/// would only repeat the note (<c>15 February 1989: … [[soviet-withdrawal-1989]] : 15 February 1989</c>).
/// </summary>
public static class InlayHints
{
    /// <summary>
    /// One hint at the end of each event reference that overlaps the range (actor and unknown ids, and events whose
    /// date the note states nearby and right, get none); the events of one citation group <c>[@a; @b]</c> share one hint at its end.
    /// </summary>
    /// <remarks>
    /// A note's hints are written once per checked note (editors ask again on every scroll and refresh); a range takes
    /// the hints of the references it overlaps — the references of one group share its whole span.
    /// </remarks>
    public static IReadOnlyList<DateHint> In(CheckedNote note, SourceRange range) =>
        [.. Written.GetValue(note, All).Where(h => h.Whole.End >= range.Start && h.Whole.Start < range.End).Select(h => h.Hint)];

    private static readonly ConditionalWeakTable<CheckedNote, IReadOnlyList<(SourceRange Whole, DateHint Hint)>> Written = new();

    private static IReadOnlyList<(SourceRange Whole, DateHint Hint)> All(CheckedNote note) =>
        note.Note.References
            .Select(r => (Reference: r, Event: note.Analysis.EventOf(r)))
            .Where(x => x.Event is not null && !DatedRightNearby(note, x.Reference.Whole, x.Event))
            .GroupBy(x => x.Reference.Whole)
            .Select(g => (g.Key, new DateHint(g.Key.End,
                ": " + string.Join("; ", g.Select(x => x.Event!.Date.ToDisplayText())),
                string.Join("\n", g.Select(x => $"{x.Event!.Title} ({EventCards.DateLine(x.Event.Date)})")))))
            .ToList();

    /// <summary>The note dates the event itself, rightly, by the reference: a claim on the event within a line of it, all agreeing.</summary>
    private static bool DatedRightNearby(CheckedNote note, SourceRange reference, Knowledge.Event e)
    {
        var nearby = note.Analysis.Claims
            .Where(c => c.Event == e && c.Basis == Notes.ClaimBasis.Cited && Math.Abs(c.Range.Start.Line - reference.Start.Line) <= 1)
            .ToList();
        return nearby.Count > 0 && nearby.All(c => c.Agrees);
    }
}
