namespace Marginalia.Core.Dates;

public enum DateMentionKind
{
    /// <summary>The text states the whole date: "15 February 1989", "the 1980s".</summary>
    Absolute,
    /// <summary>Part of the date comes from the text before it: "On 28 August" after "16 April 1992".</summary>
    ContextResolved,
    /// <summary>An offset from another date or event: "after three days", "two months before the withdrawal".</summary>
    Relative,
    /// <summary>A length of time, not a point: "decade-long", "for the next six years", "within 14 months".</summary>
    Duration,
}

public enum TimeUnit { Day, Week, Month, Year, Decade }

public enum RelativeDirection { Before, After, Within, Lasting }

/// <summary>What a relative or duration expression says: "after three days" is (3, Day, After).</summary>
public sealed record RelativeOffset(int Amount, TimeUnit Unit, RelativeDirection Direction)
{
    /// <summary>The noun phrase it hangs on when the text names one ("the withdrawal of western combat troops").</summary>
    public string? AnchorText { get; init; }
}

/// <summary>
/// A date expression found in a text. Start and Length are UTF-16 offsets into the text that was
/// recognized. Date is the resolved interval; it is null only for a relative expression the
/// recognizer could not anchor (the caller may resolve it against an event with <see cref="ResolveAgainst"/>).
/// </summary>
public sealed record DateMention(int Start, int Length, HistoricalDate? Date, DateMentionKind Kind)
{
    public RelativeOffset? Relative { get; init; }

    public int End => Start + Length;
}
