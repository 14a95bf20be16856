namespace Marginalia.Core.Dates;

/// <summary>How finely a date is known, from a single day to a vague era.</summary>
public enum DatePrecision
{
    Day,
    /// <summary>A part of a month: "mid-February 1989", "early May 2016".</summary>
    PartOfMonth,
    Month,
    /// <summary>A part of a year: "the end of 2014", "the last quarter of 2015", "summer 2019".</summary>
    PartOfYear,
    Year,
    /// <summary>An explicit span between two dates: "9–10 July 2015", "1992–96", "From 2000 to 2012".</summary>
    Range,
    Decade,
    Century,
    /// <summary>A named period with fuzzy bounds: "the Cold War period".</summary>
    Era,
}

/// <summary>
/// The one date type of Marginalia: an interval of days (earliest and latest, both inclusive)
/// with the precision it was given at and the text it was written as. Two dates agree when their
/// intervals can overlap: 1989 agrees with 15 February 1989; 1988 does not.
/// </summary>
public sealed record HistoricalDate(DateOnly Start, DateOnly End, DatePrecision Precision, string Text)
{
    /// <summary>Why the written date does not exist in the calendar ("31 September 2010"), or null.</summary>
    public string? Invalid { get; init; }

    public bool IsValid => Invalid is null;

    public bool Agrees(HistoricalDate other) => Start <= other.End && other.Start <= End;

    /// <summary>Whether the other lies wholly within it: "2015" holds "9–10 July 2015".</summary>
    public bool Holds(HistoricalDate other) => Start <= other.Start && other.End <= End;

    /// <summary>Days from its first to its last: 0 for a day, 30 for a month of 31 days.</summary>
    public int Length => End.DayNumber - Start.DayNumber;

    /// <summary>Whole days between the nearest ends of the two intervals; 0 when they agree.</summary>
    public int DaysApart(HistoricalDate other)
    {
        if (Agrees(other)) return 0;
        return End < other.Start
            ? other.Start.DayNumber - End.DayNumber
            : Start.DayNumber - other.End.DayNumber;
    }

    /// <summary>The single day, when this date is one.</summary>
    public DateOnly? Day => Precision == DatePrecision.Day && IsValid ? Start : null;

    public static HistoricalDate OnDay(int year, int month, int day, string text)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            var monthStart = new DateOnly(year, Math.Clamp(month, 1, 12), 1);
            return new HistoricalDate(monthStart, monthStart.AddMonths(1).AddDays(-1), DatePrecision.Day, text)
            {
                Invalid = month is < 1 or > 12
                    ? $"there is no month {month}"
                    : $"{MonthName(month)} {year} has {DateTime.DaysInMonth(year, month)} days",
            };
        }
        var date = new DateOnly(year, month, day);
        return new HistoricalDate(date, date, DatePrecision.Day, text);
    }

    public static HistoricalDate InMonth(int year, int month, string text)
    {
        var start = new DateOnly(year, month, 1);
        return new HistoricalDate(start, start.AddMonths(1).AddDays(-1), DatePrecision.Month, text);
    }

    public static HistoricalDate InYear(int year, string text) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, text);

    public static HistoricalDate InDecade(int firstYear, string text) =>
        new(new DateOnly(firstYear, 1, 1), new DateOnly(firstYear + 9, 12, 31), DatePrecision.Decade, text);

    /// <summary>Years 1801–1900 are "the 19th century".</summary>
    public static HistoricalDate InCentury(int century, string text) =>
        new(new DateOnly((century - 1) * 100 + 1, 1, 1), new DateOnly(century * 100, 12, 31), DatePrecision.Century, text);

    public static HistoricalDate Between(HistoricalDate from, HistoricalDate to, string text) =>
        new(from.Start, to.End, DatePrecision.Range, text) { Invalid = from.Invalid ?? to.Invalid };

    /// <summary>Days firstDay..lastDay of a month ("mid-February 1989" is 11–20); lastDay is cut to the month's length.</summary>
    public static HistoricalDate InPartOfMonth(int year, int month, int firstDay, int lastDay, string text)
    {
        var last = Math.Min(lastDay, DateTime.DaysInMonth(year, month));
        return new(new DateOnly(year, month, firstDay), new DateOnly(year, month, last), DatePrecision.PartOfMonth, text);
    }

    /// <summary>Months firstMonth..lastMonth of a year; lastMonth past 12 runs into the next year (winter 2019 is 12..14).</summary>
    public static HistoricalDate InPartOfYear(int year, int firstMonth, int lastMonth, string text)
    {
        var start = new DateOnly(year, 1, 1).AddMonths(firstMonth - 1);
        var end = new DateOnly(year, 1, 1).AddMonths(lastMonth).AddDays(-1);
        return new(start, end, DatePrecision.PartOfYear, text);
    }

    /// <summary>A named period with fuzzy bounds, from the first day of firstYear to the last of lastYear.</summary>
    public static HistoricalDate InEra(int firstYear, int lastYear, string text) =>
        new(new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31), DatePrecision.Era, text);

    /// <summary>The same date written another way (the interval and precision stay).</summary>
    public HistoricalDate WithText(string text) => this with { Text = text };

    /// <summary>Natural English at the date's precision: "15 February 1989", "mid-February 1989", "the 1980s".</summary>
    public string ToDisplayText() => DateWriter.Natural(this);

    public static string MonthName(int month) =>
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>The interval in ISO form: "1989-02-15", or "1989-01-01/1989-12-31" for a span.</summary>
    public string ToIsoInterval() =>
        Start == End ? Start.ToString("yyyy-MM-dd") : $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}";

    public override string ToString() => $"{Text} [{ToIsoInterval()}, {Precision}]";
}
