using Marginalia.Core.Dates;

namespace Marginalia.Core.Tests.Dates;

/// <summary>"January–May 2016": how the writer puts a span of whole months, read back as one date.</summary>
public class MonthRangeTests
{
    [Theory]
    [InlineData("January–May 2016", "2016-01-01/2016-05-31")]
    [InlineData("June-August 2019", "2019-06-01/2019-08-31")]
    [InlineData("Jan.–Apr. 2016", "2016-01-01/2016-04-30")]
    [InlineData("Sept–Nov 2019", "2019-09-01/2019-11-30")]
    public void A_month_range_with_one_year_is_one_date(string text, string interval)
    {
        var date = DateRecognizer.ParseOne(text);
        Assert.NotNull(date);
        Assert.Equal(interval, date.ToIsoInterval());
        Assert.Equal(DatePrecision.Range, date.Precision);
    }

    [Fact]
    public void The_writer_and_the_recognizer_agree_on_month_ranges()
    {
        var date = DateRecognizer.ParseOne("From January to May 2016")!;
        Assert.Equal(date.ToIsoInterval(), DateRecognizer.ParseOne(DateWriter.Natural(date))!.ToIsoInterval());
    }
}
