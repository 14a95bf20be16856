using Marginalia.Core.Dates;

namespace Marginalia.Core.Tests.Dates;

public class DateDistanceTests
{
    [Theory]
    [InlineData(1, "one day")]
    [InlineData(3, "three days")]
    [InlineData(14, "two weeks")]
    [InlineData(30, "one month")]
    [InlineData(61, "two months")]
    [InlineData(364, "one year")]
    [InlineData(730, "two years")]
    public void Distances_read_as_words(int days, string words) => Assert.Equal(words, DateDistance.InWords(days));

    [Theory]
    [InlineData(2016, 1, 2015, 1, "one year later")]   // not the eleven months between the two months
    [InlineData(2013, 3, 2015, 3, "two years earlier")]
    [InlineData(2015, 3, 2015, 1, "two months later")]
    public void A_month_is_compared_with_a_month_at_its_precision(int year, int month, int paperYear, int paperMonth, string words) =>
        Assert.Equal(words, DateDistance.Compare(HistoricalDate.InMonth(year, month, ""), HistoricalDate.InMonth(paperYear, paperMonth, "")));

    [Theory]
    [InlineData("1994", "1992", "two years later")]        // not the thirteen months from the end of 1992
    [InlineData("1985", "the end of 1979", "six years later")]
    [InlineData("1988", "15 February 1989", "one year earlier")]
    [InlineData("September 2019", "June–August 2019", "one month later")]   // not the one day from 31 August
    [InlineData("2020", "June–August 2019", "one year later")]
    [InlineData("mid-October 2019", "mid-September 2019", "one month later")]  // not the three weeks between 20 September and 11 October
    [InlineData("mid-September 2018", "mid-September 2019", "one year earlier")]
    [InlineData("Q4 2016", "the last quarter of 2015", "one year later")]  // not the nine months between 31 December and 1 October
    [InlineData("spring 1990", "spring 1992", "two years earlier")]
    public void A_year_is_as_far_as_the_years_written(string said, string paper, string words) =>
        Assert.Equal(words, DateDistance.Compare(DateRecognizer.ParseOne(said)!, DateRecognizer.ParseOne(paper)!));

    [Fact]
    public void A_decade_is_compared_with_a_decade_by_their_starts() =>
        // (Not the one day from 31 December 1989 to 1 January 1990.)
        Assert.Equal("ten years earlier", DateDistance.Compare(DateRecognizer.ParseOne("the 1980s")!, DateRecognizer.ParseOne("the 1990s")!));

    [Fact]
    public void Overlapping_spans_are_compared_at_the_coarser_unit_of_their_ends()
    {
        static HistoricalDate Span(HistoricalDate from, HistoricalDate to) => HistoricalDate.Between(from, to, "");
        Assert.Equal("starting one day later", DateDistance.Compare(Span(HistoricalDate.OnDay(2019, 2, 6, ""), HistoricalDate.OnDay(2019, 2, 7, "")),
            Span(HistoricalDate.OnDay(2019, 2, 5, ""), HistoricalDate.OnDay(2019, 2, 6, ""))));
        // December 1979 is in the paper's 1979: the end is what differs, by a year.
        Assert.Equal("ending one year earlier", DateDistance.Compare(Span(HistoricalDate.InMonth(1979, 12, ""), HistoricalDate.InMonth(1988, 2, "")),
            Span(HistoricalDate.InYear(1979, ""), HistoricalDate.InYear(1989, ""))));
        Assert.Equal("ending two months later", DateDistance.Compare(Span(HistoricalDate.InMonth(2016, 1, ""), HistoricalDate.InMonth(2016, 7, "")),
            Span(HistoricalDate.InMonth(2016, 1, ""), HistoricalDate.InMonth(2016, 5, ""))));
    }
}
