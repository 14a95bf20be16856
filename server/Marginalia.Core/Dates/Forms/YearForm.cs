using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.DateWords;
using static Marginalia.Core.Dates.Forms.PatternParts;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates.Forms;

/// <summary>"1989", "the year 1989", "c.1993" (not "Resolution 1267", "1500 troops").</summary>
internal sealed partial class YearForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Scan;

    public override Regex Pattern => ThePattern();

    // "c.1993" is the one year written right after a dot.
    [GeneratedRegex(@"(?:(?<![\w$#£€.,/:-])|(?<=(?<![\w.])(?i:ca?)\.))(?:(?<written>(?i:the\s+year)\s+))?" + FourDigitYear + @"(?!-[0-9][0-9])")]
    private static partial Regex ThePattern();

    // The commonest pattern by far (every year written): read from the match's span, without Match and Group objects.
    // The year is the last four characters of a match, after an optional "the year".
    public override void Propose(string text, IEnumerable<Match> matches, List<Candidate> found)
    {
        foreach (var m in Pattern.EnumerateMatches(text))
        {
            var yearAt = m.Index + m.Length - 4;
            var year = int.Parse(text.AsSpan(yearAt, 4));
            if (year is < 1000 or > 2100 || !LooksLikeYear(text, yearAt, 4)) continue;
            var written = m.Length > 4;
            found.Add(new Candidate(m.Index, m.Length, Shape.Date)
            {
                Date = HistoricalDate.InYear(year, text.Substring(m.Index, m.Length)), Style = written ? DateStyle.Natural : DateStyle.Year, Joinable = !written,
                // "…its first capital since 2001. … Later that year": a year counted from is not the year being told.
                SetsContext = !WordBefore(text, m.Index).Equals("since", StringComparison.OrdinalIgnoreCase),
            });
        }
    }

    public override IReadOnlyList<DateStyle> Styles => [DateStyle.Year];

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date.Precision == DatePrecision.Year && date.Start.Year == date.End.Year ? $"{date.Start.Year}" : null;

    public override IReadOnlyList<RoundTrip> RoundTrips => [new(HistoricalDate.InYear(1989, "1989"), DateStyle.Year)];
}
