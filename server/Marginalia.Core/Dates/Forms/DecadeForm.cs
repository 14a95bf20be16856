using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"the 1980s", "1990s", "the mid-1990s", "the decade of 1980s", "the 1960's".</summary>
internal sealed partial class DecadeForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Decades, 5);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<![\w'])(?:(?<the>[Tt]he\s+)?(?:(?i:decade\s+of)\s+(?:the\s+)?)?)(?:(?<q>(?i:early|mid|late))[-\s]?)?(?<decade>[12][0-9]{2}0)['’]?s(?!\w)")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var first = int.Parse(m.Groups["decade"].ValueSpan);
        if (first is < 1000 or > 2090) return;
        var date = HistoricalDate.InDecade(first, m.Value);
        if (m.Groups["q"].Success)
        {
            var (from, to) = Qualifier(m.Groups["q"].Value) switch { Part.Early => (0, 3), Part.Middle => (3, 6), _ => (6, 9) };
            date = date with { Start = new DateOnly(first + from, 1, 1), End = new DateOnly(first + to, 12, 31) };
        }
        found.Add(Stated(m, date, DateStyle.Natural, joinable: false, setsContext: false));
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        if (date.Precision != DatePrecision.Decade) return null;
        var (s, e) = (date.Start, date.End);
        var decade = s.Year / 10 * 10;
        var qualifier = (s.Year - decade, e.Year - decade) switch
        {
            (0, 9) => "",
            (0, _) => "early ",
            (_, 9) => "late ",
            _ => "mid-",
        };
        return $"the {qualifier}{decade}s";
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InDecade(1980, "the 1980s"), DateStyle.Natural),
        new(HistoricalDate.InDecade(1990, "the mid-1990s") with { Start = new DateOnly(1993, 1, 1), End = new DateOnly(1996, 12, 31) }, DateStyle.Natural),
    ];
}
