using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"February 15, 1989", "Feb 15, 1989", "February 15th, 1989", "may 29, 2019", "May 29" (yearless).</summary>
internal sealed partial class MonthDayYearForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Months, 4);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<![\w$#])" + Weekday + Month + @"\s+(?<day>[0-3]?[0-9])(?<ord>st|nd|rd|th)?(?![0-9%])(?:(?:,\s*|\s+)" + Year +
                    @"|\s+of\s+" + ContextYearWords + @"|(?!\w|\s*%|\s*[-–]\s*[0-9]))")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var day = int.Parse(m.Groups["day"].ValueSpan);
        var month = MonthNumber(m.Groups["month"].Value);
        if (day == 0 || !MonthStands(m)) return;
        var style = m.Groups["ord"].Success ? DateStyle.OrdinalMonthDayYear
            : IsAbbreviated(m.Groups["month"].Value) ? DateStyle.AbbreviatedMonthDayYear
            : DateStyle.MonthDayYear;
        DayMonthYearForm.AddDay(m, day, month, style, found);
    }

    public override IReadOnlyList<DateStyle> Styles => [DateStyle.MonthDayYear, DateStyle.AbbreviatedMonthDayYear, DateStyle.OrdinalMonthDayYear];

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        var d = date.Start;
        if (date.Day is not null)
            return style switch
            {
                DateStyle.MonthDayYear => $"{FullMonth(d.Month)} {d.Day}, {d.Year}",
                DateStyle.AbbreviatedMonthDayYear => $"{ShortMonth(d.Month)} {d.Day}, {d.Year}",
                DateStyle.OrdinalMonthDayYear => $"{FullMonth(d.Month)} {DateWriter.Ordinal(d.Day)}, {d.Year}",
                _ => null,
            };
        return date.Precision == DatePrecision.Month && style == DateStyle.AbbreviatedMonthDayYear ? $"{ShortMonth(d.Month)} {d.Year}" : null;
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.MonthDayYear),
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.AbbreviatedMonthDayYear),
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.OrdinalMonthDayYear),
        new(HistoricalDate.OnDay(2019, 5, 29, "may 29, 2019"), DateStyle.MonthDayYear | DateStyle.LowercaseMonth),
        new(HistoricalDate.OnDay(2001, 9, 12, "sep 12, 2001"), DateStyle.AbbreviatedMonthDayYear | DateStyle.LowercaseMonth),
    ];
}
