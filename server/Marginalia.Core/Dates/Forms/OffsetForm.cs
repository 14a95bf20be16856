using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"after three days", "before two weeks", "in 18 months", "within 14 months", "in the following three years".</summary>
internal sealed partial class OffsetForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.ScanWhen(TriggerWords.Units);

    public override Regex Pattern => ThePattern();

    /// <summary>"after three days", "within 14 months", "in 18 months", "in the following three years".</summary>
    [GeneratedRegex(@"(?<!\w)(?<dir>(?i:after|before|within|in))\s+(?:(?<next>(?i:the\s+(?:next|following|first|last|past))\s+))?" + Approximately + Number + @"\s+" + Unit + @"(?![\w-])")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var dir = m.Groups["dir"].Value.ToLowerInvariant();
        var next = m.Groups["next"].Success;
        var direction = dir switch
        {
            "before" => RelativeDirection.Before,
            "within" => RelativeDirection.Within,
            "in" when next => RelativeDirection.Within,
            _ => RelativeDirection.After,
        };
        // "after a decade of occupation", "after three years of talks", "after fifteen years away", "after two years' absence":
        // how long something lasted, counted from nothing before.
        if (direction is RelativeDirection.After or RelativeDirection.Before && Lasting().IsMatch(text.AsSpan(m.Index + m.Length))) return;
        // "in a year when Russia became more assertive", "in a year that saw…": which year, not one counted from a date.
        if (WhichTime().IsMatch(text.AsSpan(m.Index + m.Length))) return;
        var offset = Offset(m.Groups["num"].Value, m.Groups["unit"].Value, direction);
        found.Add(new Candidate(m.Index, m.Length, Shape.Relative)
        {
            Relative = offset, CountsFromPrevious = direction is RelativeDirection.After or RelativeDirection.Before, Priority = 1,
        });
    }

    [GeneratedRegex(@"^\s+(?:when|that|which|where|in\s+which|during\s+which)(?![\w-])")]
    private static partial Regex WhichTime();

    [GeneratedRegex("^" + LastingTail)]
    private static partial Regex Lasting();

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        AgoLaterForm.Distance(date, previous) is ({ } n and not 0, var unit) ? $"{(n > 0 ? "after" : "before")} {AgoLaterForm.Count(Math.Abs(n), unit)}" : null;

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.OnDay(1989, 2, 18, "after 3 days"), DateStyle.Natural) { Previous = HistoricalDate.OnDay(1989, 2, 15, "15 February 1989") },
        new(HistoricalDate.InMonth(2016, 9, "after 4 months"), DateStyle.Natural) { Previous = HistoricalDate.InMonth(2016, 5, "May 2016") },
    ];
}
