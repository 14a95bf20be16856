using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"1992–96", "1979-1989", "2011-2015".</summary>
internal sealed partial class YearRangeForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Scan;

    public override Regex Pattern => ThePattern();

    /// <summary>"1992–96", "1979-1989", "2011-2015".</summary>
    [GeneratedRegex(@"(?<![\w$#£€.,/:-])(?<year>[12][0-9]{3})\s?(?<dash>[–—-])\s?(?<year2>[12][0-9]{3}|[0-9]{2})(?![\w%-]|[.,][0-9])")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var first = int.Parse(m.Groups["year"].ValueSpan);
        var second = m.Groups["year2"].Value;
        var last = second.Length == 2 ? first / 100 * 100 + int.Parse(second) : int.Parse(second);
        // "1989-02" is a month, not a range; "1992–96" is a range only if 96 comes after 92.
        if (second.Length == 2 && (last <= first || (m.Groups["dash"].Value == "-" && int.Parse(second) <= 12))) return;
        if (first is < 1000 or > 2100 || last > 2100 || last <= first) return;
        // ("over 1992–95" is the years it lasted: a range of counts is rare after "over".)
        if (!LooksLikeYear(text, m.Index, 4) && !WordBefore(text, m.Index).Equals("over", StringComparison.OrdinalIgnoreCase)) return;
        var date = HistoricalDate.Between(HistoricalDate.InYear(first, m.Value), HistoricalDate.InYear(last, m.Value), m.Value);
        found.Add(Stated(m, date, DateStyle.Natural, joinable: false, priority: 1));
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date is { Precision: DatePrecision.Range, Start: { Month: 1, Day: 1 } s, End: { Month: 12, Day: 31 } e } && s.Year < e.Year ? $"{s.Year}–{e.Year}" : null;

    public override IReadOnlyList<RoundTrip> RoundTrips => [new(new HistoricalDate(new DateOnly(1992, 1, 1), new DateOnly(1996, 12, 31), DatePrecision.Range, "x"), DateStyle.Natural)];
}
