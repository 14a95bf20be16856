using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"mid-February 1989", "early May 2016", "the end of May 2001", "mid-September" (yearless).</summary>
internal sealed partial class PartOfMonthForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.Months, 4);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<!\w)(?:(?<q>[Ee]arly|[Mm]id|[Ll]ate)[-\s]|(?:[Tt]he\s+)?(?<q2>beginning|start|middle|end)\s+of\s+)" + Month +
                    @"(?:,?\s+" + Year + @"|\s+of\s+" + ContextYearWords + @"|(?!\s*[0-9]))")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var month = MonthNumber(m.Groups["month"].Value);
        var part = Qualifier(m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["q2"].Value);
        var (first, last) = part switch { Part.Early => (1, 10), Part.Middle => (11, 20), _ => (21, 31) };
        if (!MonthStands(m)) return;
        HistoricalDate Make(int y) => HistoricalDate.InPartOfMonth(y, month, first, last, m.Value);
        AddYearOrContext(m, Make, found);
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null)
    {
        if (date is not { Precision: DatePrecision.PartOfMonth, Start: var s, End: var e } || s.Year != e.Year || s.Month != e.Month) return null;
        var part = (s.Day, e.Day) switch
        {
            (1, 10) => "early ",
            (11, 20) => "mid-",
            (21, _) when IsLastOfMonth(e) => "late ",
            _ => null,
        };
        return part is null ? null : $"{part}{FullMonth(s.Month)} {s.Year}";
    }

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InPartOfMonth(1989, 2, 11, 20, "mid-February 1989"), DateStyle.Natural),
        new(HistoricalDate.InPartOfMonth(2016, 5, 21, 31, "late may 2016"), DateStyle.Natural | DateStyle.LowercaseMonth),
    ];
}
