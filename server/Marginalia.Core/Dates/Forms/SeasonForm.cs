using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>
/// "spring 2019", "the summer of 2019", "Autumn 2001", "fall 2019", "winter 1979" (December to February), "spring '92" — not
/// a season in a name ("the Arab Spring of 2011", "the Prague Spring, 1968").
/// </summary>
internal sealed partial class SeasonForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Seasons, 1);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<!\w)(?<!\b(?:Arab|Prague|Tulip|Cedar)\s+)(?:(?:[Tt]he\s+)?(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)(?:\s+of)?|(?<season>[Ff]all))\s+(?:" + Year + @"|" + ContextYearWords + @")")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var (first, last) = m.Groups["season"].Value.ToLowerInvariant() switch
        {
            "spring" => (3, 5),
            "summer" => (6, 8),
            "autumn" or "fall" => (9, 11),
            _ => (12, 14),
        };
        AddYearOrContext(m, y => HistoricalDate.InPartOfYear(y, first, last, m.Value), found);
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        if (date is not { Precision: DatePrecision.PartOfYear, Start: { Day: 1 } s, End: var e } || !IsLastOfMonth(e)) return null;
        return (s.Month, e.Month, e.Year - s.Year) switch
        {
            (3, 5, 0) => $"spring {s.Year}",
            (6, 8, 0) => $"summer {s.Year}",
            (9, 11, 0) => $"autumn {s.Year}",
            (12, 2, 1) => $"winter {s.Year}",
            _ => null,
        };
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InPartOfYear(1992, 3, 5, "spring 1992"), DateStyle.Natural),
        new(HistoricalDate.InPartOfYear(1979, 12, 14, "winter 1979"), DateStyle.Natural),
        new(HistoricalDate.InPartOfYear(1992, 3, 5, "spring '92"), DateStyle.Natural | DateStyle.ShortYear),
    ];
}
