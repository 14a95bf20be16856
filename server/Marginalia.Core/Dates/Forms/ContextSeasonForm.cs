using System.Text.RegularExpressions;

namespace Marginalia.Core.Dates.Forms;

/// <summary>
/// "the following spring", "the next summer", "that autumn", "the previous winter": a season counted from the date
/// before it — the first such season after it (or before it), or the one of its year. Without a date before it, the
/// year of the context.
/// </summary>
internal sealed partial class ContextSeasonForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Seasons, 3);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<![\w-])(?:[Tt]hat|[Tt]he\s+(?<which>same|following|next|previous|preceding))\s+(?<season>" + PatternParts.Seasons + @")(?![\w-])")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var (first, last) = Months(m.Groups["season"].Value);
        var step = m.Groups["which"].Value.ToLowerInvariant() switch
        {
            "following" or "next" => 1,
            "previous" or "preceding" => -1,
            _ => 0,
        };
        HistoricalDate InYear(int y) => HistoricalDate.InPartOfYear(y, first, last, m.Value);
        found.Add(new Candidate(m.Index, m.Length, Shape.ContextYear)
        {
            YearOffset = step, WithYear = InYear,
            // ("That winter" after January 1980 is the winter of 1979–80.)
            FromPrevious = previous => InYear(step == 0 && first == 12 && previous.Start.Month <= 2 ? previous.Start.Year - 1 : DateWords.CountedYear(first, last, step, previous)),
        });
    }

    private static (int First, int Last) Months(string season) => season.ToLowerInvariant() switch
    {
        "spring" => (3, 5),
        "summer" => (6, 8),
        "autumn" or "fall" => (9, 11),
        _ => (12, 14),
    };

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        if (previous is null || date.Precision != DatePrecision.PartOfYear || date.Start.Day != 1) return null;
        var season = (date.Start.Month, date.End.Month) switch { (3, 5) => "spring", (6, 8) => "summer", (9, 11) => "autumn", (12, 2) => "winter", _ => null };
        if (season is null) return null;
        var (first, _) = Months(season);
        return date.Start.Year == DateWords.CountedYear(first, first, 1, previous) ? $"the following {season}" : null;
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InPartOfYear(1992, 3, 5, "the following spring"), DateStyle.Natural) { Previous = HistoricalDate.InMonth(1991, 11, "November 1991") },
        new(HistoricalDate.InPartOfYear(2015, 6, 8, "the following summer"), DateStyle.Natural) { Previous = HistoricalDate.OnDay(2014, 12, 28, "28 December 2014") },
        new(HistoricalDate.InPartOfYear(1992, 6, 8, "the following summer"), DateStyle.Natural) { Previous = HistoricalDate.OnDay(1992, 4, 16, "16 April 1992") },
    ];
}
