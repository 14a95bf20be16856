namespace Marginalia.Core.Dates;

/// <summary>How a date was written, so a fix can write the paper's date back in the note's own format.</summary>
public enum DateStyle
{
    /// <summary>Anything without a fixed day format: "the 1980s", "mid-2014", "From 2000 to 2012".</summary>
    Natural,
    /// <summary>"15 February 1989"</summary>
    DayMonthYear,
    /// <summary>"15 Feb 1989"</summary>
    AbbreviatedDayMonthYear,
    /// <summary>"February 15, 1989"</summary>
    MonthDayYear,
    /// <summary>"Feb 15, 1989"</summary>
    AbbreviatedMonthDayYear,
    /// <summary>"the 15th of February 1989"</summary>
    Ordinal,
    /// <summary>"February 15th, 1989"</summary>
    OrdinalMonthDayYear,
    /// <summary>"1989-02-15"</summary>
    Iso,
    /// <summary>"15.02.1989"</summary>
    Dotted,
    /// <summary>"15/02/1989" (day first)</summary>
    Slashed,
    /// <summary>"02/15/1989" (month first; only recognizable when the day is over 12)</summary>
    SlashedMonthFirst,
    /// <summary>"February 1989"</summary>
    MonthYear,
    /// <summary>"Feb 1989"</summary>
    AbbreviatedMonthYear,
    /// <summary>"1989-02"</summary>
    IsoMonth,
    /// <summary>"1989"</summary>
    Year,
}
