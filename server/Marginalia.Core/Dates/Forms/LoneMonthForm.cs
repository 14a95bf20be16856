using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"in March", "From January to May": a capitalized month alone after a preposition, in the year of the date before it.</summary>
internal sealed partial class LoneMonthForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Months, 0);

    public override Regex Pattern => ThePattern();

    /// <summary>A month alone after a preposition: "in March", "From January to May".</summary>
    [GeneratedRegex(@"\G(?<=(?<!\w)(?i:in|during|by|since|until|till|from|to|through|before|after|and|between|early|late)\s+)(?<month>" + Months + @")(?![\w-]|\s*[0-9])")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found) => found.Add(YearlessMonth(m));

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date.Precision == DatePrecision.Month && previous is not null && previous.End.Year == date.Start.Year ? FullMonth(date.Start.Month) : null;

    public override IReadOnlyList<RoundTrip> RoundTrips =>
        [new(HistoricalDate.InMonth(2013, 3, "March"), DateStyle.Natural) { Previous = HistoricalDate.InYear(2013, "2013"), Lead = "in " }];
}
