using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"Q2 1993", "2Q 1993", "Q4 of 2015": three months of a year.</summary>
internal sealed partial class QuarterForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Quarter, 1);

    public override Regex Pattern => ThePattern();

    /// <summary>"Q2 1993", "2Q 1993", "Q4 of 2015".</summary>
    [GeneratedRegex(@"\G(?<!\w)(?:Q(?<q>[1-4])|(?<q>[1-4])Q)\s+(?:of\s+)?" + Year)]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        found.Add(Stated(m, Quarter(int.Parse(m.Groups["q"].ValueSpan), YearOf(m.Groups["year"]), m.Value), Written(DateStyle.Quarter, m), joinable: true, priority: 1));
    }

    private static HistoricalDate Quarter(int quarter, int year, string text) => HistoricalDate.InPartOfYear(year, 3 * quarter - 2, 3 * quarter, text);

    public override IReadOnlyList<DateStyle> Styles => [DateStyle.Quarter];

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date is { Precision: DatePrecision.PartOfYear, IsValid: true, Start: { Day: 1 } s, End: var e }
        && s.Month % 3 == 1 && e.Month == s.Month + 2 && e.Year == s.Year && IsLastOfMonth(e)
            ? $"Q{(s.Month + 2) / 3} {s.Year}"
            : null;

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InPartOfYear(1993, 4, 6, "Q2 1993"), DateStyle.Quarter),
        new(HistoricalDate.InPartOfYear(2015, 10, 12, "Q4 '15"), DateStyle.Quarter | DateStyle.ShortYear),
    ];
}
