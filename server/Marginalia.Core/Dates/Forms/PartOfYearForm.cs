using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>
/// "early 1980", "mid-2014", "the end of 2014", "end-2013" (a report's shorthand, hyphened only), "the last quarter of 2015",
/// "the first half of 2019", "the middle of this year".
/// </summary>
internal sealed partial class PartOfYearForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Parts, 1);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<!\w)(?:(?<q>[Ee]arly|[Mm]id|[Ll]ate)[-\s]|(?<q>[Ee]nd|[Ss]tart)-|(?:[Tt]he\s+)?(?<q2>(?i:beginning|start|middle|end|first\s+half|second\s+half|latter\s+half|first\s+quarter|second\s+quarter|third\s+quarter|fourth\s+quarter|last\s+quarter|final\s+quarter))\s+of\s+(?:the\s+year\s+)?)" +
                    @"(?:" + Year + @"|" + ContextYearWords + @")")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        (int, int) Months(string q) => q.ToLowerInvariant() switch
        {
            "early" or "beginning" or "start" => (1, 4),
            "mid" or "middle" => (5, 8),
            "late" => (9, 12),
            "end" => (10, 12),
            _ when q.EndsWith("half", StringComparison.OrdinalIgnoreCase) => q.StartsWith("first", StringComparison.OrdinalIgnoreCase) ? (1, 6) : (7, 12),
            _ => q.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant() switch
            {
                "first" => (1, 3),
                "second" => (4, 6),
                "third" => (7, 9),
                _ => (10, 12),
            },
        };
        var q = m.Groups["q"].Success ? m.Groups["q"].Value : string.Join(' ', m.Groups["q2"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var (first, last) = Months(q);
        AddYearOrContext(m, y => HistoricalDate.InPartOfYear(y, first, last, m.Value), found);
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        if (date is not { Precision: DatePrecision.PartOfYear, Start: { Day: 1 } s, End: var e } || !IsLastOfMonth(e) || s.Year != e.Year) return null;
        return (s.Month, e.Month) switch
        {
            (1, 4) => $"early {s.Year}",
            (5, 8) => $"mid-{s.Year}",
            (9, 12) => $"late {s.Year}",
            (10, 12) => $"the end of {s.Year}",
            (1, 3) => $"the first quarter of {s.Year}",
            (4, 6) => $"the second quarter of {s.Year}",
            (7, 9) => $"the third quarter of {s.Year}",
            (1, 6) => $"the first half of {s.Year}",
            (7, 12) => $"the second half of {s.Year}",
            _ => null,
        };
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InPartOfYear(2015, 1, 4, "early 2015"), DateStyle.Natural),
        new(HistoricalDate.InPartOfYear(2016, 10, 12, "the end of 2016"), DateStyle.Natural),
        new(HistoricalDate.InPartOfYear(2019, 1, 6, "the first half of 2019"), DateStyle.Natural),
        new(HistoricalDate.InPartOfYear(2014, 5, 8, "mid-'14"), DateStyle.Natural | DateStyle.ShortYear),
    ];
}
