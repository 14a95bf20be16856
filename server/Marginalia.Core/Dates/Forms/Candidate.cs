namespace Marginalia.Core.Dates.Forms;

/// <summary>What a candidate needs before it is a date: nothing, a year, the month before it, or an anchor.</summary>
internal enum Shape { Date, Yearless, ContextYear, SameMonth, Relative }

/// <summary>A possible date expression a form proposes, before overlaps are settled and context is applied.</summary>
internal sealed class Candidate(int start, int length, Shape shape)
{
    public int Start { get; set; } = start;
    public int Length { get; set; } = length;
    public Shape Shape { get; } = shape;
    public int End => Start + Length;
    public int Priority { get; init; }
    public DateStyle Style { get; init; }
    public DayOfWeek? Weekday { get; init; }
    /// <summary>The stated date (Shape.Date).</summary>
    public HistoricalDate? Date { get; set; }
    public HistoricalDate? Alternative { get; init; }
    /// <summary>Builds the date from a year (Shape.Yearless and ContextYear: the context year plus YearOffset).</summary>
    public Func<int, HistoricalDate>? WithYear { get; init; }
    public int YearOffset { get; init; }
    /// <summary>Builds the date from the date before it, when there is one (Shape.ContextYear: "the following spring").</summary>
    public Func<HistoricalDate, HistoricalDate>? FromPrevious { get; init; }
    /// <summary>Whether it may take part in a range ("9 July – 10 August 2015").</summary>
    public bool Joinable { get; init; }
    public RelativeOffset? Relative { get; init; }
    /// <summary>Whether a relative mention counts from the date before it ("after three days", "a year later").</summary>
    public bool CountsFromPrevious { get; init; }
    /// <summary>Whether later yearless and relative dates count from it; not "9/11", "the Cold War", "the 1980s".</summary>
    public bool SetsContext { get; init; } = true;
    /// <summary>The hedge taken into the candidate's start ("c. 1993").</summary>
    public DateHedge? Hedge { get; set; }
}
