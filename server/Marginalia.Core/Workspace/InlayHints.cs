using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>A label shown after a place in a note, and what it says at more length.</summary>
public sealed record DateHint(SourcePosition Position, string Label, string Tooltip);

/// <summary>The paper's date after each event reference, so a note's dates can be read against the paper's as one writes.</summary>
public static class InlayHints
{
    /// <summary>
    /// One hint at the end of each event reference that overlaps the range (actor and unknown ids get none);
    /// the events of one citation group <c>[@a; @b]</c> share one hint at its end.
    /// </summary>
    public static IReadOnlyList<DateHint> In(CheckedNote note, SourceRange range) =>
        note.Note.References
            .Where(r => r.Whole.End >= range.Start && r.Whole.Start < range.End)
            .Select(r => (Reference: r, Event: note.Analysis.EventOf(r)))
            .Where(x => x.Event is not null)
            .GroupBy(x => x.Reference.Whole.End)
            .Select(g => new DateHint(g.Key,
                ": " + string.Join("; ", g.Select(x => x.Event!.Date.ToDisplayText())),
                string.Join("\n", g.Select(x => $"{x.Event!.Title} ({EventCards.DateLine(x.Event.Date)})"))))
            .ToList();
}
