namespace Marginalia.Core.Dates;

/// <summary>
/// How a date was written, so a fix can write the paper's date back in the note's own format. A style is one shape
/// ("15 February 1989", "Q2 1993") and at most two ways of writing its parts, added as flags:
/// <c>DateStyle.DayMonthYear | DateStyle.LowercaseMonth | DateStyle.ShortYear</c> is "16 april '93".
/// </summary>
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
    /// <summary>"Q2 1993" (also read from "2Q 1993")</summary>
    Quarter,

    /// <summary>Modifier: the month name in lower case, "14 february 1989", "sept 12, 2001".</summary>
    LowercaseMonth = 1 << 8,
    /// <summary>Modifier: the year in two digits after an apostrophe, "16 Apr '93", "spring '92", "'88" ('00–'30 are 2000–2030).</summary>
    ShortYear = 1 << 9,
}

public static class DateStyles
{
    /// <summary>The modifier flags of a style.</summary>
    public const DateStyle Modifiers = DateStyle.LowercaseMonth | DateStyle.ShortYear;

    /// <summary>The shape of a style without its modifiers.</summary>
    public static DateStyle Shape(this DateStyle style) => style & ~Modifiers;

    public static bool Has(this DateStyle style, DateStyle modifier) => (style & modifier) == modifier;
}
