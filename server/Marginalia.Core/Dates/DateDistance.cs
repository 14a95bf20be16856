using System.Collections.Concurrent;
using Humanizer;

namespace Marginalia.Core.Dates;

/// <summary>How far apart two dates are, in words: "one year", "three days", "two months".</summary>
public static class DateDistance
{
    public static string InWords(int days)
    {
        days = Math.Abs(days);
        if (days == 0) return "the same day";
        if (days < 7) return Count(days, "day");
        if (days < 28) return Count((int)Math.Round(days / 7.0), "week");
        var months = Math.Max(1, (int)Math.Round(days / 30.44));
        // A year and a half in months ("seventeen months", not "one year"); near a whole year, one.
        if (days < 350 || months is >= 15 and <= 21) return Count(months, "month");
        return Count(Math.Max(1, (int)Math.Round(days / 365.25)), "year");
    }

    /// <summary>How far one date lies from another in words, with the direction: "one year later", "three days earlier".</summary>
    public static string Compare(HistoricalDate said, HistoricalDate paper)
    {
        if (said.Agrees(paper))
        {
            // Overlapping spans whose ends differ ("6–7 February" for "5–6 February"): how far the start moved, else the end —
            // at the coarser of the two ends' units ("Dec 1979 – Feb 1988" for 1979–1989 starts in the same year and ends one
            // year earlier).
            var unit = DateAgreement.Coarser(DateAgreement.EndsUnit(said.Start, said.End), DateAgreement.EndsUnit(paper.Start, paper.End));
            var starts = !DateAgreement.Same(said.Start, paper.Start, unit);
            var (from, to) = starts ? (paper.Start, said.Start) : (paper.End, said.End);
            if (!starts && DateAgreement.Same(from, to, unit)) return "the same time";
            var moved = unit switch
            {
                DateAgreement.EndUnit.Year => Count(Math.Abs(to.Year - from.Year), "year"),
                // (Whole years as years: "from September 2017" for September 2018 starts one year earlier.)
                DateAgreement.EndUnit.Month => Months(MonthsApart(from, to)),
                _ => InWords(to.DayNumber - from.DayNumber),
            };
            return $"{(starts ? "starting" : "ending")} {moved} {(to > from ? "later" : "earlier")}";
        }
        var direction = said.Start > paper.End ? "later" : "earlier";
        // A decade or a century for another: as far as their starts ("the 1980s" for the 1990s is ten years earlier, not a day).
        if (said.Precision is DatePrecision.Decade or DatePrecision.Century && paper.Precision == said.Precision)
            return $"{Count(Math.Abs(said.Start.Year - paper.Start.Year), "year")} {direction}";
        // At the note's own precision: "1988" is one year before 15 February 1989, not "two months"; "1997" one year after
        // 1992–1996, and "Sept 2019" one month after June–August 2019, not "one day".
        if (said.Precision is DatePrecision.Year or DatePrecision.Month && (paper.Precision <= said.Precision
            || (paper.Precision == DatePrecision.Range && DateAgreement.EndsUnit(paper.Start, paper.End) is DateAgreement.EndUnit.Year or DateAgreement.EndUnit.Month)))
        {
            var months = said.Start > paper.End
                ? (said.Start.Year - paper.End.Year) * 12 + said.Start.Month - paper.End.Month
                : (paper.Start.Year - said.End.Year) * 12 + paper.Start.Month - said.End.Month;
            // (A year by the years written: 1994 is two years after 1992, not the thirteen months from its end.)
            if (said.Precision == DatePrecision.Year)
                return $"{Count(Math.Max(1, said.Start > paper.End ? said.Start.Year - paper.End.Year : paper.Start.Year - said.End.Year), "year")} {direction}";
            if (months < 12) return $"{Count(Math.Max(1, months), "month")} {direction}";
            // "Jan. 2016" for January 2015 is one year later, not the eleven months between the two months.
            if (months % 12 == 0) return $"{Count(months / 12, "year")} {direction}";
        }
        // The same part of another month ("mid-October" for mid-September) is months off, not the days between their edges.
        if (said.Precision == DatePrecision.PartOfMonth && paper.Precision == DatePrecision.PartOfMonth
            && said.Start.Day == paper.Start.Day && said.End.Day == paper.End.Day)
        {
            return $"{Months(MonthsApart(said.Start, paper.Start))} {direction}";
        }
        // So the same part of another year ("Q4 2016" for the last quarter of 2015, "spring 1993" for spring 1992) is years off.
        if (said.Precision == DatePrecision.PartOfYear && paper.Precision == DatePrecision.PartOfYear
            && (said.Start.Month, said.Start.Day, said.End.Month, said.End.Day) == (paper.Start.Month, paper.Start.Day, paper.End.Month, paper.End.Day))
            return $"{Count(Math.Abs(said.Start.Year - paper.Start.Year), "year")} {direction}";
        return $"{InWords(said.DaysApart(paper))} {direction}";
    }

    /// <summary>A count of months in words, whole years as years: "twelve months" is "one year".</summary>
    private static string Months(int months) => months % 12 == 0 ? Count(months / 12, "year") : Count(months, "month");

    /// <summary>Calendar months between two days' months, either way round.</summary>
    private static int MonthsApart(DateOnly a, DateOnly b) => Math.Abs((b.Year - a.Year) * 12 + b.Month - a.Month);

    /// <summary>
    /// How far one event lies from another, at the coarser unit of the two when one is a year: 7 May 2018 is six years later
    /// than 2012 (not the five years from the end of 2012), else as <see cref="Compare"/>.
    /// </summary>
    public static string Between(HistoricalDate subject, HistoricalDate anchor)
    {
        if (!subject.Agrees(anchor) && (subject.Precision == DatePrecision.Year) != (anchor.Precision == DatePrecision.Year)
            && subject.Precision <= DatePrecision.Year && anchor.Precision <= DatePrecision.Year
            && Math.Abs(subject.Start.Year - anchor.Start.Year) is var years and > 0)
            return $"{Count(years, "year")} {(subject.Start > anchor.End ? "later" : "earlier")}";
        return Compare(subject, anchor);
    }

    /// <summary>How far apart two dates that do not overlap may lie at most, with the direction: "at most seven months later".</summary>
    public static string AtMost(HistoricalDate subject, HistoricalDate anchor)
    {
        var later = subject.Start > anchor.End;
        return $"at most {InWords(later ? subject.End.DayNumber - anchor.Start.DayNumber : anchor.End.DayNumber - subject.Start.DayNumber)} {(later ? "later" : "earlier")}";
    }

    /// <summary>A distance in words with its direction: "one week after", "three days before".</summary>
    public static string Of(RelativeOffset offset)
    {
        var unit = offset.Unit switch { TimeUnit.Day => "day", TimeUnit.Week => "week", TimeUnit.Month => "month", TimeUnit.Year => "year", _ => "decade" };
        return $"{Count(offset.Amount, unit)} {(offset.Direction == RelativeDirection.Before ? "before" : "after")}";
    }

    // Humanizer pluralizes by running its rule regexes on every call (a twentieth of checking a long note):
    // the few counts and units a workspace writes are worded once.
    private static readonly ConcurrentDictionary<(int N, string Unit), string> Worded = new();

    private static string Count(int n, string unit) =>
        Worded.TryGetValue((n, unit), out var words) ? words : Worded.GetOrAdd((n, unit), static k => k.Unit.ToQuantity(k.N, ShowQuantityAs.Words));
}
