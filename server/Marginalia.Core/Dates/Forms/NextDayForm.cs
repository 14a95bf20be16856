using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"the following day", "the next day", "the previous week", "the day before".</summary>
internal sealed partial class NextDayForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.ScanWhen(TriggerWords.Units);

    public override Regex Pattern => ThePattern();

    /// <summary>"the following day", "the next day", "the previous week", "the day before".</summary>
    [GeneratedRegex(@"(?<!\w)(?<!\bto\s)[Tt]he\s+(?:(?<which>following|next|previous|preceding)\s+(?<unit>day|week|month)|(?<unit>day|week)\s+(?<dir>before|after))(?!\w)")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var which = m.Groups["which"].Success ? m.Groups["which"].Value : m.Groups["dir"].Value;
        var direction = which is "previous" or "preceding" or "before" ? RelativeDirection.Before : RelativeDirection.After;
        var anchor = m.Groups["dir"].Success ? AnchorAfter(text, m.Index + m.Length) : null;
        found.Add(new Candidate(m.Index, m.Length, Shape.Relative)
        {
            Relative = new RelativeOffset(1, UnitOf(m.Groups["unit"].Value), direction) { AnchorText = anchor },
            CountsFromPrevious = anchor is null,
        });
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        AgoLaterForm.Distance(date, previous) switch
        {
            (1, "day") => "the next day",
            (-1, "day") => "the previous day",
            _ => null,
        };

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.OnDay(1989, 2, 16, "the next day"), DateStyle.Natural) { Previous = HistoricalDate.OnDay(1989, 2, 15, "15 February 1989") },
        new(HistoricalDate.OnDay(1989, 2, 14, "the previous day"), DateStyle.Natural) { Previous = HistoricalDate.OnDay(1989, 2, 15, "15 February 1989") },
    ];
}
