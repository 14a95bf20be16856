using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"the 19th century", "the twentieth century", "the early 21st century".</summary>
internal sealed partial class CenturyForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Century, 4);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<!\w)(?:[Tt]he\s+)?(?:(?<q>(?i:early|mid|late))[-\s]?)?(?:(?<n>[0-9]{1,2})(?:st|nd|rd|th)|(?<word>(?i:twenty[-\s]first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)))[-\s](?i:century)(?![\w-])")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].ValueSpan) : OrdinalWord(m.Groups["word"].Value);
        if (n is < 1 or > 21) return;
        var date = HistoricalDate.InCentury(n, m.Value);
        if (m.Groups["q"].Success)
        {
            var first = (n - 1) * 100 + 1;
            var (from, to) = Qualifier(m.Groups["q"].Value) switch { Part.Early => (0, 32), Part.Middle => (33, 65), _ => (66, 99) };
            date = date with { Start = new DateOnly(first + from, 1, 1), End = new DateOnly(first + to, 12, 31) };
        }
        found.Add(Stated(m, date, DateStyle.Natural, joinable: false, setsContext: false));
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        if (date.Precision != DatePrecision.Century) return null;
        var (s, e) = (date.Start, date.End);
        var century = (s.Year - 1) / 100 + 1;
        var within = (s.Year - 1) % 100;
        var qualifier = (within, e.Year - (century - 1) * 100) switch
        {
            (0, 100) => "",
            (0, _) => "early ",
            (_, 100) => "late ",
            _ => "mid-",
        };
        return $"the {qualifier}{DateWriter.Ordinal(century)} century";
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InCentury(19, "the 19th century"), DateStyle.Natural),
        new(HistoricalDate.InCentury(19, "the late 19th century") with { Start = new DateOnly(1867, 1, 1) }, DateStyle.Natural),
    ];
}
