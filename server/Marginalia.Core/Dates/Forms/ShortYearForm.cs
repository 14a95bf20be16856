using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"'88", "’89": a year in two digits after an apostrophe, '00–'30 being 2000–2030 (not "'s", not "'12 rockets'").</summary>
internal sealed partial class ShortYearForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Scan;

    public override Regex Pattern => ThePattern();

    /// <summary>"'88", "’89": a year in two digits after an apostrophe (not "'s", and not a quote: "'12 rockets'").</summary>
    [GeneratedRegex(@"(?<![\w'’])(?<year>['’][0-9]{2})(?![\w'’%]|[.,][0-9])")]
    private static partial Regex ThePattern();

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var group = m.Groups["year"];
        var before = WordBefore(text, m.Index);
        var after = WordAfter(text, m.Index + m.Length);
        var timeBefore = TimeBeforeYearWord.Contains(before) || MonthYearAfter.Contains(before);
        // "in '88", "the elections of '88", "'88." — but not "'12 rockets'", a number quoted.
        if (!timeBefore && after.Length > 0) return;
        if (after.Length > 0 && NotAfterYearWord.Contains(after)) return;
        if (ClosingQuoteAfter(text, m.Index + m.Length)) return;
        found.Add(Stated(m, HistoricalDate.InYear(YearOf(group), m.Value), DateStyle.Year | DateStyle.ShortYear, joinable: true));
    }

    /// <summary>The pivot: '00–'30 are 2000–2030, '31–'99 are 1931–1999.</summary>
    public static int FromTwoDigits(int yy) => yy <= 30 ? 2000 + yy : 1900 + yy;

    /// <summary>Whether a year can be written in two digits and read back as itself.</summary>
    public static bool Writes(int year) => year is >= 1931 and <= 2030;

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date.Precision == DatePrecision.Year && date.Start.Year == date.End.Year && Writes(date.Start.Year) ? $"'{date.Start.Year % 100:00}" : null;

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.InYear(1988, "'88"), DateStyle.Year | DateStyle.ShortYear),
        new(HistoricalDate.InYear(2005, "'05"), DateStyle.Year | DateStyle.ShortYear) { Lead = "in " },
    ];
}
