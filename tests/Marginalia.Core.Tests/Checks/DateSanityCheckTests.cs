using static Marginalia.Core.Tests.NoteText;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

/// <summary>MRG004 (impossible dates) and MRG005 (weekdays), which need no event at all.</summary>
public class DateSanityCheckTests
{
    [Theory]
    [InlineData("31 September 2010", "September 2010 has 30 days")]
    [InlineData("29 February 2019", "February 2019 has 28 days")]
    public void An_impossible_date_is_reported(string date, string why)
    {
        var text = $"The council met on {date}.";
        var finding = Assert.Single(Findings(text, "MRG004"));
        Assert.Equal(RangeOf(text, date), finding.Range);
        Assert.Equal($"{date} is not a real date: {why}", finding.Message);
    }

    [Fact]
    public void A_leap_day_of_a_leap_year_is_a_real_date() =>
        Assert.Empty(Findings("The agreement was signed on 29 February 2020.", "MRG004"));

    [Fact]
    public void A_wrong_weekday_is_reported_with_a_fix_that_replaces_only_the_weekday()
    {
        const string text = "On Monday, 15 February 1989 the last troops left.";
        var finding = Assert.Single(Findings(text, "MRG005"));
        Assert.Equal("15 February 1989 was a Wednesday, not a Monday", finding.Message);
        var edit = Assert.Single(Assert.Single(finding.Fixes).Edits);
        Assert.Equal(RangeOf(text, "Monday"), edit.Range);
        Assert.Equal("Wednesday", edit.NewText);
    }

    [Fact]
    public void The_right_weekday_raises_nothing() =>
        Assert.Empty(Findings("On Wednesday, 15 February 1989 the last troops left.", "MRG005"));
}
