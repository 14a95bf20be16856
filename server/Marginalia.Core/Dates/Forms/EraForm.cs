using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"the Cold War period" (1947–1991), "the end of the Cold War" (1989–1991).</summary>
internal sealed partial class EraForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.ScanWhen(TriggerWords.Cold);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"(?<!\w)(?:(?<end>[Tt]he\s+end\s+of\s+)?[Tt]he\s+)?(?i:cold\s+war)(?:\s+(?:period|era|years))?(?!\w)")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var date = m.Groups["end"].Success ? HistoricalDate.InEra(1989, 1991, m.Value) : HistoricalDate.InEra(1947, 1991, m.Value);
        found.Add(Stated(m, date, DateStyle.Natural, joinable: false, setsContext: false));
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date.Precision != DatePrecision.Era ? null : (date.Start.Year, date.End.Year) switch
        {
            (1947, 1991) => "the Cold War",
            (1989, 1991) => "the end of the Cold War",
            _ => null,
        };

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InEra(1947, 1991, "the Cold War"), DateStyle.Natural),
        new(HistoricalDate.InEra(1989, 1991, "the end of the Cold War"), DateStyle.Natural),
    ];
}
