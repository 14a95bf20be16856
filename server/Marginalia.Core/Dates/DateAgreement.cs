namespace Marginalia.Core.Dates;

/// <summary>
/// Whether a date a note writes agrees with the paper's date for the same event, at the precision the note wrote:
/// the one rule the claims, the checks, their fixes and the hover cards share.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A date agrees when it can be the paper's date: "1989" and "mid-February 1989" agree with 15 February 1989.</item>
/// <item>A range agrees with a range only when its ends agree at the precision written: "6–7 February 2019" is not
/// "5–6 February 2019", "1992–98" is not "1992–96".</item>
/// <item>A vague span of the paper (a decade, a century, "the Cold War period") has fuzzy bounds: a date within a
/// year of it agrees, so a day just outside the 1980s is never "five days earlier" — but another decade is another
/// decade: "the 1980s" is not "the 1990s".</item>
/// </list>
/// </remarks>
public static class DateAgreement
{
    /// <summary>How far a vague span's bounds reach: a year either side.</summary>
    public const int VagueSpanToleranceYears = 1;

    /// <summary>
    /// Whether a date as the note writes it agrees: a hedged date ("c. 1993", "around 1992–96") at its tolerance; "some
    /// time in 2017" is no hedge of the year, only of the day within it.
    /// </summary>
    public static bool Agrees(DateMention said, HistoricalDate paper)
    {
        var literal = said.Date!;
        if (Agrees(literal, paper)) return true;
        if (said.Hedge is not { } hedge || hedge.Word.StartsWith("some", StringComparison.OrdinalIgnoreCase)) return false;
        var widened = said.Claimed!;
        // A hedged range: each end may move by its tolerance.
        if (literal.Precision == DatePrecision.Range && paper.Precision == DatePrecision.Range)
            return Within(paper.Start, widened.Start, literal.Start.AddDays(literal.Start.DayNumber - widened.Start.DayNumber))
                && Within(paper.End, literal.End.AddDays(literal.End.DayNumber - widened.End.DayNumber), widened.End);
        return Agrees(widened, paper);

        static bool Within(DateOnly d, DateOnly from, DateOnly to) => from <= d && d <= to;
    }

    public static bool Agrees(HistoricalDate said, HistoricalDate paper)
    {
        if (said.Precision == DatePrecision.Range && paper.Precision == DatePrecision.Range)
            return EndsAlike(said, paper) is (true, true);
        // (Not for a span of the same kind: "the 1980s" is not the paper's 1990s.)
        var within = IsVague(paper) && said.Precision != paper.Precision ? Widened(paper, VagueSpanToleranceYears) : paper;
        return said.Start <= within.End && within.Start <= said.End;
    }

    /// <summary>Whether a range shares one end with a range of the paper, at the precision written: "from June to September
    /// 2019" and June–August 2019.</summary>
    public static bool SharesAnEnd(HistoricalDate said, HistoricalDate paper) =>
        said.Precision == DatePrecision.Range && paper.Precision == DatePrecision.Range && EndsAlike(said, paper) is (true, _) or (_, true);

    /// <summary>Whether two ranges' starts and ends are alike at the coarser precision either writes its ends in.</summary>
    private static (bool Start, bool End) EndsAlike(HistoricalDate said, HistoricalDate paper)
    {
        var unit = Coarser(EndsUnit(said.Start, said.End), EndsUnit(paper.Start, paper.End));
        return (Same(said.Start, paper.Start, unit), Same(said.End, paper.End, unit));
    }

    /// <summary>A span whose bounds the paper does not fix: a decade, a century, a named era.</summary>
    public static bool IsVague(HistoricalDate date) => date.Precision is DatePrecision.Decade or DatePrecision.Century or DatePrecision.Era;

    private static HistoricalDate Widened(HistoricalDate date, int years) =>
        date with { Start = date.Start.AddYears(-years), End = date.End.AddYears(years) };

    /// <summary>How finely a range's ends are written.</summary>
    internal enum EndUnit { Day, Month, Year }

    /// <summary>How finely a range's ends are written: whole years ("1992–96"), whole months ("January–May 2016") or days
    /// ("9–10 July 2015"). The one reading of it: agreement and hedges (<see cref="Hedges"/>) share it.</summary>
    internal static EndUnit EndsUnit(DateOnly start, DateOnly end) =>
        start is { Month: 1, Day: 1 } && end is { Month: 12, Day: 31 } ? EndUnit.Year
        : start.Day == 1 && end.Day == DateTime.DaysInMonth(end.Year, end.Month) ? EndUnit.Month
        : EndUnit.Day;

    internal static EndUnit Coarser(EndUnit a, EndUnit b) => a > b ? a : b;

    internal static bool Same(DateOnly a, DateOnly b, EndUnit unit) => unit switch
    {
        EndUnit.Year => a.Year == b.Year,
        EndUnit.Month => a.Year == b.Year && a.Month == b.Month,
        _ => a == b,
    };
}
