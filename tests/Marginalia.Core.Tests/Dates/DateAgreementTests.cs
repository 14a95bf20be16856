using Marginalia.Core.Dates;

namespace Marginalia.Core.Tests.Dates;

/// <summary>The one rule of agreement between a note's date and the paper's (DateAgreement).</summary>
public class DateAgreementTests
{
    private static DateMention Mention(string written) => Assert.Single(DateRecognizer.Recognize(written));

    private static HistoricalDate Paper(string written) => DateRecognizer.ParseOne(written) ?? throw new ArgumentException(written);

    [Theory]
    // A date agrees when it can be the paper's date, at the note's precision.
    [InlineData("1989", "15 February 1989", true)]
    [InlineData("mid-February 1989", "15 February 1989", true)]
    [InlineData("1988", "15 February 1989", false)]
    // A range agrees with a range only when both ends agree at the precision written.
    [InlineData("5–6 February 2019", "5–6 February 2019", true)]
    [InlineData("6–7 February 2019", "5–6 February 2019", false)]
    [InlineData("1992–96", "1992–1996", true)]
    [InlineData("1992–98", "1992–1996", false)]
    [InlineData("from January to May 2016", "January–May 2016", true)]
    [InlineData("between January and June 2016", "January–May 2016", false)]
    // A point inside a span the paper gives, or a span around the paper's point: the claim can hold.
    [InlineData("1994", "1992–1996", true)]
    [InlineData("9–10 July 2015", "July 2015", true)]
    // A vague span has fuzzy bounds: the last week of 1979 is not "five days before" the 1980s.
    [InlineData("27 December 1979", "the 1980s", true)]
    [InlineData("1977", "the 1980s", false)]
    [InlineData("the 1980s", "the 1990s", false)]
    [InlineData("the 1990s", "the 1990s", true)]
    [InlineData("1989", "the 1990s", true)]
    // Hedges widen by their tolerance; "some time in" is no hedge of the year.
    [InlineData("c. 1993", "1992", true)]
    [InlineData("c. 1995", "1992", false)]
    [InlineData("around 1992–97", "1992–1996", true)]
    [InlineData("around 1992–99", "1992–1996", false)]
    [InlineData("about March 2019", "February 2019", true)]
    [InlineData("some time in 2019", "29 February 2020", false)]
    [InlineData("some time in 2020", "29 February 2020", true)]
    public void A_note_date_agrees_with_the_papers(string said, string paper, bool agrees) =>
        Assert.Equal(agrees, DateAgreement.Agrees(Mention(said), Paper(paper)));
}
