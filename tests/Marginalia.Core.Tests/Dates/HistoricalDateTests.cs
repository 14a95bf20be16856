using Marginalia.Core.Dates;

namespace Marginalia.Core.Tests.Dates;

public class HistoricalDateTests
{
    [Fact]
    public void A_year_agrees_with_a_day_inside_it_and_not_with_the_year_before()
    {
        var day = HistoricalDate.OnDay(1989, 2, 15, "15 February 1989");
        Assert.True(HistoricalDate.InYear(1989, "1989").Agrees(day));
        Assert.False(HistoricalDate.InYear(1988, "1988").Agrees(day));
        Assert.Equal(46, HistoricalDate.InYear(1988, "1988").DaysApart(day));
    }

    [Fact]
    public void A_part_of_a_month_is_cut_to_the_month_length()
    {
        var late = HistoricalDate.InPartOfMonth(2019, 2, 21, 31, "late February 2019");
        Assert.Equal("2019-02-21/2019-02-28", late.ToIsoInterval());
        Assert.Equal(DatePrecision.PartOfMonth, late.Precision);
    }

    [Fact]
    public void Winter_runs_into_the_next_year() =>
        Assert.Equal("2019-12-01/2020-02-29", HistoricalDate.InPartOfYear(2019, 12, 14, "winter 2019").ToIsoInterval());

    [Fact]
    public void An_era_spans_whole_years() =>
        Assert.Equal("1947-01-01/1991-12-31", HistoricalDate.InEra(1947, 1991, "the Cold War").ToIsoInterval());

    [Theory]
    [InlineData(1989, 2, 15, "15 February 1989")]
    [InlineData(2020, 2, 29, "29 February 2020")]
    public void Shows_a_day_in_natural_english(int year, int month, int day, string expected) =>
        Assert.Equal(expected, HistoricalDate.OnDay(year, month, day, "x").ToDisplayText());

    [Fact]
    public void Shows_each_precision_in_natural_english()
    {
        Assert.Equal("February 1989", HistoricalDate.InMonth(1989, 2, "x").ToDisplayText());
        Assert.Equal("1989", HistoricalDate.InYear(1989, "x").ToDisplayText());
        Assert.Equal("the 1980s", HistoricalDate.InDecade(1980, "x").ToDisplayText());
        Assert.Equal("the 20th century", HistoricalDate.InCentury(20, "x").ToDisplayText());
        Assert.Equal("the Cold War", HistoricalDate.InEra(1947, 1991, "the Cold War").ToDisplayText());
        Assert.Equal("1992–1996", HistoricalDate.Between(HistoricalDate.InYear(1992, "x"), HistoricalDate.InYear(1996, "x"), "x").ToDisplayText());
    }

    [Fact]
    public void Resolves_after_three_days_from_a_day()
    {
        var mention = new DateMention(0, 16, null, DateMentionKind.Relative)
        {
            Relative = new RelativeOffset(3, TimeUnit.Day, RelativeDirection.After), Text = "after three days",
        };
        var resolved = mention.ResolveAgainst(HistoricalDate.OnDay(2016, 5, 18, "18 May 2016"));
        Assert.Equal("2016-05-21", resolved?.ToIsoInterval());
        Assert.Equal(DatePrecision.Day, resolved?.Precision);
        Assert.Equal("after three days", resolved?.Text);
    }

    [Theory]
    [InlineData(2, TimeUnit.Month, RelativeDirection.Before, "2014-10-28", DatePrecision.Month, "2014-08-01/2014-08-31")]
    [InlineData(1, TimeUnit.Week, RelativeDirection.After, "2014-12-28", DatePrecision.Day, "2015-01-04")]
    [InlineData(1, TimeUnit.Year, RelativeDirection.After, "2014-12-28", DatePrecision.Year, "2015-01-01/2015-12-31")]
    [InlineData(14, TimeUnit.Month, RelativeDirection.Within, "2020-02-29", DatePrecision.Range, "2020-02-29/2021-04-29")]
    [InlineData(1, TimeUnit.Decade, RelativeDirection.Lasting, "1979-12-27", DatePrecision.Range, "1979-12-27/1989-12-27")]
    public void Resolves_each_direction(int amount, TimeUnit unit, RelativeDirection direction, string anchorDay, DatePrecision precision, string iso)
    {
        var day = DateOnly.Parse(anchorDay);
        var mention = new DateMention(0, 1, null, DateMentionKind.Relative) { Relative = new RelativeOffset(amount, unit, direction) };
        var resolved = mention.ResolveAgainst(HistoricalDate.OnDay(day.Year, day.Month, day.Day, anchorDay));
        Assert.Equal(iso, resolved?.ToIsoInterval());
        Assert.Equal(precision, resolved?.Precision);
    }

    [Fact]
    public void A_mention_that_is_not_relative_resolves_to_nothing() =>
        Assert.Null(new DateMention(0, 4, HistoricalDate.InYear(1989, "1989"), DateMentionKind.Absolute).ResolveAgainst(HistoricalDate.InYear(1990, "1990")));

    [Fact]
    public void A_relative_date_from_an_impossible_day_stays_impossible()
    {
        var mention = new DateMention(0, 1, null, DateMentionKind.Relative) { Relative = new RelativeOffset(3, TimeUnit.Day, RelativeDirection.After) };
        Assert.False(mention.ResolveAgainst(HistoricalDate.OnDay(2010, 9, 31, "31 September 2010"))!.IsValid);
    }
}
