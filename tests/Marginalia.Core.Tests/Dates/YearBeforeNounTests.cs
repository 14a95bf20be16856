using Marginalia.Core.Dates;

namespace Marginalia.Core.Tests.Dates;

/// <summary>A year followed by a noun of quantity is still a year after a preposition of time.</summary>
public class YearBeforeNounTests
{
    [Theory]
    [InlineData("In 1989 troops left Afghanistan.", "1989")]
    [InlineData("Since 2001 soldiers have been stationed there.", "2001")]
    public void After_a_preposition_of_time_it_is_a_year(string text, string year)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text));
        Assert.Equal(year, mention.Date!.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("The army sent 1500 troops to the border.")]
    [InlineData("About 2000 people were killed.")]
    public void Without_one_it_stays_a_quantity(string text) => Assert.Empty(DateRecognizer.Recognize(text));
}
