using System.Text.RegularExpressions;

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
        var written = WriteShape(date, style.Shape());
        if ((style & DateStyles.Modifiers) == 0 || !date.IsValid) return written;
        var modified = written;
        if (style.Has(DateStyle.LowercaseMonth)) modified = MonthName().Replace(modified, m => m.Value.ToLowerInvariant());
        if (style.Has(DateStyle.ShortYear) && FourDigits().Matches(modified) is [{ } year] && int.Parse(year.ValueSpan) is >= 1931 and <= 2030)
            modified = string.Concat(modified.AsSpan(0, year.Index), "'", year.ValueSpan[2..], modified.AsSpan(year.Index + 4));
        // Read back: a form the recognizer would not read as the same date is written without the modifier.
        return modified == written || DateRecognizer.ParseOne(modified) is { } read && read.Start == date.Start && read.End == date.End
            ? modified
            : written;
    }

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex FourDigits();

    private static string WriteShape(HistoricalDate date, DateStyle style)
    {
        if (style == DateStyle.Quarter && date is { Precision: DatePrecision.PartOfYear, IsValid: true, Start: { Day: 1 } s, End: var e }
            && s.Month % 3 == 1 && e.Month == s.Month + 2 && e.Year == s.Year && e.Day == DateTime.DaysInMonth(e.Year, e.Month))
            return $"Q{(s.Month + 2) / 3} {s.Year}";
        if (date.Precision == DatePrecision.Day && date.IsValid)
        {
            var d = date.Start;
            return style switch
            {
                DateStyle.DayMonthYear => $"{d.Day} {Month(d.Month)} {d.Year}",
                DateStyle.AbbreviatedDayMonthYear => $"{d.Day} {Abbreviated(d.Month)} {d.Year}",
                DateStyle.MonthDayYear => $"{Month(d.Month)} {d.Day}, {d.Year}",
                DateStyle.AbbreviatedMonthDayYear => $"{Abbreviated(d.Month)} {d.Day}, {d.Year}",
                DateStyle.Ordinal => $"the {Ordinal(d.Day)} of {Month(d.Month)} {d.Year}",
                DateStyle.OrdinalMonthDayYear => $"{Month(d.Month)} {Ordinal(d.Day)}, {d.Year}",
                DateStyle.Iso => $"{d.Year:0000}-{d.Month:00}-{d.Day:00}",
                DateStyle.Dotted => $"{d.Day:00}.{d.Month:00}.{d.Year:0000}",
                DateStyle.Slashed => $"{d.Day:00}/{d.Month:00}/{d.Year:0000}",
                // Month first is only readable as such when the day cannot be a month.
                DateStyle.SlashedMonthFirst when d.Day > 12 => $"{d.Month:00}/{d.Day:00}/{d.Year:0000}",
                DateStyle.IsoMonth => $"{d.Year:0000}-{d.Month:00}-{d.Day:00}",
                DateStyle.AbbreviatedMonthYear => $"{d.Day} {Abbreviated(d.Month)} {d.Year}",
                _ => Natural(date),
            };
        }
        if (date.Precision == DatePrecision.Month)
        {
            var d = date.Start;
            return style switch
            {
                DateStyle.Iso or DateStyle.IsoMonth => $"{d.Year:0000}-{d.Month:00}",
                DateStyle.AbbreviatedDayMonthYear or DateStyle.AbbreviatedMonthDayYear or DateStyle.AbbreviatedMonthYear
                    => $"{Abbreviated(d.Month)} {d.Year}",
                _ => Natural(date),
            };
        }
        return Natural(date);
    }

    /// <summary>Natural English at the date's precision; a date the calendar lacks is written as it was given.</summary>
    public static string Natural(HistoricalDate date)
    {
        if (!date.IsValid) return date.Text;
        var (s, e) = (date.Start, date.End);
        var lastOfMonth = e.Day == DateTime.DaysInMonth(e.Year, e.Month);
        switch (date.Precision)
        {
            case DatePrecision.Day:
                return $"{s.Day} {Month(s.Month)} {s.Year}";
            case DatePrecision.Month:
                return $"{Month(s.Month)} {s.Year}";
            case DatePrecision.PartOfMonth when s.Year == e.Year && s.Month == e.Month:
                var part = (s.Day, e.Day) switch
                {
                    (1, 10) => "early ",
                    (11, 20) => "mid-",
                    (21, _) when lastOfMonth => "late ",
                    _ => null,
                };
                return part is null ? $"{s.Day}–{e.Day} {Month(s.Month)} {s.Year}" : $"{part}{Month(s.Month)} {s.Year}";
            case DatePrecision.PartOfYear when s.Day == 1 && lastOfMonth:
                var months = (s.Month, e.Month, e.Year - s.Year);
                var phrase = months switch
                {
                    (1, 4, 0) => $"early {s.Year}",
                    (5, 8, 0) => $"mid-{s.Year}",
                    (9, 12, 0) => $"late {s.Year}",
                    (10, 12, 0) => $"the end of {s.Year}",
                    (1, 3, 0) => $"the first quarter of {s.Year}",
                    (4, 6, 0) => $"the second quarter of {s.Year}",
                    (7, 9, 0) => $"the third quarter of {s.Year}",
                    (1, 6, 0) => $"the first half of {s.Year}",
                    (7, 12, 0) => $"the second half of {s.Year}",
                    (3, 5, 0) => $"spring {s.Year}",
                    (6, 8, 0) => $"summer {s.Year}",
                    (9, 11, 0) => $"autumn {s.Year}",
                    (12, 2, 1) => $"winter {s.Year}",
                    _ => null,
                };
                return phrase ?? Span(s, e);
            case DatePrecision.Year when s.Year == e.Year:
                return $"{s.Year}";
            case DatePrecision.Decade:
                var decade = s.Year / 10 * 10;
                var qualifier = (s.Year - decade, e.Year - decade) switch
                {
                    (0, 9) => "",
                    (0, _) => "early ",
                    (_, 9) => "late ",
                    _ => "mid-",
                };
                return $"the {qualifier}{decade}s";
            case DatePrecision.Century:
                var century = (s.Year - 1) / 100 + 1;
                var within = (s.Year - 1) % 100;
                var centuryQualifier = (within, e.Year - (century - 1) * 100) switch
                {
                    (0, 100) => "",
                    (0, _) => "early ",
                    (_, 100) => "late ",
                    _ => "mid-",
                };
                return $"the {centuryQualifier}{Ordinal(century)} century";
            case DatePrecision.Era:
                return date.Text;
            default:
                return Span(s, e);
        }
    }

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

    private static string Abbreviated(int month) => HistoricalDate.MonthName(month)[..3];

    public static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });
}
