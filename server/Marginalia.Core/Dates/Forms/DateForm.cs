using System.Text.RegularExpressions;

namespace Marginalia.Core.Dates.Forms;

/// <summary>
/// One written form of a date ("15 February 1989", "Q2 1993", "three days later"): the words that make it worth trying
/// at a place, its pattern, how it reads a match into candidates, and how it writes a date in its style. Like NodaTime's
/// patterns, one object reads and writes; like chrono's parsers, a form only proposes: the recognizer chooses among
/// overlapping candidates, joins ranges and resolves context. Every form is listed in <see cref="FormCatalog"/>.
/// </summary>
internal abstract class DateForm
{
    /// <summary>The form's name: its class name without "Form".</summary>
    public string Name => GetType().Name[..^"Form".Length];

    /// <summary>What makes the form worth trying at a place (see <see cref="Trigger"/>).</summary>
    public abstract Trigger Trigger { get; }

    public abstract Regex Pattern { get; }

    /// <summary>Adds the candidates the pattern's matches (found near the trigger words) stand for.</summary>
    public virtual void Propose(string text, IEnumerable<Match> matches, List<Candidate> found)
    {
        foreach (var m in matches) Read(text, m, found);
    }

    /// <summary>Reads one match into zero or more candidates.</summary>
    protected virtual void Read(string text, Match m, List<Candidate> found) { }

    /// <summary>Changes the chosen candidates after ranges are joined (a hedge before a date); most forms do nothing here.</summary>
    public virtual void Refine(string text, List<Candidate> chosen) { }

    /// <summary>The styles (without modifiers) this form writes; <see cref="DateWriter"/> asks the form that owns a style.</summary>
    public virtual IReadOnlyList<DateStyle> Styles => [];

    /// <summary>The date written in this form and style (no modifiers), or null when the form cannot write it (a quarter of a day).</summary>
    /// <param name="previous">The date written before it, for forms that count from one ("three days later", "the following year").</param>
    public abstract string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null);

    /// <summary>Dates this form writes and reads back as the same interval and style: the catalog's round-trip test runs every one.</summary>
    public abstract IReadOnlyList<RoundTrip> RoundTrips { get; }

    public override string ToString() => Name;

    // ---------------------------------------------------------------- reading

    protected static Candidate Stated(Match m, HistoricalDate date, DateStyle style, bool joinable, int priority = 0, bool setsContext = true) =>
        new(m.Index, m.Length, Shape.Date) { Date = date, Style = style, Joinable = joinable, Priority = priority, SetsContext = setsContext };

    /// <summary>A month named without its year ("in March", "January–May 2016"'s first): the year comes from the date before it or after it.</summary>
    protected static Candidate YearlessMonth(Match m)
    {
        var month = DateWords.MonthNumber(m.Groups["month"].Value);
        return new Candidate(m.Index, m.Length, Shape.Yearless) { WithYear = y => HistoricalDate.InMonth(y, month, m.Value), Joinable = true };
    }

    /// <summary>A date with a year group, a context year ("of that year") or neither (the year comes from the date before it).</summary>
    protected static void AddYearOrContext(Match m, Func<int, HistoricalDate> make, List<Candidate> found)
    {
        if (m.Groups["year"].Success)
            found.Add(Stated(m, make(YearOf(m.Groups["year"])), Written(DateStyle.Natural, m), joinable: true, priority: 1));
        else if (m.Groups["ctx"].Success)
            found.Add(new Candidate(m.Index, m.Length, Shape.ContextYear) { WithYear = make });
        else
            found.Add(new Candidate(m.Index, m.Length, Shape.Yearless) { WithYear = make, Joinable = true });
    }

    /// <summary>A year group's year: "1993", or "'93" and "’93" (see <see cref="ShortYearForm.FromTwoDigits"/>).</summary>
    protected static int YearOf(Group year) =>
        year.ValueSpan[0] is '\'' or '’' ? ShortYearForm.FromTwoDigits(int.Parse(year.ValueSpan[1..])) : int.Parse(year.ValueSpan);

    /// <summary>The style with the modifiers the match shows: a lowercase month name, an apostrophe year.</summary>
    protected static DateStyle Written(DateStyle style, Match m)
    {
        if (m.Groups["month"] is { Success: true } month && char.IsLower(month.ValueSpan[0])) style |= DateStyle.LowercaseMonth;
        if (m.Groups["year"] is { Success: true } year && year.ValueSpan[0] is '\'' or '’') style |= DateStyle.ShortYear;
        return style;
    }

    /// <summary>
    /// Whether the month name of a match is a month: any capitalized name, a lowercase one beside a day or a year,
    /// and a lowercase "may", "march" or "mar" (verbs too) only with a year: "may 29, 2019", not "we may 5 times".
    /// </summary>
    protected static bool MonthStands(Match m) => !AmbiguousLowercase(m) || m.Groups["year"].Success;

    protected static bool AmbiguousLowercase(Match m)
    {
        var month = m.Groups["month"].ValueSpan.TrimEnd('.');
        return char.IsLower(month[0]) && (month.Equals("may", StringComparison.OrdinalIgnoreCase)
            || month.Equals("march", StringComparison.OrdinalIgnoreCase) || month.Equals("mar", StringComparison.OrdinalIgnoreCase));
    }

    // ---------------------------------------------------------------- writing

    protected static string FullMonth(int month) => HistoricalDate.MonthName(month);

    protected static string ShortMonth(int month) => HistoricalDate.MonthName(month)[..3];

    protected static bool IsLastOfMonth(DateOnly d) => d.Day == DateTime.DaysInMonth(d.Year, d.Month);
}

/// <summary>
/// A date a form writes and must read back: written in Style after Previous (written naturally, then ", ") and Lead,
/// the last mention read has the same interval and style.
/// </summary>
internal sealed record RoundTrip(HistoricalDate Date, DateStyle Style)
{
    public HistoricalDate? Previous { get; init; }

    /// <summary>Words the form needs before it ("in " before a lone month).</summary>
    public string Lead { get; init; } = "";
}
