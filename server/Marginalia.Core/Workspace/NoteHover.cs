using Marginalia.Core.Checks;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>A card for a place in a note: the Markdown and the range of the thing it is about.</summary>
public sealed record HoverCard(SourceRange Range, string Markdown);

/// <summary>What a note shows under the cursor: an event or actor reference, a date, or an actor named in prose.</summary>
public static class NoteHover
{
    /// <summary>The card at a position, or null when nothing known lies there (or the position is outside the note).</summary>
    public static HoverCard? At(CheckedNote note, SourcePosition position, EventCards cards)
    {
        if (note.Note.Text.TryGetOffset(position) is null) return null;
        var knowledge = cards.Knowledge;

        // (A date in a wikilink's alias, "[[id|held 9 November 2018]]", is read as the date it is, as the checks read it.)
        if (note.Note.ReferenceAt(position) is { } reference && (reference.Range.Contains(position) || note.Note.DateAt(position) is null))
        {
            if (knowledge.FindEvent(reference.Id) is { } e) return new HoverCard(reference.Whole, cards.ForEvent(e));
            if (knowledge.FindActor(reference.Id) is { } actor) return new HoverCard(reference.Whole, cards.ForActor(actor));
            return null;
        }

        if (note.Note.DateAt(position) is { } mention && DateReadings.Read(note.Analysis, mention) is var reading && (reading.Interval is not null || reading.Length is not null))
            return new HoverCard(note.Note.RangeOf(mention), cards.ForReading(reading));

        foreach (var named in note.Analysis.Actors)
        {
            var range = note.Note.Prose.ToSourceRange(named.Start, named.Length);
            if (!range.Contains(position)) continue;
            // A shared alias ("Kabul") names several actors: show each.
            return new HoverCard(range, string.Join("\n\n---\n\n", named.Actors.Select(cards.ForActor)));
        }
        return null;
    }
}
