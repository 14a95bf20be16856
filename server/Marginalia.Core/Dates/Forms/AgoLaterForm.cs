using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>
/// "three days later", "a year earlier", "two months before the withdrawal", "one week after", "ten years ago", "a year and
/// three weeks before", "two and a half years before" (or "2.5 years"), "four years into the war on terror", "two years
/// ahead of the withdrawal", "a month prior to it".
/// </summary>
internal sealed partial class AgoLaterForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Units, 8);

    public override Regex Pattern => ThePattern();

    /// <summary>
    /// "three days later", "a year earlier", "two months before the withdrawal", "one week after", "a year to the day after",
    /// "two years on from", "two months on, …", "a year and three weeks before" (two counts: the groups hold both).
    /// </summary>
    [GeneratedRegex(@"\G(?<![\w-])(?<![0-9][.,])" + Approximately + @"(?:(?<compound>" + Number + @"\s+" + Unit + @")\s+and\s+)?" + Number + @"(?:(?<half>\s+and\s+a\s+half)|(?<=[0-9])(?<half>\.5))?\s+" + Unit + @"(?<half>\s+and\s+a\s+half)?(?:\s+(?:(?i:almost|nearly|exactly|practically|all\s+but)\s+)?to\s+the\s+day)?\s+(?<dir>(?i:later|earlier|afterwards|after|before|ahead\s+of|prior\s+to|ago|on\s+from|on(?=\s*[,;:.—–])|into))(?!\w)")]
    private static partial Regex ThePattern();

    [GeneratedRegex(@"\G\s+than(?=\s)")]
    private static partial Regex LaterThan();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var written = m.Groups["dir"].Value.ToLowerInvariant();
        // ("two years on from 9/11" is two years after it, "two months on, rockets hit" two months after the date before;
        // "four years into the war on terror", after its start.)
        // ("two years ahead of the withdrawal", "two years prior to it": before it.)
        var dir = written.StartsWith("on", StringComparison.Ordinal) || written == "into" ? "after"
            : written.StartsWith("ahead", StringComparison.Ordinal) || written.StartsWith("prior", StringComparison.Ordinal) ? "before" : written;
        var direction = dir is "earlier" or "before" or "ago" ? RelativeDirection.Before : RelativeDirection.After;
        var (num, unit) = (m.Groups["num"].Captures, m.Groups["unit"].Captures);
        // "a year and three weeks before" is read whole or not at all, never as "three weeks before"; "two and a half years
        // before", "a year and a half after" in months, "three and a half months before" in weeks (a half of a week or a day
        // is not read).
        var half = m.Groups["half"].Success;
        if (half && (m.Groups["compound"].Success || UnitOf(unit[0].Value) is not (TimeUnit.Year or TimeUnit.Month or TimeUnit.Decade))) return;
        if ((m.Groups["compound"].Success ? Compound(num[0].Value, unit[0].Value, num[1].Value, unit[1].Value, direction)
                // ("A decade and a half before": fifteen years.)
                : half && UnitOf(unit[0].Value) == TimeUnit.Decade ? new RelativeOffset(NumberValue(num[0].Value) * 10 + 5, TimeUnit.Year, direction)
                : half && UnitOf(unit[0].Value) == TimeUnit.Month ? new RelativeOffset((int)Math.Round((NumberValue(num[0].Value) + 0.5) * 30.44 / 7), TimeUnit.Week, direction)
                : half ? new RelativeOffset(NumberValue(num[0].Value) * 12 + 6, TimeUnit.Month, direction)
                : Offset(num[0].Value, unit[0].Value, direction)) is not { } offset) return;
        // ("Three months later than the Ufa summit" counts from the summit, as "after" it would.)
        var than = dir is "later" or "earlier" ? LaterThan().Match(text, m.Index + m.Length) : null;
        var anchor = dir is "after" or "before" ? AnchorAfter(text, m.Index + m.Length)
            : than is { Success: true } ? AnchorAfter(text, than.Index + than.Length) : null;
        found.Add(new Candidate(m.Index, m.Length, Shape.Relative)
        {
            Relative = offset with { AnchorText = anchor },
            // "two months before the withdrawal" counts from the withdrawal, not from the date before it; "ago" from today.
            CountsFromPrevious = anchor is null && dir != "ago",
        });
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        Distance(date, previous) is ({ } n and not 0, var unit) ? $"{Count(Math.Abs(n), unit)} {(n > 0 ? "later" : "earlier")}" : null;

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.OnDay(1989, 2, 18, "3 days later"), DateStyle.Natural) { Previous = HistoricalDate.OnDay(1989, 2, 15, "15 February 1989") },
        new(HistoricalDate.InYear(1987, "2 years earlier"), DateStyle.Natural) { Previous = HistoricalDate.InYear(1989, "1989") },
    ];

    /// <summary>How far a day, month or year lies after (positive) or before another of the same precision, in its unit: (3, "day").</summary>
    internal static (int Amount, string Unit)? Distance(HistoricalDate date, HistoricalDate? previous)
    {
        if (previous is null || previous.Precision != date.Precision) return null;
        return date.Precision switch
        {
            DatePrecision.Day => (date.Start.DayNumber - previous.Start.DayNumber, "day"),
            DatePrecision.Month => ((date.Start.Year - previous.Start.Year) * 12 + date.Start.Month - previous.Start.Month, "month"),
            DatePrecision.Year => (date.Start.Year - previous.Start.Year, "year"),
            _ => null,
        };
    }

    internal static string Count(int n, string unit) => n == 1 ? $"one {unit}" : $"{n} {unit}s";
}
