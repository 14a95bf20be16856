using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"February 1989", "Feb 1989", "Sept. 2018", "april '93", "August of that year".</summary>
internal sealed partial class MonthYearForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Months, 0);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<!\w)" + Month + @"(?:,?\s+" + Year + @"|\s+of\s+" + ContextYearWords + @")")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var month = MonthNumber(m.Groups["month"].Value);
        if (!MonthStands(m) || (AmbiguousLowercase(m) && !AfterTimeWord(text, m.Index))) return;
        var style = Written(IsAbbreviated(m.Groups["month"].Value) ? DateStyle.AbbreviatedMonthYear : DateStyle.MonthYear, m);
        if (m.Groups["year"].Success)
        {
            var year = YearOf(m.Groups["year"]);
            if (!LooksLikeYear(text, m.Groups["year"].Index, m.Groups["year"].Length, afterMonth: true)) return;
            found.Add(Stated(m, HistoricalDate.InMonth(year, month, m.Value), style, joinable: true));
        }
        else
            found.Add(new Candidate(m.Index, m.Length, Shape.ContextYear)
            {
                WithYear = y => HistoricalDate.InMonth(y, month, m.Value), Style = style,
            });
    }

    public override IReadOnlyList<DateStyle> Styles => [DateStyle.MonthYear, DateStyle.AbbreviatedMonthYear];

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        var d = date.Start;
        return (date.Precision, style) switch
        {
            (DatePrecision.Month, DateStyle.MonthYear) => $"{FullMonth(d.Month)} {d.Year}",
            (DatePrecision.Month, DateStyle.AbbreviatedMonthYear) => $"{ShortMonth(d.Month)} {d.Year}",
            // A day in a note that writes months short: "15 Feb 1989".
            (DatePrecision.Day, DateStyle.AbbreviatedMonthYear) when date.IsValid => $"{d.Day} {ShortMonth(d.Month)} {d.Year}",
            _ => null,
        };
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InMonth(1989, 2, "February 1989"), DateStyle.MonthYear),
        new(HistoricalDate.InMonth(1989, 2, "Feb 1989"), DateStyle.AbbreviatedMonthYear),
        new(HistoricalDate.InMonth(2019, 5, "may 2019"), DateStyle.MonthYear | DateStyle.LowercaseMonth),
        new(HistoricalDate.InMonth(1993, 4, "April '93"), DateStyle.MonthYear | DateStyle.ShortYear),
    ];
}
