using CsCheck;
using Marginalia.Core.Dates;

namespace Marginalia.Core.Tests.Dates;

public class DateWriterTests
{
    private static readonly HistoricalDate Withdrawal = HistoricalDate.OnDay(1989, 2, 15, "15 February 1989");

    [Theory]
    [InlineData(DateStyle.DayMonthYear, "15 February 1989")]
    [InlineData(DateStyle.AbbreviatedDayMonthYear, "15 Feb 1989")]
    [InlineData(DateStyle.MonthDayYear, "February 15, 1989")]
    [InlineData(DateStyle.AbbreviatedMonthDayYear, "Feb 15, 1989")]
    [InlineData(DateStyle.Ordinal, "the 15th of February 1989")]
    [InlineData(DateStyle.OrdinalMonthDayYear, "February 15th, 1989")]
    [InlineData(DateStyle.Iso, "1989-02-15")]
    [InlineData(DateStyle.Dotted, "15.02.1989")]
    [InlineData(DateStyle.Slashed, "15/02/1989")]
    [InlineData(DateStyle.SlashedMonthFirst, "02/15/1989")]
    [InlineData(DateStyle.Natural, "15 February 1989")]
    public void Writes_a_day_in_each_style(DateStyle style, string expected) => Assert.Equal(expected, DateWriter.Write(Withdrawal, style));

    [Fact]
    public void Writes_a_month_in_its_month_form()
    {
        var month = HistoricalDate.InMonth(1989, 2, "February 1989");
        Assert.Equal("February 1989", DateWriter.Write(month, DateStyle.DayMonthYear));
        Assert.Equal("Feb 1989", DateWriter.Write(month, DateStyle.AbbreviatedMonthDayYear));
        Assert.Equal("1989-02", DateWriter.Write(month, DateStyle.Iso));
    }

    public static TheoryData<string, string> NaturalTexts => new()
    {
        { "1989", "1989" },
        { "the 1980s", "the 1980s" },
        { "the mid-1990s", "the mid-1990s" },
        { "mid-February 1989", "mid-February 1989" },
        { "early May 2016", "early May 2016" },
        { "late May 2016", "late May 2016" },
        { "the end of 2014", "the end of 2014" },
        { "late 1980", "late 1980" },
        { "mid-2014", "mid-2014" },
        { "the first half of 2019", "the first half of 2019" },
        { "winter 2019", "winter 2019" },
        { "1992–96", "1992–1996" },
        { "9–10 July 2015", "9–10 July 2015" },
        { "9 July – 10 August 2015", "9 July – 10 August 2015" },
        { "the 19th century", "the 19th century" },
        { "the early 21st century", "the early 21st century" },
    };

    [Fact]
    public void A_part_of_a_year_is_written_in_its_own_words_when_they_read_back()
    {
        // The paper's "in the last quarter of 2015" is October to December, as "the end of 2015" is: it is quoted as it says it.
        Assert.Equal("the last quarter of 2015", DateWriter.Natural(DateRecognizer.ParseOne("the last quarter of 2015")!));
        Assert.Equal("the end of 2015", DateWriter.Natural(HistoricalDate.InPartOfYear(2015, 10, 12, "")));
    }

    [Theory]
    [MemberData(nameof(NaturalTexts))]
    public void Writes_other_precisions_in_natural_english(string text, string expected)
    {
        var date = DateRecognizer.ParseOne(text);
        Assert.NotNull(date);
        Assert.Equal(expected, DateWriter.Write(date, DateStyle.DayMonthYear));
        Assert.Equal(expected, date.ToDisplayText());
    }

    [Theory]
    [InlineData(DateStyle.DayMonthYear | DateStyle.LowercaseMonth, "15 february 1989")]
    [InlineData(DateStyle.MonthDayYear | DateStyle.LowercaseMonth, "february 15, 1989")]
    [InlineData(DateStyle.AbbreviatedMonthDayYear | DateStyle.LowercaseMonth, "feb 15, 1989")]
    [InlineData(DateStyle.Ordinal | DateStyle.LowercaseMonth, "the 15th of february 1989")]
    [InlineData(DateStyle.AbbreviatedDayMonthYear | DateStyle.ShortYear, "15 Feb '89")]
    [InlineData(DateStyle.MonthDayYear | DateStyle.ShortYear, "February 15, '89")]
    [InlineData(DateStyle.DayMonthYear | DateStyle.LowercaseMonth | DateStyle.ShortYear, "15 february '89")]
    [InlineData(DateStyle.Iso | DateStyle.ShortYear | DateStyle.LowercaseMonth, "1989-02-15")]
    [InlineData(DateStyle.Quarter, "15 February 1989")]
    public void Writes_a_day_with_the_notes_modifiers(DateStyle style, string expected) => Assert.Equal(expected, DateWriter.Write(Withdrawal, style));

    [Theory]
    [InlineData("may 2019", DateStyle.MonthYear | DateStyle.LowercaseMonth, "may 2019")]
    [InlineData("April 1993", DateStyle.MonthYear | DateStyle.ShortYear, "April '93")]
    [InlineData("1988", DateStyle.Year | DateStyle.ShortYear, "'88")]
    [InlineData("1925", DateStyle.Year | DateStyle.ShortYear, "1925")]
    [InlineData("spring 1992", DateStyle.Natural | DateStyle.ShortYear, "spring '92")]
    [InlineData("the second quarter of 1993", DateStyle.Quarter, "Q2 1993")]
    [InlineData("the last quarter of 2015", DateStyle.Quarter | DateStyle.ShortYear, "Q4 '15")]
    [InlineData("spring 1992", DateStyle.Quarter, "spring 1992")]
    [InlineData("mid-February 1989", DateStyle.Natural | DateStyle.LowercaseMonth, "mid-february 1989")]
    [InlineData("1992–96", DateStyle.Year | DateStyle.ShortYear, "1992–1996")]
    [InlineData("January–May 2016", DateStyle.MonthYear | DateStyle.LowercaseMonth, "January–May 2016")]
    public void Writes_other_precisions_with_the_notes_modifiers_where_they_read_back(string text, DateStyle style, string expected) =>
        Assert.Equal(expected, DateWriter.Write(DateRecognizer.ParseOne(text)!, style));

    [Fact]
    public void Every_date_written_in_every_style_and_modifier_reads_back_as_the_same_date()
    {
        var days = Gen.Int[new DateOnly(1000, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);
        var shapes = Gen.Enum<DateStyle>().Where(s => (s & DateStyles.Modifiers) == 0);
        var modifiers = Gen.Int[0, 3].Select(i => (DateStyle)(i << 8));
        var precisions = Gen.Int[0, 4];
        Gen.Select(days, shapes, modifiers, precisions).Sample((day, shape, modifier, precision) =>
        {
            var date = precision switch
            {
                0 => HistoricalDate.OnDay(day.Year, day.Month, day.Day, "x"),
                1 => HistoricalDate.InMonth(day.Year, day.Month, "x"),
                2 => HistoricalDate.InPartOfYear(day.Year, (day.Month - 1) / 3 * 3 + 1, (day.Month - 1) / 3 * 3 + 3, "x"),
                3 => HistoricalDate.InPartOfMonth(day.Year, day.Month, 11, 20, "x"),
                _ => HistoricalDate.InYear(day.Year, "x"),
            };
            var written = DateWriter.Write(date, shape | modifier);
            var read = DateRecognizer.ParseOne(written);
            return read is not null && read.Start == date.Start && read.End == date.End && read.Precision == date.Precision;
        }, iter: 5_000);
    }

    [Fact]
    public void Writes_an_impossible_date_as_it_was_given() =>
        Assert.Equal("31 September 2010", DateWriter.Write(HistoricalDate.OnDay(2010, 9, 31, "31 September 2010"), DateStyle.Iso));

    [Fact]
    public void Month_first_slashes_fall_back_when_the_day_could_be_a_month() =>
        Assert.Equal("5 June 2019", DateWriter.Write(HistoricalDate.OnDay(2019, 6, 5, "x"), DateStyle.SlashedMonthFirst));

    [Fact]
    public void Every_day_written_in_every_style_reads_back_as_the_same_day()
    {
        var days = Gen.Int[new DateOnly(1000, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);
        var styles = Gen.Enum<DateStyle>();
        Gen.Select(days, styles).Sample((day, style) =>
        {
            var date = HistoricalDate.OnDay(day.Year, day.Month, day.Day, day.ToString("yyyy-MM-dd"));
            var written = DateWriter.Write(date, style);
            var read = DateRecognizer.ParseOne(written);
            return read is { Precision: DatePrecision.Day } && read.Start == day && read.End == day;
        }, iter: 5_000);
    }
}
