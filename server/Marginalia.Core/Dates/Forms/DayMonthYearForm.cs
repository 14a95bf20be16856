using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"15 February 1989", "15 Feb 1989", "the 15th of February 1989", "Monday, 15 February 1989", "28 August" (yearless), "7 May of this year".</summary>
internal sealed partial class DayMonthYearForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Months, 4);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<![\w$#.,/])" + Weekday + @"(?<the>[Tt]he\s+)?(?<day>[0-3]?[0-9])(?<ord>st|nd|rd|th)?(?<of>\s+of)?\s+" + Month +
                    @"(?:,?\s+" + Year + @"|\s+of\s+" + ContextYearWords + @"|(?![\w]|\s*[0-9]))")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var day = int.Parse(m.Groups["day"].ValueSpan);
        var month = MonthNumber(m.Groups["month"].Value);
        if (day == 0 || !MonthStands(m)) return;
        var ordinal = m.Groups["the"].Success || m.Groups["ord"].Success || m.Groups["of"].Success;
        var abbreviated = IsAbbreviated(m.Groups["month"].Value);
        var style = ordinal ? DateStyle.Ordinal : abbreviated ? DateStyle.AbbreviatedDayMonthYear : DateStyle.DayMonthYear;
        AddDay(m, day, month, style, found);
    }

    public override IReadOnlyList<DateStyle> Styles => [DateStyle.DayMonthYear, DateStyle.AbbreviatedDayMonthYear, DateStyle.Ordinal];

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        var d = date.Start;
        if (date.Day is not null)
            return style switch
            {
                DateStyle.DayMonthYear => $"{d.Day} {FullMonth(d.Month)} {d.Year}",
                DateStyle.AbbreviatedDayMonthYear => $"{d.Day} {ShortMonth(d.Month)} {d.Year}",
                DateStyle.Ordinal => $"the {DateWriter.Ordinal(d.Day)} of {FullMonth(d.Month)} {d.Year}",
                _ => null,
            };
        return date.Precision == DatePrecision.Month && style == DateStyle.AbbreviatedDayMonthYear ? $"{ShortMonth(d.Month)} {d.Year}" : null;
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.DayMonthYear),
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.AbbreviatedDayMonthYear),
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.Ordinal),
        new(HistoricalDate.OnDay(2019, 5, 29, "29 may 2019"), DateStyle.DayMonthYear | DateStyle.LowercaseMonth),
        new(HistoricalDate.OnDay(1993, 4, 16, "16 Apr '93"), DateStyle.AbbreviatedDayMonthYear | DateStyle.ShortYear),
    ];

    internal static void AddDay(Match m, int day, int month, DateStyle style, List<Candidate> found)
    {
        style = Written(style, m);
        DayOfWeek? weekday = m.Groups["weekday"].Success ? WeekdayOf(m.Groups["weekday"].Value) : null;
        if (m.Groups["year"].Success)
        {
            var year = YearOf(m.Groups["year"]);
            found.Add(new Candidate(m.Index, m.Length, Shape.Date)
            {
                Date = HistoricalDate.OnDay(year, month, day, m.Value), Style = style, Weekday = weekday, Joinable = true, Priority = 1,
            });
        }
        else if (m.Groups["ctx"].Success)
            found.Add(new Candidate(m.Index, m.Length, Shape.ContextYear)
            {
                WithYear = y => HistoricalDate.OnDay(y, month, day, m.Value), Style = style, Weekday = weekday,
            });
        else if (day <= 31)
            found.Add(new Candidate(m.Index, m.Length, Shape.Yearless)
            {
                WithYear = y => HistoricalDate.OnDay(y, month, day, m.Value), Style = style, Weekday = weekday, Joinable = true,
            });
    }
}
