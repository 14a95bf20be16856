using System.Text.RegularExpressions;
using Marginalia.Core.Dates.Forms;

namespace Marginalia.Core.Dates;

/// <summary>Writes a date back as text, in a given style or in natural English at its precision.</summary>
public static partial class DateWriter
{
    /// <summary>
    /// The date in the style when the style fits its precision (a day in any day style, a month in a month style, a
    /// quarter as "Q2 1993"); otherwise natural English at the date's precision ("February 1989", "1989", "the 1980s",
    /// "mid-February 1989"). The modifiers write the month in lower case and the year as "'93" wherever the result reads
    /// back as the same date ("'93" only for 1931–2030; no month range in lower case).
    /// </summary>
    public static string Write(HistoricalDate date, DateStyle style)
    {
        var shape = style.Shape();
        var written = (date.IsValid ? FormCatalog.WriterOf(shape)?.Write(date, shape) : null) ?? Natural(date);
        return WithModifiers(written, date, style);
    }

    /// <summary>A date written in a style's shape, with the style's modifiers applied where the result reads back as the same date.</summary>
    internal static string WithModifiers(string written, HistoricalDate date, DateStyle style)
    {
        if ((style & DateStyles.Modifiers) == 0 || !date.IsValid) return written;
        var modified = written;
        if (style.Has(DateStyle.LowercaseMonth)) modified = MonthName().Replace(modified, m => m.Value.ToLowerInvariant());
        if (style.Has(DateStyle.ShortYear) && FourDigits().Matches(modified) is [{ } year] && ShortYearForm.Writes(int.Parse(year.ValueSpan)))
            modified = string.Concat(modified.AsSpan(0, year.Index), "'", year.ValueSpan[2..], modified.AsSpan(year.Index + 4));
        // Read back: a form the recognizer would not read as the same date is written without the modifier.
        return modified == written || DateRecognizer.ParseOne(modified) is { } read && read.Start == date.Start && read.End == date.End
            ? modified
            : written;
    }

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?![0-9])")]
    private static partial Regex FourDigits();

    /// <summary>
    /// Natural English at the date's precision, as the form of that precision writes it ("15 February 1989", "mid-February
    /// 1989", "spring 2019", "the 1980s"); a date the calendar lacks is written as it was given.
    /// </summary>
    public static string Natural(HistoricalDate date)
    {
        if (!date.IsValid) return date.Text;
        return date.Precision switch
        {
            DatePrecision.Day => FormCatalog.DayMonthYear.Write(date, DateStyle.DayMonthYear),
            DatePrecision.Month => FormCatalog.MonthYear.Write(date, DateStyle.MonthYear),
            DatePrecision.PartOfMonth => FormCatalog.PartOfMonth.Write(date, DateStyle.Natural) ?? FormCatalog.DayRange.Write(date, DateStyle.Natural),
            // (In its own words when they read back to it: "the last quarter of 2015" is not "the end of 2015" to its writer.)
            DatePrecision.PartOfYear => OwnWords(date) ?? FormCatalog.PartOfYear.Write(date, DateStyle.Natural) ?? FormCatalog.Season.Write(date, DateStyle.Natural),
            DatePrecision.Year => FormCatalog.Year.Write(date, DateStyle.Year),
            DatePrecision.Decade => FormCatalog.Decade.Write(date, DateStyle.Natural),
            DatePrecision.Century => FormCatalog.Century.Write(date, DateStyle.Natural),
            DatePrecision.Era => date.Text,
            _ => null,
        } ?? Span(date.Start, date.End);
    }

    /// <summary>A date's own text when it is one date that reads back to the same interval, else null.</summary>
    private static string? OwnWords(HistoricalDate date) =>
        DateRecognizer.ParseOne(date.Text) is { } read && read.Start == date.Start && read.End == date.End && read.Precision == date.Precision ? date.Text.Trim() : null;

    /// <summary>An interval in the fewest words: "1992–1996", "9–10 July 2015", "9 July – 10 August 2015".</summary>
    private static string Span(DateOnly s, DateOnly e)
    {
        var wholeYears = s is { Month: 1, Day: 1 } && e is { Month: 12, Day: 31 };
        if (wholeYears) return s.Year == e.Year ? $"{s.Year}" : $"{s.Year}–{e.Year}";
        var wholeMonths = s.Day == 1 && e.Day == DateTime.DaysInMonth(e.Year, e.Month);
        if (wholeMonths)
            return s.Year == e.Year
                ? (s.Month == e.Month ? $"{Month(s.Month)} {s.Year}" : $"{Month(s.Month)}–{Month(e.Month)} {s.Year}")
                : $"{Month(s.Month)} {s.Year} – {Month(e.Month)} {e.Year}";
        if (s == e) return $"{s.Day} {Month(s.Month)} {s.Year}";
        if (s.Year == e.Year && s.Month == e.Month) return $"{s.Day}–{e.Day} {Month(s.Month)} {s.Year}";
        if (s.Year == e.Year) return $"{s.Day} {Month(s.Month)} – {e.Day} {Month(e.Month)} {s.Year}";
        return $"{s.Day} {Month(s.Month)} {s.Year} – {e.Day} {Month(e.Month)} {e.Year}";
    }

    private static string Month(int month) => HistoricalDate.MonthName(month);

    public static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });
}
