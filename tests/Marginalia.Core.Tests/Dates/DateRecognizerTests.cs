using Marginalia.Core.Dates;

namespace Marginalia.Core.Tests.Dates;

public class DateRecognizerTests
{
    /// <summary>The one mention in the text; fails when there is none or more than one.</summary>
    private static DateMention Only(string text, HistoricalDate? context = null)
    {
        var mentions = DateRecognizer.Recognize(text, context);
        Assert.True(mentions.Count == 1, $"expected one mention in \"{text}\", got: {string.Join(" | ", mentions.Select(m => m.Text))}");
        return mentions[0];
    }

    [Theory]
    [InlineData("The troops left on 15 February 1989.", "15 February 1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("The troops left on February 15, 1989.", "February 15, 1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("The troops left on Feb 15, 1989.", "Feb 15, 1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("The troops left on Feb. 15 1989.", "Feb. 15 1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("left 1989-02-15 at dawn", "1989-02-15", "1989-02-15", DatePrecision.Day)]
    [InlineData("left 15.02.1989 at dawn", "15.02.1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("left 15/02/1989 at dawn", "15/02/1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("left 02/15/1989 at dawn", "02/15/1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("on the 15th of February 1989 they left", "the 15th of February 1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("on February 15th, 1989 they left", "February 15th, 1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("in February 1989 they left", "February 1989", "1989-02-01/1989-02-28", DatePrecision.Month)]
    [InlineData("in Feb 1989 they left", "Feb 1989", "1989-02-01/1989-02-28", DatePrecision.Month)]
    [InlineData("in 1989-02 they left", "1989-02", "1989-02-01/1989-02-28", DatePrecision.Month)]
    [InlineData("in 1989 they left", "1989", "1989-01-01/1989-12-31", DatePrecision.Year)]
    [InlineData("in the year 1989 they left", "the year 1989", "1989-01-01/1989-12-31", DatePrecision.Year)]
    [InlineData("held on 9–10 July 2015 in Ufa", "9–10 July 2015", "2015-07-09/2015-07-10", DatePrecision.Range)]
    [InlineData("held on July 9-10, 2015 in Ufa", "July 9-10, 2015", "2015-07-09/2015-07-10", DatePrecision.Range)]
    [InlineData("from 9 July – 10 August 2015", "from 9 July – 10 August 2015", "2015-07-09/2015-08-10", DatePrecision.Range)]
    [InlineData("support during 1992–96.", "1992–96", "1992-01-01/1996-12-31", DatePrecision.Range)]
    [InlineData("support during 1992-96.", "1992-96", "1992-01-01/1996-12-31", DatePrecision.Range)]
    [InlineData("the war 1979-1989 ended", "1979-1989", "1979-01-01/1989-12-31", DatePrecision.Range)]
    [InlineData("From 2000 to 2012, Russia grew", "From 2000 to 2012", "2000-01-01/2012-12-31", DatePrecision.Range)]
    [InlineData("fought between 2001 and 2014 there", "between 2001 and 2014", "2001-01-01/2014-12-31", DatePrecision.Range)]
    [InlineData("five meetings, February to May 2016, the last", "February to May 2016", "2016-02-01/2016-05-31", DatePrecision.Range)]
    [InlineData("talks ran Jan. through Apr. 2016 in", "Jan. through Apr. 2016", "2016-01-01/2016-04-30", DatePrecision.Range)]
    [InlineData("From June to August 2019, talks", "From June to August 2019", "2019-06-01/2019-08-31", DatePrecision.Range)]
    [InlineData("from December 2019 to February, talks", "from December 2019 to February", "2019-12-01/2020-02-29", DatePrecision.Range)]
    [InlineData("in the 1980s the war", "the 1980s", "1980-01-01/1989-12-31", DatePrecision.Decade)]
    [InlineData("in 1990s Russia", "1990s", "1990-01-01/1999-12-31", DatePrecision.Decade)]
    [InlineData("in the mid-1990s Russia", "the mid-1990s", "1993-01-01/1996-12-31", DatePrecision.Decade)]
    [InlineData("in the decade of 1980s it", "the decade of 1980s", "1980-01-01/1989-12-31", DatePrecision.Decade)]
    [InlineData("the Great Game in the 19th century.", "the 19th century", "1801-01-01/1900-12-31", DatePrecision.Century)]
    [InlineData("in the twentieth century", "the twentieth century", "1901-01-01/2000-12-31", DatePrecision.Century)]
    [InlineData("in the early 21st century", "the early 21st century", "2001-01-01/2033-12-31", DatePrecision.Century)]
    [InlineData("in mid-February 1989 they", "mid-February 1989", "1989-02-11/1989-02-20", DatePrecision.PartOfMonth)]
    [InlineData("in early May 2016 they", "early May 2016", "2016-05-01/2016-05-10", DatePrecision.PartOfMonth)]
    [InlineData("in late May 2016 they", "late May 2016", "2016-05-21/2016-05-31", DatePrecision.PartOfMonth)]
    [InlineData("at the end of 2014 amid", "the end of 2014", "2014-10-01/2014-12-31", DatePrecision.PartOfYear)]
    [InlineData("at the beginning of 2014 amid", "the beginning of 2014", "2014-01-01/2014-04-30", DatePrecision.PartOfYear)]
    [InlineData("End of 1979: Soviet troops go in.", "End of 1979", "1979-10-01/1979-12-31", DatePrecision.PartOfYear)]
    [InlineData("- First half of 2019 — talks in Doha", "First half of 2019", "2019-01-01/2019-06-30", DatePrecision.PartOfYear)]
    [InlineData("in early 1980 they", "early 1980", "1980-01-01/1980-04-30", DatePrecision.PartOfYear)]
    [InlineData("in late 1980 they", "late 1980", "1980-09-01/1980-12-31", DatePrecision.PartOfYear)]
    [InlineData("in mid-2014 they", "mid-2014", "2014-05-01/2014-08-31", DatePrecision.PartOfYear)]
    [InlineData("formally ended at end-2013, amid", "end-2013", "2013-10-01/2013-12-31", DatePrecision.PartOfYear)]
    [InlineData("talks resumed at start-2016 in", "start-2016", "2016-01-01/2016-04-30", DatePrecision.PartOfYear)]
    [InlineData("In the last quarter of 2015, news", "the last quarter of 2015", "2015-10-01/2015-12-31", DatePrecision.PartOfYear)]
    [InlineData("in the first half of 2019 talks", "the first half of 2019", "2019-01-01/2019-06-30", DatePrecision.PartOfYear)]
    [InlineData("in spring 2019 talks", "spring 2019", "2019-03-01/2019-05-31", DatePrecision.PartOfYear)]
    [InlineData("in the summer of 2019 talks", "the summer of 2019", "2019-06-01/2019-08-31", DatePrecision.PartOfYear)]
    [InlineData("in autumn 2019 talks", "autumn 2019", "2019-09-01/2019-11-30", DatePrecision.PartOfYear)]
    [InlineData("in fall 2019 talks", "fall 2019", "2019-09-01/2019-11-30", DatePrecision.PartOfYear)]
    [InlineData("in winter 2019 talks", "winter 2019", "2019-12-01/2020-02-29", DatePrecision.PartOfYear)]
    [InlineData("After the 9/11 incident, Putin", "9/11", "2001-09-11", DatePrecision.Day)]
    [InlineData("In the Cold War period, it was", "the Cold War period", "1947-01-01/1991-12-31", DatePrecision.Era)]
    [InlineData("Fall 2019 talks", "Fall 2019", "2019-09-01/2019-11-30", DatePrecision.PartOfYear)]
    [InlineData("In Spring 2019 talks", "Spring 2019", "2019-03-01/2019-05-31", DatePrecision.PartOfYear)]
    [InlineData("In the COLD WAR, it was", "the COLD WAR", "1947-01-01/1991-12-31", DatePrecision.Era)]
    // A season in a name is no season: the Arab Spring is named, its year is the date.
    [InlineData("The Arab Spring of 2011 toppled", "2011", "2011-01-01/2011-12-31", DatePrecision.Year)]
    [InlineData("the Prague Spring 1968 ended", "1968", "1968-01-01/1968-12-31", DatePrecision.Year)]
    public void Recognizes_a_stated_date(string text, string written, string iso, DatePrecision precision)
    {
        var mention = Only(text);
        Assert.Equal(written, mention.Text);
        Assert.Equal(written, text.Substring(mention.Start, mention.Length));
        Assert.Equal(iso, mention.Date?.ToIsoInterval());
        Assert.Equal(precision, mention.Date?.Precision);
        Assert.Equal(DateMentionKind.Absolute, mention.Kind);
        Assert.True(mention.Date!.IsValid);
    }

    [Theory]
    [InlineData("Monday, 15 February 1989 was cold", "Monday, 15 February 1989", DayOfWeek.Monday)]
    [InlineData("Wednesday 15 Feb 1989 was cold", "Wednesday 15 Feb 1989", DayOfWeek.Wednesday)]
    [InlineData("Wed., February 15, 1989 was cold", "Wed., February 15, 1989", DayOfWeek.Wednesday)]
    public void Keeps_the_written_weekday_inside_the_mention(string text, string written, DayOfWeek weekday)
    {
        var mention = Only(text);
        Assert.Equal(written, mention.Text);
        Assert.Equal(weekday, mention.Weekday);
        Assert.Equal("1989-02-15", mention.Date?.ToIsoInterval());
    }

    [Fact]
    public void A_date_without_a_weekday_has_none() => Assert.Null(Only("on 15 February 1989").Weekday);

    [Theory]
    [InlineData("15 February 1989", DateStyle.DayMonthYear)]
    [InlineData("15 Feb 1989", DateStyle.AbbreviatedDayMonthYear)]
    [InlineData("February 15, 1989", DateStyle.MonthDayYear)]
    [InlineData("Feb 15, 1989", DateStyle.AbbreviatedMonthDayYear)]
    [InlineData("the 15th of February 1989", DateStyle.Ordinal)]
    [InlineData("February 15th, 1989", DateStyle.OrdinalMonthDayYear)]
    [InlineData("1989-02-15", DateStyle.Iso)]
    [InlineData("15.02.1989", DateStyle.Dotted)]
    [InlineData("15/02/1989", DateStyle.Slashed)]
    [InlineData("02/15/1989", DateStyle.SlashedMonthFirst)]
    [InlineData("February 1989", DateStyle.MonthYear)]
    [InlineData("Feb 1989", DateStyle.AbbreviatedMonthYear)]
    [InlineData("1989-02", DateStyle.IsoMonth)]
    [InlineData("1989", DateStyle.Year)]
    [InlineData("the 1980s", DateStyle.Natural)]
    public void Records_how_the_date_was_written(string text, DateStyle style) => Assert.Equal(style, Only(text).Style);

    [Fact]
    public void A_slashed_date_with_both_parts_up_to_twelve_is_read_day_first_with_the_other_reading_kept()
    {
        var mention = Only("met on 05/06/2019 in Doha");
        Assert.Equal("2019-06-05", mention.Date?.ToIsoInterval());
        Assert.Equal("2019-05-06", mention.AlternativeReading?.ToIsoInterval());
        Assert.Null(Only("met on 25/06/2019 in Doha").AlternativeReading);
    }

    [Theory]
    [InlineData("on 31 September 2010 it", "September 2010 has 30 days")]
    [InlineData("on 29 February 2019 it", "February 2019 has 28 days")]
    [InlineData("on 30.02.2020 it", "February 2020 has 29 days")]
    public void Recognizes_dates_the_calendar_lacks_and_says_why(string text, string why)
    {
        var mention = Only(text);
        Assert.Equal(DatePrecision.Day, mention.Date?.Precision);
        Assert.Equal(why, mention.Date?.Invalid);
    }

    [Theory]
    [InlineData("The bombings in August 1999 killed 224 people.", "August 1999")]
    [InlineData("The offensive of March 2000 troops remember began early.", "March 2000")]
    [InlineData("Omar's death came out in July 2016 per my draft, and the talks stalled.", "July 2016")]
    [InlineData("Talks resumed in December 2019, per the paper.", "December 2019")]
    public void A_year_after_a_month_is_a_year_whatever_follows_it(string text, string date) =>
        Assert.Equal(date, Assert.Single(DateRecognizer.Recognize(text)).Text);

    [Theory]
    [InlineData("the UNSC adopted Resolution 1267 on terrorism")]
    [InlineData("UNSC 1267 was adopted against the Taliban")]
    [InlineData("UNSCR 1267 was adopted against the Taliban")]
    [InlineData("Resolution 1267 [[unsc-resolution-1267-1999|UNSC 1267]] was passed")]
    [InlineData("under resolution 2513 the council")]
    [InlineData("about 14 rebel rockets hit the embassy")]
    [InlineData("more than $ 900 billion in expenditures")]
    [InlineData("more than $900 million in aid")]
    [InlineData("some 2,300 soldiers died")]
    [InlineData("In the 15th SCO meeting the leaders")]
    [InlineData("a rise of 18 % in trade")]
    [InlineData("a rise of 18% in trade")]
    [InlineData("doubled from 6 to 12 countries")]
    [InlineData("see page 1989 of the report")]
    [InlineData("as shown in Figure 1990 above")]
    [InlineData("with 1500 troops and 2000 tons of grain")]
    [InlineData("the convoy drove 1200 km north")]
    [InlineData("Order No. 1989 was signed")]
    [InlineData("a share of 2010 % is impossible")]
    [InlineData("a rise of March 2000 per cent is impossible")]
    [InlineData("the figure was 1989.5 exactly")]
    [InlineData("the code #2015 is internal")]
    [InlineData("the year 12345 is not one")]
    [InlineData("the army may 15 times retreat")]
    public void Does_not_take_numbers_for_dates(string text) => Assert.Empty(DateRecognizer.Recognize(text));

    [Theory]
    [InlineData("Najibullah resigned on 16 April 1992. On 28 August about 14 rebel rockets hit", "28 August", "1992-08-28", DatePrecision.Day)]
    [InlineData("It was 2019. On the next day, May 29, talks began", "May 29", "2019-05-29", DatePrecision.Day)]
    [InlineData("The talks of 2013 began in March in Beijing", "March", "2013-03-01/2013-03-31", DatePrecision.Month)]
    [InlineData("The war began in 2016. From January to May, there were five meetings", "From January to May", "2016-01-01/2016-05-31", DatePrecision.Range)]
    [InlineData("The troops left on 15 February 1989. Later that year the Congress", "that year", "1989-01-01/1989-12-31", DatePrecision.Year)]
    [InlineData("In 1998, a menace rose. In August of that year, embassies were bombed", "August of that year", "1998-08-01/1998-08-31", DatePrecision.Month)]
    [InlineData("in the year 2018, as on May 7 of this year, Putin began", "May 7 of this year", "2018-05-07", DatePrecision.Day)]
    [InlineData("It was 2015. In the middle of this year, Karzai met Putin", "the middle of this year", "2015-05-01/2015-08-31", DatePrecision.PartOfYear)]
    [InlineData("It was 2015. The same year, Karzai met Putin", "The same year", "2015-01-01/2015-12-31", DatePrecision.Year)]
    [InlineData("It was 2015. The following year, Karzai met Putin", "The following year", "2016-01-01/2016-12-31", DatePrecision.Year)]
    [InlineData("It was 2015. The next year, Karzai met Putin", "The next year", "2016-01-01/2016-12-31", DatePrecision.Year)]
    [InlineData("It was 2015. The previous year, Karzai met Putin", "The previous year", "2014-01-01/2014-12-31", DatePrecision.Year)]
    [InlineData("On 28 August 1992 rockets hit. Earlier in the same month, two Russians died", "the same month", "1992-08-01/1992-08-31", DatePrecision.Month)]
    [InlineData("Rabbani came in November 1991. The following spring Gorbachev was gone", "The following spring", "1992-03-01/1992-05-31", DatePrecision.PartOfYear)]
    [InlineData("Najibullah resigned on 16 April 1992; the following summer the embassy closed", "the following summer", "1992-06-01/1992-08-31", DatePrecision.PartOfYear)]
    [InlineData("The war began in January 1980. That winter was cold", "That winter", "1979-12-01/1980-02-29", DatePrecision.PartOfYear)]
    [InlineData("It was March 1992. The previous winter was cold", "The previous winter", "1991-12-01/1992-02-29", DatePrecision.PartOfYear)]
    [InlineData("It was 2015. That autumn, Karzai met Putin", "That autumn", "2015-09-01/2015-11-30", DatePrecision.PartOfYear)]
    [InlineData("It was 2019 when, in mid-September, a delegation came", "mid-September", "2019-09-11/2019-09-20", DatePrecision.PartOfMonth)]
    [InlineData("Najibullah quit on 16 April 1992; that July rockets hit the compound", "that July", "1992-07-01/1992-07-31", DatePrecision.Month)]
    [InlineData("The withdrawal ended on 28 December 2014; IS appeared the following March", "the following March", "2015-03-01/2015-03-31", DatePrecision.Month)]
    [InlineData("The third round met on 14 April 2017; the talks began the next July", "the next July", "2017-07-01/2017-07-31", DatePrecision.Month)]
    [InlineData("Rockets hit on 28 August 1992; the previous June two Russians died", "the previous June", "1992-06-01/1992-06-30", DatePrecision.Month)]
    [InlineData("Rockets hit on 28 August 1992; the previous October two Russians died", "the previous October", "1991-10-01/1991-10-31", DatePrecision.Month)]
    [InlineData("Pankin met Rabbani in November 1991. That same month the flag came down", "That same month", "1991-11-01/1991-11-30", DatePrecision.Month)]
    [InlineData("Najibullah quit on 16 April 1992. Later that month rockets hit", "that month", "1992-04-01/1992-04-30", DatePrecision.Month)]
    // The month of the year after, not the first such month after: August 1999, though August 1998 follows March 1998 too.
    [InlineData("Al-Qaeda came in March 1998; in August of the following year the embassies were bombed", "August of the following year", "1999-08-01/1999-08-31", DatePrecision.Month)]
    [InlineData("Al-Qaeda came in 1998; in August of that year the embassies were bombed", "August of that year", "1998-08-01/1998-08-31", DatePrecision.Month)]
    [InlineData("Al-Qaeda came in 1998; in March of the previous year the Taliban were recognised", "March of the previous year", "1997-03-01/1997-03-31", DatePrecision.Month)]
    public void Takes_a_missing_year_from_the_date_before(string text, string written, string iso, DatePrecision precision)
    {
        var mention = DateRecognizer.Recognize(text).Single(m => m.Text == written);
        Assert.Equal(DateMentionKind.ContextResolved, mention.Kind);
        Assert.Equal(iso, mention.Date?.ToIsoInterval());
        Assert.Equal(precision, mention.Date?.Precision);
    }

    [Fact]
    public void Takes_a_missing_year_from_the_context_argument_when_no_date_comes_before()
    {
        var mention = Only("On 28 August about 14 rebel rockets hit the embassy", HistoricalDate.InYear(1992, "1992"));
        Assert.Equal("1992-08-28", mention.Date?.ToIsoInterval());
        Assert.Equal(DateMentionKind.ContextResolved, mention.Kind);
    }

    [Fact]
    public void A_range_of_years_after_over_is_the_years_something_lasted()
    {
        Assert.Equal("1992-01-01/1995-12-31", Only("Russia supported Rabbani's government over 1992–95.").Date?.ToIsoInterval());
        // A single number after "over" is a count.
        Assert.Empty(DateRecognizer.Recognize("Over 1995 soldiers were killed."));
    }

    [Fact]
    public void A_month_after_that_is_read_only_when_capitalized_as_a_month() =>
        Assert.Equal(["16 April 1992"], DateRecognizer.Recognize("He quit on 16 April 1992, so that may be why the next march failed.").Select(m => m.Text));

    [Fact]
    public void Leaves_out_a_yearless_date_with_nothing_to_take_the_year_from() =>
        Assert.Empty(DateRecognizer.Recognize("On 28 August about 14 rebel rockets hit the embassy. Later that year it closed."));

    [Fact]
    public void The_nine_eleven_attacks_do_not_give_their_year_to_later_dates()
    {
        var mentions = DateRecognizer.Recognize("Talks were set for mid-September 2019, before the 18th anniversary of 9/11. However, on 8 September he called them off.");
        Assert.Equal("2019-09-08", mentions.Single(m => m.Text == "8 September").Date?.ToIsoInterval());
    }

    [Theory]
    [InlineData("after three days", 3, TimeUnit.Day, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("three days later", 3, TimeUnit.Day, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("after seven months", 7, TimeUnit.Month, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("a year later", 1, TimeUnit.Year, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("About a month later", 1, TimeUnit.Month, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("two years earlier", 2, TimeUnit.Year, RelativeDirection.Before, DateMentionKind.Relative)]
    [InlineData("the following day", 1, TimeUnit.Day, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("the next day", 1, TimeUnit.Day, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("a fortnight later", 2, TimeUnit.Week, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("after two fortnights", 4, TimeUnit.Week, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("a fortnight long", 2, TimeUnit.Week, RelativeDirection.Lasting, DateMentionKind.Duration)]
    [InlineData("half a year later", 6, TimeUnit.Month, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("two years on from", 2, TimeUnit.Year, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("two months on", 2, TimeUnit.Month, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("twenty-eight years later", 28, TimeUnit.Year, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("thirty years almost to the day after", 30, TimeUnit.Year, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("half a decade earlier", 5, TimeUnit.Year, RelativeDirection.Before, DateMentionKind.Relative)]
    [InlineData("3 yrs later", 3, TimeUnit.Year, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("10 mos. later", 10, TimeUnit.Month, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("2 wks earlier", 2, TimeUnit.Week, RelativeDirection.Before, DateMentionKind.Relative)]
    [InlineData("~3 yrs later", 3, TimeUnit.Year, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("a year and three weeks before", 55, TimeUnit.Week, RelativeDirection.Before, DateMentionKind.Relative)]
    [InlineData("two years and four months later", 28, TimeUnit.Month, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("about a month and a week after", 5, TimeUnit.Week, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("two and a half years before", 30, TimeUnit.Month, RelativeDirection.Before, DateMentionKind.Relative)]
    [InlineData("a year and a half after", 18, TimeUnit.Month, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("three and a half months before", 15, TimeUnit.Week, RelativeDirection.Before, DateMentionKind.Relative)]
    [InlineData("~3.5 months later", 15, TimeUnit.Week, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("2.5 years before", 30, TimeUnit.Month, RelativeDirection.Before, DateMentionKind.Relative)]
    [InlineData("a decade and a half before", 15, TimeUnit.Year, RelativeDirection.Before, DateMentionKind.Relative)]
    [InlineData("four years into", 4, TimeUnit.Year, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("about half a month later", 15, TimeUnit.Day, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("the previous week", 1, TimeUnit.Week, RelativeDirection.Before, DateMentionKind.Relative)]
    [InlineData("in 18 months", 18, TimeUnit.Month, RelativeDirection.After, DateMentionKind.Relative)]
    [InlineData("within 14 months", 14, TimeUnit.Month, RelativeDirection.Within, DateMentionKind.Duration)]
    [InlineData("in the following three years", 3, TimeUnit.Year, RelativeDirection.Within, DateMentionKind.Duration)]
    [InlineData("decade-long", 1, TimeUnit.Decade, RelativeDirection.Lasting, DateMentionKind.Duration)]
    [InlineData("ten-year-long", 10, TimeUnit.Year, RelativeDirection.Lasting, DateMentionKind.Duration)]
    [InlineData("a decade long", 1, TimeUnit.Decade, RelativeDirection.Lasting, DateMentionKind.Duration)]
    [InlineData("for a decade", 1, TimeUnit.Decade, RelativeDirection.Lasting, DateMentionKind.Duration)]
    [InlineData("for the next six years", 6, TimeUnit.Year, RelativeDirection.Lasting, DateMentionKind.Duration)]
    [InlineData("two-year", 2, TimeUnit.Year, RelativeDirection.Lasting, DateMentionKind.Duration)]
    [InlineData("for more than three years", 3, TimeUnit.Year, RelativeDirection.Lasting, DateMentionKind.Duration)]
    public void Reads_relative_and_duration_expressions(string written, int amount, TimeUnit unit, RelativeDirection direction, DateMentionKind kind)
    {
        var mention = Only($"It happened {written}, they said.");
        Assert.Equal(written, mention.Text);
        Assert.Equal(kind, mention.Kind);
        Assert.Equal(new RelativeOffset(amount, unit, direction), mention.Relative);
        Assert.Null(mention.Date);
    }

    [Fact]
    public void A_count_on_is_a_distance_only_where_its_clause_ends() =>
        // "Two months on, rockets hit the compound" counts; "three days on the road" is no date.
        Assert.Empty(DateRecognizer.Recognize("Three days on the road, they reached Kabul."));

    [Theory]
    [InlineData("It came a year and three days after the signing.")]
    [InlineData("It came two months and ten days later.")]
    [InlineData("It came 3.2 months later.")] // (not "2 months later")
    public void A_distance_of_two_counts_is_read_whole_or_not_at_all(string text) =>
        // Months and years differ in days: no count of days is "a year and three days" — and "three days after" is not it.
        Assert.Empty(DateRecognizer.Recognize(text));

    [Fact]
    public void Keeps_the_phrase_a_relative_date_hangs_on()
    {
        var mention = Only("Two months before the withdrawal of western combat troops from Afghanistan, Putin spoke.");
        Assert.Equal("Two months before", mention.Text);
        Assert.Equal("the withdrawal of western combat troops from Afghanistan", mention.Relative?.AnchorText);
        Assert.Equal(RelativeDirection.Before, mention.Relative?.Direction);
        Assert.Null(mention.Date);
    }

    [Fact]
    public void Counts_a_relative_date_from_the_date_before_it_in_the_same_paragraph()
    {
        var mentions = DateRecognizer.Recognize("The meeting was held on 18 May 2016, and after three days, the leader was killed.");
        var relative = mentions.Single(m => m.Text == "after three days");
        Assert.Equal("2016-05-21", relative.Date?.ToIsoInterval());
        Assert.Equal(DatePrecision.Day, relative.Date?.Precision);
    }

    [Theory]
    [InlineData("The US airbase at Manas opened a year after the September 11 attacks.", "September 11")]
    [InlineData("In 2019, on the eve of the anniversary of the September 11th attacks, Trump called it off.", "September 11th")]
    public void The_September_11_attacks_are_9_11(string text, string written)
    {
        var mention = DateRecognizer.Recognize(text).Single(m => m.Text == written);
        Assert.Equal("2001-09-11", mention.Date?.ToIsoInterval());
    }

    [Fact]
    public void September_11_of_another_year_keeps_its_year() =>
        Assert.Equal("2019-09-11", DateRecognizer.Recognize("Talks resumed on September 11, 2019 in Doha.").Single().Date?.ToIsoInterval());

    [Fact]
    public void How_long_something_lasted_is_no_distance_from_the_date_before_it()
    {
        // "after a decade of occupation": a duration, not a decade after '89.
        Assert.Equal(["a decade Duration"], DateRecognizer.Recognize("The rupture of '89 came after a decade of occupation.").Where(m => m.Relative is not null).Select(m => $"{m.Text} {m.Kind}"));
        // "after fifteen years away": how long Russia had been away, not fifteen years after 2007.
        Assert.DoesNotContain(DateRecognizer.Recognize("In 2007, after fifteen years away, Russia resumed an active policy."), m => m.Kind == DateMentionKind.Relative);
        Assert.DoesNotContain(DateRecognizer.Recognize("In 2007, after fifteen years' absence, Russia resumed an active policy."), m => m.Kind == DateMentionKind.Relative);
        Assert.Equal("1999-01-01/1999-12-31", DateRecognizer.Recognize("The rupture of '89, and after a decade, a new start.").Single(m => m.Kind == DateMentionKind.Relative).Date?.ToIsoInterval());
    }

    [Fact]
    public void Does_not_count_a_relative_date_across_a_paragraph_break() =>
        Assert.Null(DateRecognizer.Recognize("Held on 18 May 2016.\nAfter three days, he died.").Single(m => m.Relative is not null).Date);

    [Fact]
    public void Does_not_count_days_from_a_whole_year() =>
        Assert.Null(DateRecognizer.Recognize("Held in 2001. After two days, they agreed.").Single(m => m.Relative is not null).Date);

    [Fact]
    public void Mentions_come_in_text_order_without_overlaps()
    {
        var text = "From 2000 to 2012, and on 9–10 July 2015, and in mid-February 1989, and after three days, and 1992–96.";
        var mentions = DateRecognizer.Recognize(text);
        Assert.Equal(["From 2000 to 2012", "9–10 July 2015", "mid-February 1989", "after three days", "1992–96"], mentions.Select(m => m.Text));
        for (var i = 1; i < mentions.Count; i++) Assert.True(mentions[i - 1].End <= mentions[i].Start);
    }

    [Fact]
    public void Reads_a_twenty_thousand_line_note_line_by_line_alike()
    {
        // Timing belongs in bench/; here the long note must give every line's mentions, in order, with right offsets.
        var line = "On 15 February 1989 the troops left; after three days, in mid-2014 and the 1980s, Resolution 1267 and 2,300 soldiers. On 28 August they met.\n";
        var note = string.Concat(Enumerable.Repeat(line, 20_000));
        var mentions = DateRecognizer.Recognize(note);
        Assert.Equal(5 * 20_000, mentions.Count);
        Assert.Equal(["15 February 1989", "after three days", "mid-2014", "the 1980s", "28 August"], mentions.Take(5).Select(m => m.Text));
        var last = mentions[^1];
        Assert.Equal(19_999 * line.Length + line.IndexOf("28 August", StringComparison.Ordinal), last.Start);
        Assert.Equal("2014-08-28", last.Date?.ToIsoInterval()); // the year of "mid-2014" before it
    }

    [Theory]
    [InlineData("15 February 1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("  15 February 1989 ", "1989-02-15", DatePrecision.Day)]
    [InlineData("1992–1996", "1992-01-01/1996-12-31", DatePrecision.Range)]
    [InlineData("1992-96", "1992-01-01/1996-12-31", DatePrecision.Range)]
    [InlineData("the 1980s", "1980-01-01/1989-12-31", DatePrecision.Decade)]
    [InlineData("mid-February 1989", "1989-02-11/1989-02-20", DatePrecision.PartOfMonth)]
    [InlineData("the end of 2014", "2014-10-01/2014-12-31", DatePrecision.PartOfYear)]
    [InlineData("9–10 July 2015", "2015-07-09/2015-07-10", DatePrecision.Range)]
    [InlineData("2018", "2018-01-01/2018-12-31", DatePrecision.Year)]
    [InlineData("November 1991", "1991-11-01/1991-11-30", DatePrecision.Month)]
    [InlineData("7 May 2018", "2018-05-07", DatePrecision.Day)]
    public void ParseOne_reads_a_text_that_is_one_date(string text, string iso, DatePrecision precision)
    {
        var date = DateRecognizer.ParseOne(text);
        Assert.Equal(iso, date?.ToIsoInterval());
        Assert.Equal(precision, date?.Precision);
        Assert.Equal(text.Trim(), date?.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("15 February 1989 and more")]
    [InlineData("about 1989")]
    [InlineData("28 August")]
    [InlineData("after three days")]
    [InlineData("Resolution 1267")]
    [InlineData("1989 1990")]
    public void ParseOne_refuses_anything_else(string text) => Assert.Null(DateRecognizer.ParseOne(text));

    [Fact]
    public void ParseOne_keeps_an_impossible_date_marked_invalid() =>
        Assert.False(DateRecognizer.ParseOne("31 September 2010")?.IsValid ?? true);
}
