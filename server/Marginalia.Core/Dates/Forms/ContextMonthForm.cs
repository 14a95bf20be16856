using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;

namespace Marginalia.Core.Dates.Forms;

/// <summary>
/// "that July", "the following March", "the next April", "the previous June": a month counted from the date before it —
/// the first such month after it (or before it), or the one of its year. Without a date before it, the year of the context.
/// "August of the following year", "March of that year": the month of the year after (or of) the date before it.
/// </summary>
internal sealed partial class ContextMonthForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Months, 2);

    public override Regex Pattern => ThePattern();

    /// <summary>(A capitalized month only: "that may" is a verb.)</summary>
    [GeneratedRegex(@"\G(?<![\w-])(?:(?:[Tt]hat|[Tt]he\s+(?<which>following|next|previous|preceding))\s+(?<month>" + Months + @")(?![\w-]|\s*[0-9])"
        + @"|(?<month>" + Months + @")\s+of\s+(?:that|the\s+(?:(?<which>following|next|previous|preceding)|same))\s+year(?![\w-]))")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var month = MonthNumber(m.Groups["month"].Value);
        var step = m.Groups["which"].Value.ToLowerInvariant() switch
        {
            "following" or "next" => 1,
            "previous" or "preceding" => -1,
            _ => 0,
        };
        HistoricalDate InYear(int y) => HistoricalDate.InMonth(y, month, m.Value);
        var ofYear = m.Value.EndsWith("year", StringComparison.Ordinal);
        found.Add(new Candidate(m.Index, m.Length, Shape.ContextYear)
        {
            YearOffset = step, WithYear = InYear,
            FromPrevious = previous => InYear(ofYear ? previous.Start.Year + step : CountedYear(month, month, step, previous)),
        });
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        if (previous is null || date.Precision != DatePrecision.Month) return null;
        return date.Start.Year == CountedYear(date.Start.Month, date.Start.Month, 1, previous) ? $"the following {FullMonth(date.Start.Month)}" : null;
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InMonth(2015, 3, "the following March"), DateStyle.Natural) { Previous = HistoricalDate.OnDay(2014, 12, 28, "28 December 2014") },
        new(HistoricalDate.InMonth(2017, 7, "the following July"), DateStyle.Natural) { Previous = HistoricalDate.OnDay(2017, 4, 14, "14 April 2017") },
    ];
}
