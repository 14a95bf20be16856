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
        if (days < 350) return Count(Math.Max(1, (int)Math.Round(days / 30.44)), "month");
        return Count(Math.Max(1, (int)Math.Round(days / 365.25)), "year");
    }

    /// <summary>How far one date lies from another in words, with the direction: "one year later", "three days earlier".</summary>
    public static string Compare(HistoricalDate said, HistoricalDate paper) =>
        said.Agrees(paper) ? "the same time"
        : $"{InWords(said.DaysApart(paper))} {(said.Start > paper.End ? "later" : "earlier")}";

    private static string Count(int n, string unit) => unit.ToQuantity(n, ShowQuantityAs.Words);
}
