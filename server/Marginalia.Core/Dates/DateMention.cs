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

    /// <summary>The mention as written ("15 February 1989", "after three days").</summary>
    public string Text { get; init; } = "";

    /// <summary>How the date was written; <see cref="DateStyle.Natural"/> for everything without a day format.</summary>
    public DateStyle Style { get; init; }

    /// <summary>The weekday as written before the date ("Monday, 15 February 1989"), which may disagree with the calendar.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>The month-first reading of an ambiguous slashed date ("05/06/2019"); Date holds the day-first one.</summary>
    public HistoricalDate? AlternativeReading { get; init; }

    /// <summary>The hedge written before the date ("c. 1993", "around 2015"), inside Text and the span; null when there is none.</summary>
    public DateHedge? Hedge { get; init; }

    /// <summary>
    /// What the note claims: Date, widened by the hedge's tolerance (<see cref="Hedges.Widen"/>) when there is one.
    /// Date stays the literal reading ("c. 1993" is 1993; its Claimed runs from 1992 to 1994).
    /// </summary>
    public HistoricalDate? Claimed => Hedge is null || Date is null ? Date : Hedges.Widen(Date);

    public int End => Start + Length;

    /// <summary>
    /// The mention as quoted inside a sentence: "the following spring", "a month later" — a first word that only opened
    /// the note's sentence is lowered; a month or a weekday keeps its capital ("February 1989").
    /// </summary>
    public string TextInSentence => Text.Length > 1 && char.IsUpper(Text[0])
        && SentenceOpeners.Contains(Text.Split(' ', 2)[0]) ? char.ToLowerInvariant(Text[0]) + Text[1..] : Text;

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "That", "This", "A", "An", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Some", "About", "Around", "Nearly", "Almost", "Later", "Earlier", "After", "Before", "Within", "For", "Over", "Less", "More", "Just", "Only",
    };

    /// <summary>The date a relative mention was counted from: the nearest stated date before it in its paragraph, list item or table row.</summary>
    public DateMention? Anchor { get; init; }

    /// <summary>Another date written in this mention's place, after the hedge as written: "c. 1993" with "1989" is "c. 1989".</summary>
    public string KeepingHedge(string date) => Hedge is { } hedge ? string.Concat(Text.AsSpan(0, hedge.Length), date) : date;

    /// <summary>
    /// The interval this relative or duration mention implies when counted from the anchor: "after three days" from
    /// 18 May 2016 is 21 May 2016; "within 14 months" from 29 February 2020 runs from then to April 2021. Null when
    /// the mention is not relative.
    /// </summary>
    public HistoricalDate? ResolveAgainst(HistoricalDate anchor)
    {
        if (Relative is not { } offset) return null;
        var n = offset.Amount;
        DateOnly Shift(DateOnly d, int sign) => offset.Unit switch
        {
            TimeUnit.Day => d.AddDays(sign * n),
            TimeUnit.Week => d.AddDays(sign * 7 * n),
            TimeUnit.Month => d.AddMonths(sign * n),
            TimeUnit.Year => d.AddYears(sign * n),
            _ => d.AddYears(sign * 10 * n),
        };
        var (start, end) = offset.Direction switch
        {
            RelativeDirection.After => (Shift(anchor.Start, 1), Shift(anchor.End, 1)),
            RelativeDirection.Before => (Shift(anchor.Start, -1), Shift(anchor.End, -1)),
            _ => (anchor.Start, Shift(anchor.End, 1)),
        };
        // (A meeting of a few days is as fine as a day: "a month after 21–22 January" is February.)
        var fineAnchor = anchor.Precision is DatePrecision.Day or DatePrecision.PartOfMonth or DatePrecision.Month or DatePrecision.PartOfYear
            || (anchor.Precision == DatePrecision.Range && anchor.Length <= 7);
        var precision =
            offset.Direction is RelativeDirection.Within or RelativeDirection.Lasting ? DatePrecision.Range
            : offset.Unit is TimeUnit.Year or TimeUnit.Decade ? (start.Year == end.Year ? DatePrecision.Year : DatePrecision.Range)
            : offset.Unit == TimeUnit.Month && fineAnchor ? DatePrecision.Month
            : start == end ? DatePrecision.Day
            : DatePrecision.Range;
        // "a year later" is as vague as its unit: widen to whole months or years.
        if (precision == DatePrecision.Month)
            (start, end) = (new DateOnly(start.Year, start.Month, 1), new DateOnly(end.Year, end.Month, 1).AddMonths(1).AddDays(-1));
        else if (precision is DatePrecision.Year or DatePrecision.Range && offset.Unit is TimeUnit.Year or TimeUnit.Decade
                 && offset.Direction is RelativeDirection.After or RelativeDirection.Before)
            (start, end) = (new DateOnly(start.Year, 1, 1), new DateOnly(end.Year, 12, 31));
        return new HistoricalDate(start, end, precision, Text) { Invalid = anchor.Invalid };
    }
}
