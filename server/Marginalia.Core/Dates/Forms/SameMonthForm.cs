using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"the same month", "that month", "later that month": the month of the date before it.</summary>
internal sealed partial class SameMonthForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.ScanWhen(TriggerWords.Units);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"(?<!\w)(?:[Tt]he\s+same|[Tt]hat(?:\s+same)?)\s+month(?!\w)")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        found.Add(new Candidate(m.Index, m.Length, Shape.SameMonth));
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date.Precision == DatePrecision.Month && previous is not null && previous.Start.Year == date.Start.Year && previous.Start.Month == date.Start.Month
            ? "the same month"
            : null;

    public override IReadOnlyList<RoundTrip> RoundTrips =>
        [new(HistoricalDate.InMonth(1992, 8, "the same month"), DateStyle.Natural) { Previous = HistoricalDate.OnDay(1992, 8, 28, "28 August 1992") }];
}
