using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"c. 1993", "around 2015", "about March 2019", "some time in 2017": a hedge before a date, taken into its mention (<see cref="Hedges"/>).</summary>
internal sealed partial class HedgeForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.BeforeDates;

    public override Regex Pattern => ThePattern();

    /// <summary>"c. 1993", "around 2015", "some time in 2017": the hedge that ends where a date starts (matched right to left).</summary>
    [GeneratedRegex(@"(?<![\w.])(?<hedge>(?i:c\.|ca\.)|(?i:circa|around|about|approximately|roughly|some\s?time\s+in)(?=\s))\s*\G", RegexOptions.RightToLeft)]
    private static partial Regex ThePattern();

    /// <summary>Takes a hedge written right before a date into it: "c. 1993", "about March 2019" (not into relative mentions, which hold their own).</summary>
    public override void Refine(string text, List<Candidate> chosen)
    {
        var previousEnd = 0;
        foreach (var c in chosen)
        {
            if (c.Shape is Shape.Date or Shape.Yearless or Shape.ContextYear && c.Start > 0)
            {
                var from = Math.Max(previousEnd, WordsBefore(text, c.Start, 3));
                var m = Pattern.Match(text, from, c.Start - from);
                if (m.Success)
                {
                    var hedge = m.Groups["hedge"];
                    c.Hedge = new DateHedge(hedge.Value, c.Start - hedge.Index);
                    c.Length += c.Start - hedge.Index;
                    c.Start = hedge.Index;
                }
            }
            previousEnd = c.End;
        }
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) => $"c. {DateWriter.Write(date, style)}";

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InYear(1993, "1993"), DateStyle.Year),
        new(HistoricalDate.InMonth(2019, 3, "March 2019"), DateStyle.MonthYear),
        new(HistoricalDate.OnDay(1989, 2, 15, "15 February 1989"), DateStyle.DayMonthYear),
    ];
}
