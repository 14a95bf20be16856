using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"January–May 2016", "Jan.–Apr. 2016", "February to May 2016": the first month of a month range, joined with the dated month after it.</summary>
internal sealed partial class MonthRangeStartForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Months, 0);

    public override Regex Pattern => ThePattern();

    /// <summary>The first month of a month range, "January–May 2016", "Jan.–Apr. 2016", "February to May 2016": joined with the dated month after it.</summary>
    [GeneratedRegex(@"\G(?<![\w-])(?<month>(?:" + Months + ")|(?:" + MonthAbbreviations + @")\.?)(?=(?:\s?[–—-]\s?|\s+(?:to|through|until|till)\s+)(?:(?:" + Months + ")|(?:" + MonthAbbreviations + @")\.?)\s+[12][0-9]{3}(?![0-9]))")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found) => found.Add(YearlessMonth(m));

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date is { Precision: DatePrecision.Range, IsValid: true, Start: { Day: 1 } s, End: var e } && IsLastOfMonth(e) && s.Year == e.Year && s.Month < e.Month
            ? $"{FullMonth(s.Month)}–{FullMonth(e.Month)} {s.Year}"
            : null;

    public override IReadOnlyList<RoundTrip> RoundTrips => [new(new HistoricalDate(new DateOnly(2016, 1, 1), new DateOnly(2016, 5, 31), DatePrecision.Range, "x"), DateStyle.Natural)];
}
