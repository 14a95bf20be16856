using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"9–10 July 2015", "July 9-10, 2015", "5-6 Feb 2019": days of one month.</summary>
internal sealed partial class DayRangeForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Months, 4);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<![\w$#.,/])(?:(?<day>[0-3]?[0-9])\s*[–—-]\s*(?<day2>[0-3]?[0-9])\s+" + Month + @"(?:,?\s+" + Year + @")?" +
                    @"|" + Month + @"\s+(?<day>[0-3]?[0-9])\s*[–—-]\s*(?<day2>[0-3]?[0-9])(?:,?\s+" + Year + @")?(?![0-9%]))")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var (day, day2) = (int.Parse(m.Groups["day"].ValueSpan), int.Parse(m.Groups["day2"].ValueSpan));
        var month = MonthNumber(m.Groups["month"].Value);
        if (day == 0 || day2 < day || !MonthStands(m)) return;
        HistoricalDate Make(int y) =>
            HistoricalDate.Between(HistoricalDate.OnDay(y, month, day, m.Value), HistoricalDate.OnDay(y, month, day2, m.Value), m.Value);
        if (m.Groups["year"].Success)
            found.Add(new Candidate(m.Index, m.Length, Shape.Date)
            {
                Date = Make(YearOf(m.Groups["year"])), Style = Written(DateStyle.Natural, m), Joinable = true, Priority = 1,
            });
        else found.Add(new Candidate(m.Index, m.Length, Shape.Yearless) { WithYear = Make, Joinable = true });
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date is { IsValid: true, Start: var s, End: var e } && s < e && s.Year == e.Year && s.Month == e.Month
            && date.Precision is DatePrecision.Range or DatePrecision.PartOfMonth
            ? $"{s.Day}–{e.Day} {FullMonth(s.Month)} {s.Year}"
            : null;

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(new HistoricalDate(new DateOnly(2015, 7, 9), new DateOnly(2015, 7, 10), DatePrecision.Range, "x"), DateStyle.Natural),
        new(new HistoricalDate(new DateOnly(2019, 2, 5), new DateOnly(2019, 2, 6), DatePrecision.Range, "x"), DateStyle.Natural | DateStyle.LowercaseMonth),
    ];
}
