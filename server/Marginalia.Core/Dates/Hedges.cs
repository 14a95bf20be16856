using System.Text.RegularExpressions;

namespace Marginalia.Core.Dates;

/// <summary>A word that makes a date approximate, as written before it: "c. 1993" has ("c.", 3), "some time in 2017" ("some time in", 13).</summary>
/// <param name="Word">The hedge as written, without the space after it.</param>
/// <param name="Length">How many characters of the mention's text the hedge takes, with the space after it: a fix keeps them and replaces the rest.</param>
public sealed record DateHedge(string Word, int Length);

/// <summary>
/// The hedges a historian writes before a date ("c. 1993", "around 2015", "about March 2019", "some time in 2017") and how
/// far each precision is widened by one: the one place the tolerance is stated.
/// </summary>
public static partial class Hedges
{
    /// <summary>Whether a distance is given roughly: "about three months", "nearly a year" ("just a month" is exact).</summary>
    public static bool ApproximateDistance(string words) => Approximate().IsMatch(words.ToLowerInvariant());

    /// <summary>Whether a distance is a lower bound: "more than two months", "over a year", "at least a week".</summary>
    public static bool AtLeastDistance(string words) => AtLeast().IsMatch(words.ToLowerInvariant());

    /// <summary>Whether a distance is an upper bound: "less than two months", "within a year", "nearly a year", "barely a year".</summary>
    public static bool AtMostDistance(string words) => AtMost().IsMatch(words.ToLowerInvariant());

    /// <summary>Whether a distance is a little short of its length: "nearly three years" (more than two), "almost a year", "a little under two years".</summary>
    public static bool NearlyDistance(string words) => Nearly().IsMatch(words.ToLowerInvariant());

    /// <summary>Whether a distance is a little beyond its length: "a little over two years", "just over a month".</summary>
    public static bool JustOverDistance(string words) => JustOver().IsMatch(words.ToLowerInvariant());

    /// <summary>Whether a distance is given exactly: neither rough nor a bound ("after three days", "one week after").</summary>
    public static bool ExactDistance(string words) => !ApproximateDistance(words) && !AtLeastDistance(words) && !AtMostDistance(words);

    [GeneratedRegex(@"\b(?:about|around|nearly|almost|roughly|some|approximately|approx)\b|~")]
    private static partial Regex Approximate();

    [GeneratedRegex(@"\b(?:more\s+than|over|at\s+least)\b|>")]
    private static partial Regex AtLeast();

    /// <summary>The words that make a length "at most" it: "barely two months", "by scarcely a year".</summary>
    internal const string Scarcely = "barely|scarcely|hardly";

    [GeneratedRegex(@"\b(?:less\s+than|within|under|up\s+to|nearly|almost|" + Scarcely + @")\b|<")]
    private static partial Regex AtMost();

    [GeneratedRegex(@"\b(?:nearly|almost)\b|\b(?:a\s+little|just|slightly)\s+(?:under|less\s+than)\b")]
    private static partial Regex Nearly();

    [GeneratedRegex(@"\b(?:a\s+little|just|slightly)\s+(?:over|more\s+than)\b")]
    private static partial Regex JustOver();

    /// <summary>The hedges, in the words the recognizer looks for (any case; "c." and "ca." may touch the date).</summary>
    public static IReadOnlyList<string> Words { get; } =
        ["c.", "ca.", "circa", "around", "about", "approximately", "roughly", "some time in", "sometime in"];

    /// <summary>Whether a word before a number is a hedge, so the number may be a year ("about 2015") if nothing counted follows it.</summary>
    public static bool IsHedgeWord(ReadOnlySpan<char> word) =>
        word.Equals("about", StringComparison.OrdinalIgnoreCase) || word.Equals("approximately", StringComparison.OrdinalIgnoreCase)
        || word.Equals("around", StringComparison.OrdinalIgnoreCase) || word.Equals("roughly", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The date widened by what a hedge allows: a day by a week either way, part of a month by 10 days, a month by a month,
    /// part of a year by three months, a year by a year, a range at each end by its own unit, a decade by three years,
    /// a century or an era by ten years.
    /// </summary>
    public static HistoricalDate Widen(HistoricalDate date)
    {
        var (s, e) = (date.Start, date.End);
        (s, e) = date.Precision switch
        {
            DatePrecision.Day => (s.AddDays(-7), e.AddDays(7)),
            DatePrecision.PartOfMonth => (s.AddDays(-10), e.AddDays(10)),
            DatePrecision.Month => (s.AddMonths(-1), EndOfMonth(e.AddMonths(1))),
            DatePrecision.PartOfYear => (s.AddMonths(-3), EndOfMonth(e.AddMonths(3))),
            DatePrecision.Year => (s.AddYears(-1), e.AddYears(1)),
            DatePrecision.Range => (ByUnit(s, -1, DateAgreement.EndsUnit(s, e)), ByUnit(e, 1, DateAgreement.EndsUnit(s, e))),
            DatePrecision.Decade => (s.AddYears(-3), e.AddYears(3)),
            _ => (s.AddYears(-10), e.AddYears(10)),
        };
        return date with { Start = s, End = e };
    }

    private static DateOnly ByUnit(DateOnly d, int sign, DateAgreement.EndUnit unit) => unit switch
    {
        DateAgreement.EndUnit.Year => d.AddYears(sign),
        DateAgreement.EndUnit.Month => sign < 0 ? d.AddMonths(-1) : EndOfMonth(d.AddMonths(1)),
        _ => d.AddDays(7 * sign),
    };

    private static DateOnly EndOfMonth(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));
}
