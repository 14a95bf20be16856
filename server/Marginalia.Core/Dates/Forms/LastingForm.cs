using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"decade-long", "a decade long", "ten-year-long", "for the next six years", "a two-year", "16 years of": a length of time.</summary>
internal sealed partial class LastingForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Units, 8);

    public override Regex Pattern => ThePattern();

    /// <summary>"decade-long", "a decade long", "ten-year-long", "for the next six years", "a two-year", "16 years of".</summary>
    [GeneratedRegex(@"\G(?<![\w-])(?:(?<long>(?:" + Number + @"[-\s])?" + Unit + @"[-\s]long)" +
                    @"|(?<for>(?i:for|over|during|lasting))\s+(?:(?i:the\s+(?:next|following|past|last|first))\s+)?" + Approximately + Number + @"\s+" + Unit +
                    @"|(?<adj>" + Number + @"-" + Unit + @")(?![\w-])" +
                    @"|(?<of>" + Number + @"\s+" + Unit + @")(?=\s+of\s))(?![\w-])")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        found.Add(new Candidate(m.Index, m.Length, Shape.Relative)
        {
            Relative = Offset(m.Groups["num"].Success ? m.Groups["num"].Value : "one", m.Groups["unit"].Value, RelativeDirection.Lasting),
        });
    }

    /// <summary>A span from the start of the date before it for some whole years past its end: "for three years".</summary>
    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        if (date.Precision != DatePrecision.Range || previous is null || date.Start != previous.Start) return null;
        var years = date.End.Year - previous.End.Year;
        return years > 0 && previous.End.AddYears(years) == date.End ? $"for {AgoLaterForm.Count(years, "year")}" : null;
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
        [new(new HistoricalDate(new DateOnly(1989, 1, 1), new DateOnly(1992, 12, 31), DatePrecision.Range, "x"), DateStyle.Natural) { Previous = HistoricalDate.InYear(1989, "1989") }];
}
