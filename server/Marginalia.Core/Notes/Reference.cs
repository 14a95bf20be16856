using Marginalia.Core.Sources;

namespace Marginalia.Core.Notes;

public enum ReferenceKind
{
    /// <summary><c>[[event-id]]</c> or <c>[[event-id|shown text]]</c>.</summary>
    Wikilink,
    /// <summary><c>[@event-id]</c>, <c>[@event-id, p. 4]</c>, one of <c>[@a; @b]</c>.</summary>
    Citation,
    /// <summary><c>@event-id</c> in running prose.</summary>
    InText,
}

/// <summary>
/// A note's reference to an event or actor id. Start and Length address the id in the note's
/// prose; Range is the id in the note, Whole the whole reference with its brackets.
/// </summary>
public sealed record Reference(string Id, ReferenceKind Kind, int Start, int Length, SourceRange Range, SourceRange Whole)
{
    public int End => Start + Length;
}
