using Marginalia.Core.Dates;

namespace Marginalia.Core.Tests.Dates;

/// <summary>The recognizer on real sentences of the shipped paper (Russia's role in the Afghan peace process).</summary>
public class PaperDatesTests
{
    private static readonly Lazy<IReadOnlyList<DateMention>> Mentions = new(() => DateRecognizer.Recognize(TestPapers.Russia.Reading.Text));

    private static string Text => TestPapers.Russia.Reading.Text;

    /// <summary>The mention written exactly so inside the paper's sentence that contains the given words.</summary>
    private static DateMention In(string sentence, string written)
    {
        var at = Text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the paper does not contain \"{sentence}\"");
        var start = at + sentence.IndexOf(written, StringComparison.Ordinal);
        var found = Mentions.Value.Where(m => m.Start == start && m.Length == written.Length).ToList();
        Assert.True(found.Count == 1, $"\"{written}\" is not a mention; mentions in the sentence: " +
            string.Join(" | ", Mentions.Value.Where(m => m.Start >= at && m.End <= at + sentence.Length).Select(m => m.Text)));
        return found[0];
    }

    [Theory]
    [InlineData("a complete withdrawal of the Soviet troops on 15 February 1989.", "15 February 1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("Russia extended support to his government during 1992–96.", "1992–96", "1992-01-01/1996-12-31", DatePrecision.Range)]
    [InlineData("The landmark meeting was held on 9 November 2018", "9 November 2018", "2018-11-09", DatePrecision.Day)]
    [InlineData("In the 15th SCO meeting held on 9–10 July 2015", "9–10 July 2015", "2015-07-09/2015-07-10", DatePrecision.Range)]
    [InlineData("began on 21–22 January 2019, in Doha", "21–22 January 2019", "2019-01-21/2019-01-22", DatePrecision.Range)]
    [InlineData("an inclusive meeting was held in Moscow on 5–6 February 2019", "5–6 February 2019", "2019-02-05/2019-02-06", DatePrecision.Range)]
    [InlineData("From 2000 to 2012, Russia grew economically", "From 2000 to 2012", "2000-01-01/2012-12-31", DatePrecision.Range)]
    [InlineData("The US combat operation ended in Afghanistan at the end of 2014", "the end of 2014", "2014-10-01/2014-12-31", DatePrecision.PartOfYear)]
    [InlineData("sent troops to Afghanistan at the end of 1979", "the end of 1979", "1979-10-01/1979-12-31", DatePrecision.PartOfYear)]
    [InlineData("In the last quarter of 2015, news of Putin", "the last quarter of 2015", "2015-10-01/2015-12-31", DatePrecision.PartOfYear)]
    [InlineData("visited Moscow in mid-September 2019", "mid-September 2019", "2019-09-11/2019-09-20", DatePrecision.PartOfMonth)]
    [InlineData("On a leap year day February 29, 2020", "February 29, 2020", "2020-02-29", DatePrecision.Day)]
    [InlineData("In November 1991, Professor Burhanuddin Rabbani", "November 1991", "1991-11-01/1991-11-30", DatePrecision.Month)]
    [InlineData("An overview of Russia-Afghan relations 1989–2001", "1989–2001", "1989-01-01/2001-12-31", DatePrecision.Range)]
    [InlineData("Russian reassertion in Afghanistan 2011-2015", "2011-2015", "2011-01-01/2015-12-31", DatePrecision.Range)]
    [InlineData("The year 2011 shifted global attention", "The year 2011", "2011-01-01/2011-12-31", DatePrecision.Year)]
    [InlineData("the Anglo-Russian Great Game in the 19th century", "the 19th century", "1801-01-01/1900-12-31", DatePrecision.Century)]
    [InlineData("in the decade of 1980s became a menace", "the decade of 1980s", "1980-01-01/1989-12-31", DatePrecision.Decade)]
    [InlineData("adopted Resolution 1267 on 5 October 1999", "5 October 1999", "1999-10-05", DatePrecision.Day)]
    [InlineData("After the 9/11 incident, Putin", "9/11", "2001-09-11", DatePrecision.Day)]
    [InlineData("In the Cold War period, it was the largest foreign investor", "the Cold War period", "1947-01-01/1991-12-31", DatePrecision.Era)]
    public void States_the_paper_dates(string sentence, string written, string iso, DatePrecision precision)
    {
        var mention = In(sentence, written);
        Assert.Equal(DateMentionKind.Absolute, mention.Kind);
        Assert.Equal(iso, mention.Date?.ToIsoInterval());
        Assert.Equal(precision, mention.Date?.Precision);
    }

    [Theory]
    [InlineData("On 28 August about 14 rebel rockets", "28 August", "1992-08-28")]
    [InlineData("Later that year the", "that year", "1989-01-01/1989-12-31")]
    [InlineData("In August of that year, two US embassies", "August of that year", "1998-08-01/1998-08-31")]
    [InlineData("as on May 7 of this year, Putin began", "May 7 of this year", "2018-05-07")]
    [InlineData("From January to May, there were five meetings of the QCG", "From January to May", "2016-01-01/2016-05-31")]
    [InlineData("On the next day, May 29, the second round", "May 29", "2019-05-29")]
    [InlineData("on 8 September he abruptly called off the meeting", "8 September", "2019-09-08")]
    [InlineData("on 25 October Moscow hosted a meeting", "25 October", "2019-10-25")]
    [InlineData("the second was held in November in Islamabad", "November", "2013-11-01/2013-11-30")]
    [InlineData("Earlier in the same month, two Russians had been killed", "the same month", "1992-08-01/1992-08-31")]
    public void Takes_missing_years_from_the_paper_before_them(string sentence, string written, string iso)
    {
        var mention = In(sentence, written);
        Assert.Equal(DateMentionKind.ContextResolved, mention.Kind);
        Assert.Equal(iso, mention.Date?.ToIsoInterval());
    }

    [Theory]
    [InlineData("in Islamabad, and after three days, th", "after three days", 3, TimeUnit.Day, RelativeDirection.After, "2016-05-21")]
    [InlineData("in April 2013, and after seven months, the second", "after seven months", 7, TimeUnit.Month, RelativeDirection.After, "2013-11-01/2013-11-30")]
    [InlineData("After nearly three years, Russia hosted the third in Moscow", "After nearly three years", 3, TimeUnit.Year, RelativeDirection.After, "2016-01-01/2016-12-31")]
    [InlineData("About a month later, the US-Taliban", "About a month later", 1, TimeUnit.Month, RelativeDirection.After, "2019-11-01/2019-11-30")]
    [InlineData("On the next day, May 29", "the next day", 1, TimeUnit.Day, RelativeDirection.After, "2019-05-29")]
    [InlineData("and in 18 months, the deal was signed", "in 18 months", 18, TimeUnit.Month, RelativeDirection.After, "2020-03-01/2020-03-31")]
    public void Counts_relative_dates_from_the_date_before_them(string sentence, string written, int amount, TimeUnit unit, RelativeDirection direction, string iso)
    {
        var mention = In(sentence, written);
        Assert.Equal(DateMentionKind.Relative, mention.Kind);
        Assert.Equal(new RelativeOffset(amount, unit, direction), mention.Relative);
        Assert.Equal(iso, mention.Date?.ToIsoInterval());
    }

    [Fact]
    public void The_paper_relative_date_that_names_its_event_waits_for_the_event()
    {
        var mention = In("Two months before the withdrawal of western combat troops", "Two months before");
        Assert.Equal("the withdrawal of western combat troops from Afghanistan", mention.Relative?.AnchorText);
        Assert.Null(mention.Date);
        var withdrawal = In("was completed on 28 December 2014", "28 December 2014").Date!;
        var implied = mention.ResolveAgainst(withdrawal);
        Assert.Equal("2014-10-01/2014-10-31", implied?.ToIsoInterval());
        Assert.True(implied!.Agrees(In("on 24 October 2014, Putin delivered", "24 October 2014").Date!));
    }

    [Theory]
    [InlineData("The Soviets decade-long involvement ended", "decade-long", 1, TimeUnit.Decade)]
    [InlineData("The Soviet’s ten-year-long war", "ten-year-long", 10, TimeUnit.Year)]
    [InlineData("for the next six years", "for the next six years", 6, TimeUnit.Year)]
    [InlineData("killed in a decade long the then Soviet war", "a decade long", 1, TimeUnit.Decade)]
    [InlineData("after its decade-long occupation", "decade-long", 1, TimeUnit.Decade)]
    [InlineData("resisted the pressure of the mujahideen for more than three years", "for more than three years", 3, TimeUnit.Year)]
    public void Reads_the_paper_durations(string sentence, string written, int amount, TimeUnit unit)
    {
        var mention = In(sentence, written);
        Assert.Equal(DateMentionKind.Duration, mention.Kind);
        Assert.Equal(new RelativeOffset(amount, unit, RelativeDirection.Lasting), mention.Relative);
    }

    [Fact]
    public void Within_fourteen_months_is_a_duration_from_the_deal() =>
        Assert.Equal(new RelativeOffset(14, TimeUnit.Month, RelativeDirection.Within),
            In("its allies within 14 months", "within 14 months").Relative);

    [Theory]
    [InlineData("adopted Resolution 1267 on", "1267")]
    [InlineData("On 28 August about 14 rebel rockets", "14")]
    [InlineData("more than $ 900 billion in expenditures", "900")]
    [InlineData("In the 15th SCO meeting held", "15th")]
    public void Does_not_read_the_paper_numbers_as_dates(string sentence, string number)
    {
        var at = Text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the paper does not contain \"{sentence}\"");
        var start = at + sentence.IndexOf(number, StringComparison.Ordinal);
        Assert.DoesNotContain(Mentions.Value, m => m.Start < start + number.Length && start < m.End);
    }

    [Fact]
    public void Every_stated_or_resolved_mention_has_a_date_and_mentions_do_not_overlap()
    {
        var mentions = Mentions.Value;
        Assert.True(mentions.Count > 100, $"only {mentions.Count} mentions");
        Assert.All(mentions.Where(m => m.Kind is DateMentionKind.Absolute or DateMentionKind.ContextResolved), m => Assert.NotNull(m.Date));
        for (var i = 1; i < mentions.Count; i++) Assert.True(mentions[i - 1].End <= mentions[i].Start, $"{mentions[i - 1].Text} overlaps {mentions[i].Text}");
    }
}
