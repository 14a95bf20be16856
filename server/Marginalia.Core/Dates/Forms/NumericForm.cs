using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"1989-02-15", "1989-02", "15.02.1989", "15/02/1989" (day first unless that cannot be), "02/15/1989".</summary>
internal sealed partial class NumericForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Scan;

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"(?<![\w.,/-])(?:(?<iso>(?<y>[12][0-9]{3})-(?<m>[0-9]{2})-(?<d>[0-9]{2}))(?![\w-])" +
                    @"|(?<isomonth>(?<y>[12][0-9]{3})-(?<m>0[1-9]|1[0-2]))(?![\w-])" +
                    @"|(?<dotted>(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4}))(?![\w]|\.[0-9])" +
                    @"|(?<slashed>(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4}))(?![\w/]))")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var y = int.Parse(m.Groups["y"].ValueSpan);
        var mo = int.Parse(m.Groups["m"].ValueSpan);
        if (m.Groups["isomonth"].Success)
        {
            found.Add(Stated(m, HistoricalDate.InMonth(y, mo, m.Value), DateStyle.IsoMonth, joinable: true, priority: 2));
            return;
        }
        var d = int.Parse(m.Groups["d"].ValueSpan);
        if (d == 0 || y < 1000) return;
        if (m.Groups["iso"].Success)
            found.Add(Stated(m, HistoricalDate.OnDay(y, mo, d, m.Value), DateStyle.Iso, joinable: true, priority: 2));
        else if (m.Groups["dotted"].Success)
            found.Add(Stated(m, HistoricalDate.OnDay(y, mo, d, m.Value), DateStyle.Dotted, joinable: true, priority: 2));
        else if (d > 12 || mo <= 12 || d > 31)
            // Day first unless that cannot be; both parts at most 12 is ambiguous, so keep the month-first reading too.
            found.Add(new Candidate(m.Index, m.Length, Shape.Date)
            {
                Date = HistoricalDate.OnDay(y, mo, d, m.Value), Style = DateStyle.Slashed, Joinable = true, Priority = 2,
                Alternative = d <= 12 && mo <= 12 && d != mo ? HistoricalDate.OnDay(y, d, mo, m.Value) : null,
            });
        else
            found.Add(Stated(m, HistoricalDate.OnDay(y, d, mo, m.Value), DateStyle.SlashedMonthFirst, joinable: true, priority: 2));
    }

    public override IReadOnlyList<DateStyle> Styles => [DateStyle.Iso, DateStyle.Dotted, DateStyle.Slashed, DateStyle.SlashedMonthFirst, DateStyle.IsoMonth];

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        var d = date.Start;
        if (date.Day is not null)
            return style switch
            {
                DateStyle.Iso or DateStyle.IsoMonth => $"{d.Year:0000}-{d.Month:00}-{d.Day:00}",
                DateStyle.Dotted => $"{d.Day:00}.{d.Month:00}.{d.Year:0000}",
                DateStyle.Slashed => $"{d.Day:00}/{d.Month:00}/{d.Year:0000}",
                // Month first is only readable as such when the day cannot be a month.
                DateStyle.SlashedMonthFirst when d.Day > 12 => $"{d.Month:00}/{d.Day:00}/{d.Year:0000}",
                _ => null,
            };
        return date.Precision == DatePrecision.Month && style is DateStyle.Iso or DateStyle.IsoMonth ? $"{d.Year:0000}-{d.Month:00}" : null;
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.Iso),
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.Dotted),
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.Slashed),
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.SlashedMonthFirst),
        new(HistoricalDate.InMonth(1989, 2, "1989-02"), DateStyle.IsoMonth),
    ];
}
