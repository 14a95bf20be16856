using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"9/11", "the September 11 attacks": 11 September 2001 (which gives no year to the dates after it).</summary>
internal sealed partial class NineElevenForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Scan;

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"(?<![\w/])9/11(?![\w/])|(?<![\w-])(?i:September)\s+11(?:th)?(?=\s+(?i:attacks?|terror\w*|strikes?|hijack\w*)\b)")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        // ("the September 11 attacks" in a note about 2019 are still those of 2001: before a yearless day of the context year.)
        found.Add(Stated(m, HistoricalDate.OnDay(2001, 9, 11, m.Value), DateStyle.Natural, joinable: false, priority: 2, setsContext: false));
    }

    /// <summary>Whether a mention is the attacks' name ("9/11"): it says when they happened, and is no claim about anything else.</summary>
    internal static bool Names(DateMention mention) => ThePattern().Match(mention.Text) is { Success: true } m && m.Length == mention.Text.Length;

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date.Day == new DateOnly(2001, 9, 11) ? "9/11" : null;

    public override IReadOnlyList<RoundTrip> RoundTrips => [new(HistoricalDate.OnDay(2001, 9, 11, "9/11"), DateStyle.Natural)];
}
