namespace Marginalia.Core.Dates.Forms;

/// <summary>The pieces several forms' patterns are built of (constants, so they can build a source-generated pattern).</summary>
internal static class PatternParts
{
    public const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";
    public const string Seasons = "spring|summer|autumn|fall|winter";
    public const string MonthAbbreviations = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    // Any case ("14 february 1989", "sept 12, 2001"); the readers keep a lowercase "may" or "march" only beside a year.
    public const string Month = @"(?<month>(?i:" + Months + ")|(?i:" + MonthAbbreviations + @")\.?)(?!\w)";
    public const string Weekday =
        @"(?:(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + WeekdayAbbreviations + @")\.?,?\s+)?";
    public const string WeekdayAbbreviations = "Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun";
    public const string Year = @"(?<year>[12][0-9]{3}|['’][0-9]{2})(?![\w%]|[.,][0-9])";
    public const string FourDigitYear = @"(?<year>[12][0-9]{3})(?![\w%]|[.,][0-9])";
    public const string ContextYearWords = @"(?<ctx>(?i:this|that|the\s+same))\s+year(?!\w)";
    public const string Number =
        @"(?<num>(?i:half\s+an?|(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine)|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)|[0-9]{1,3})";
    // ("a full year", "two whole weeks": the same length; a note's shorthand "3 yrs", "10 mos.", "2 wks".)
    public const string Unit = @"(?:(?:(?i:full|whole|good)\s+)?(?<unit>(?i:day|week|fortnight|month|year|decade))s?|(?<unit>(?i:yr|mo|wk))s?\.?(?!\w))";
    /// <summary>
    /// What follows a count of time that says how long something lasted, not how far from a date: "after a decade of
    /// occupation", "after six months' pause", "after fifteen years away".
    /// </summary>
    public const string LastingTail = @"(?:\s+of\s|'\s|\s+(?:away|absent|abroad|apart|in\s+exile)(?![\w-]))";
    // "about three days later", "for more than three years", "~18 mos after", ">3 yrs after": inside a relative date or a
    // length (not a hedge before a date: HedgeForm); "a little over two years" is more than two, by little, "a little under"
    // less, by little.
    public const string Approximately = @"(?:(?i:(?:a\s+little|just|slightly)\s+(?=over|more|under|less)|)(?i:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|under|at\s+least|another|just|approx\.?)\s+|[~<>]\s*)?";
}
