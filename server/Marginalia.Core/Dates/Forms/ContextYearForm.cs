using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"that year", "this year", "the same year", "the following year", "the previous year": the year of the date before it, or one next to it.</summary>
internal sealed partial class ContextYearForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.ScanWhen(TriggerWords.Units);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"(?<![\w-])(?:[Tt]his|[Tt]hat|[Tt]he\s+(?<which>same|following|next|previous|preceding))\s+year(?![\w-])")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var offset = m.Groups["which"].Value.ToLowerInvariant() switch
        {
            "following" or "next" => 1,
            "previous" or "preceding" => -1,
            _ => 0,
        };
        found.Add(new Candidate(m.Index, m.Length, Shape.ContextYear)
        {
            YearOffset = offset, WithYear = y => HistoricalDate.InYear(y, m.Value),
        });
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date.Precision != DatePrecision.Year || previous is null ? null : (date.Start.Year - previous.End.Year) switch
        {
            0 => "the same year",
            1 => "the following year",
            -1 => "the previous year",
            _ => null,
        };

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InYear(1989, "the same year"), DateStyle.Natural) { Previous = HistoricalDate.OnDay(1989, 2, 15, "15 February 1989") },
        new(HistoricalDate.InYear(2016, "the following year"), DateStyle.Natural) { Previous = HistoricalDate.InYear(2015, "2015") },
    ];
}
