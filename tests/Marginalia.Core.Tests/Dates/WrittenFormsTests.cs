using Marginalia.Core.Dates;

namespace Marginalia.Core.Tests.Dates;

/// <summary>
/// The forms a historian writes, each read at full precision: lowercase months, apostrophe years, quarters, hedges,
/// ranges. A date is read whole or not at all: the mention covers the whole written date.
/// </summary>
public class WrittenFormsTests
{
    private static DateMention Only(string text)
    {
        var mentions = DateRecognizer.Recognize(text);
        Assert.True(mentions.Count == 1, $"expected one mention in \"{text}\", got: {string.Join(" | ", mentions.Select(m => m.Text))}");
        return mentions[0];
    }

    /// <summary>The date written inside "… {written} …" is one mention, exactly the written text, with the interval and precision.</summary>
    private static DateMention ReadWhole(string written, string iso, DatePrecision precision, string before = "It was ", string after = ", they said.")
    {
        var text = before + written + after;
        var mention = Only(text);
        Assert.Equal(written, mention.Text);
        Assert.Equal(before.Length, mention.Start);
        Assert.Equal(written.Length, mention.Length);
        Assert.Equal(iso, mention.Date?.ToIsoInterval());
        Assert.Equal(precision, mention.Date?.Precision);
        Assert.Equal(DateMentionKind.Absolute, mention.Kind);
        Assert.True(mention.Date!.IsValid);
        return mention;
    }

    [Theory]
    [InlineData("14 february 1989", "1989-02-14", DatePrecision.Day, DateStyle.DayMonthYear | DateStyle.LowercaseMonth)]
    [InlineData("17 april 1992", "1992-04-17", DatePrecision.Day, DateStyle.DayMonthYear | DateStyle.LowercaseMonth)]
    [InlineData("25 october 2018", "2018-10-25", DatePrecision.Day, DateStyle.DayMonthYear | DateStyle.LowercaseMonth)]
    [InlineData("may 29, 2019", "2019-05-29", DatePrecision.Day, DateStyle.MonthDayYear | DateStyle.LowercaseMonth)]
    [InlineData("29 may 2019", "2019-05-29", DatePrecision.Day, DateStyle.DayMonthYear | DateStyle.LowercaseMonth)]
    [InlineData("february 1989", "1989-02-01/1989-02-28", DatePrecision.Month, DateStyle.MonthYear | DateStyle.LowercaseMonth)]
    [InlineData("Sept. 2018", "2018-09-01/2018-09-30", DatePrecision.Month, DateStyle.AbbreviatedMonthYear)]
    [InlineData("sept 12, 2001", "2001-09-12", DatePrecision.Day, DateStyle.AbbreviatedMonthDayYear | DateStyle.LowercaseMonth)]
    [InlineData("FEBRUARY 15, 1989", "1989-02-15", DatePrecision.Day, DateStyle.MonthDayYear)]
    [InlineData("mid-february 1989", "1989-02-11/1989-02-20", DatePrecision.PartOfMonth, DateStyle.Natural | DateStyle.LowercaseMonth)]
    public void Reads_month_names_in_any_case(string written, string iso, DatePrecision precision, DateStyle style) =>
        Assert.Equal(style, ReadWhole(written, iso, precision, before: "On ").Style);

    [Theory]
    [InlineData("in may 2019 they met", "may 2019", "2019-05-01/2019-05-31")]
    [InlineData("since march 2014 they met", "march 2014", "2014-03-01/2014-03-31")]
    [InlineData("talks of may 2019 failed", "may 2019", "2019-05-01/2019-05-31")]
    [InlineData("until march 2014, they met", "march 2014", "2014-03-01/2014-03-31")]
    public void Reads_a_lowercase_may_or_march_with_a_year_after_a_preposition(string text, string written, string iso)
    {
        var mention = Only(text);
        Assert.Equal(written, mention.Text);
        Assert.Equal(iso, mention.Date?.ToIsoInterval());
        Assert.Equal(DatePrecision.Month, mention.Date?.Precision);
    }

    [Theory]
    [InlineData("we may 5 times ask")]
    [InlineData("they march on Kabul")]
    [InlineData("the army may 15 times retreat")]
    [InlineData("they may march 3 miles")]
    [InlineData("rebels may 12 of them")]
    public void Leaves_the_verbs_may_and_march_alone(string text) => Assert.Empty(DateRecognizer.Recognize(text));

    [Theory]
    [InlineData("troops may leave in 2019", "2019")]
    [InlineData("the march of 1989 was long", "1989")]
    [InlineData("they may 2019 see", "2019")]
    public void Reads_only_the_year_beside_a_verb(string text, string written) =>
        Assert.Equal(DatePrecision.Year, Assert.Single(DateRecognizer.Recognize(text), m => m.Text == written).Date?.Precision);

    [Theory]
    [InlineData("in march they met")]
    [InlineData("in may they met")]
    public void Lone_months_stay_case_sensitive(string text) => Assert.Empty(DateRecognizer.Recognize(text, HistoricalDate.InYear(2019, "2019")));

    [Theory]
    [InlineData("'88", "1988-01-01/1988-12-31", DatePrecision.Year, DateStyle.Year | DateStyle.ShortYear)]
    [InlineData("’89", "1989-01-01/1989-12-31", DatePrecision.Year, DateStyle.Year | DateStyle.ShortYear)]
    [InlineData("'05", "2005-01-01/2005-12-31", DatePrecision.Year, DateStyle.Year | DateStyle.ShortYear)]
    [InlineData("'30", "2030-01-01/2030-12-31", DatePrecision.Year, DateStyle.Year | DateStyle.ShortYear)]
    [InlineData("'31", "1931-01-01/1931-12-31", DatePrecision.Year, DateStyle.Year | DateStyle.ShortYear)]
    [InlineData("16 Apr '93", "1993-04-16", DatePrecision.Day, DateStyle.AbbreviatedDayMonthYear | DateStyle.ShortYear)]
    [InlineData("April '93", "1993-04-01/1993-04-30", DatePrecision.Month, DateStyle.MonthYear | DateStyle.ShortYear)]
    [InlineData("spring '92", "1992-03-01/1992-05-31", DatePrecision.PartOfYear, DateStyle.Natural | DateStyle.ShortYear)]
    [InlineData("Q2 '93", "1993-04-01/1993-06-30", DatePrecision.PartOfYear, DateStyle.Quarter | DateStyle.ShortYear)]
    public void Reads_two_digit_years_after_an_apostrophe(string written, string iso, DatePrecision precision, DateStyle style) =>
        Assert.Equal(style, ReadWhole(written, iso, precision, before: "It was in ", after: ".").Style);

    [Theory]
    [InlineData("the party's line held")]
    [InlineData("they fired '12 rockets' at the base")]
    [InlineData("he said '12 rockets' hit")]
    [InlineData("the 1980's were hard and the '90s too")]
    public void An_apostrophe_before_two_digits_is_not_always_a_year(string text) =>
        Assert.DoesNotContain(DateRecognizer.Recognize(text), m => m.Style.Has(DateStyle.ShortYear));

    [Theory]
    [InlineData("Q2 1993", "1993-04-01/1993-06-30")]
    [InlineData("Q4 2015", "2015-10-01/2015-12-31")]
    [InlineData("2Q 1993", "1993-04-01/1993-06-30")]
    [InlineData("Q1 of 2001", "2001-01-01/2001-03-31")]
    public void Reads_quarters(string written, string iso) =>
        Assert.Equal(DateStyle.Quarter, ReadWhole(written, iso, DatePrecision.PartOfYear, before: "In ").Style);

    [Theory]
    [InlineData("spring 1992", "1992-03-01/1992-05-31")]
    [InlineData("winter 1979", "1979-12-01/1980-02-29")]
    [InlineData("Autumn 2001", "2001-09-01/2001-11-30")]
    public void Reads_seasons_whole(string written, string iso) => ReadWhole(written, iso, DatePrecision.PartOfYear, before: "In ");

    [Theory]
    [InlineData("Christmas Eve 1991", "1991-12-24")]
    [InlineData("Christmas Day, 1991", "1991-12-25")]
    [InlineData("Christmas 1979", "1979-12-25")]
    [InlineData("Boxing Day 2016", "2016-12-26")]
    [InlineData("New Year's Eve 1999", "1999-12-31")]
    [InlineData("New Year’s Day 1994", "1994-01-01")]
    [InlineData("New Year 1992", "1992-01-01")]
    public void Reads_feast_days_whole(string written, string iso) => ReadWhole(written, iso, DatePrecision.Day, before: "On ");

    [Theory]
    [InlineData("the Christmas bombing of 1972", "1972")]
    [InlineData("Orthodox Christmas 2001", "2001")]
    [InlineData("on New Year's Day, after the resignation of 25 December 1991", "25 December 1991")]
    public void A_feast_day_without_its_year_or_in_a_name_is_not_read_as_one(string text, string only) =>
        Assert.Equal([only], DateRecognizer.Recognize(text).Select(m => m.Text));

    [Theory]
    [InlineData("c. 1993", "c.", 3, "1993-01-01/1993-12-31", DatePrecision.Year, "1992-01-01/1994-12-31")]
    [InlineData("c.1993", "c.", 2, "1993-01-01/1993-12-31", DatePrecision.Year, "1992-01-01/1994-12-31")]
    [InlineData("ca. 1993", "ca.", 4, "1993-01-01/1993-12-31", DatePrecision.Year, "1992-01-01/1994-12-31")]
    [InlineData("circa 2015", "circa", 6, "2015-01-01/2015-12-31", DatePrecision.Year, "2014-01-01/2016-12-31")]
    [InlineData("around 2015", "around", 7, "2015-01-01/2015-12-31", DatePrecision.Year, "2014-01-01/2016-12-31")]
    [InlineData("about March 2019", "about", 6, "2019-03-01/2019-03-31", DatePrecision.Month, "2019-02-01/2019-04-30")]
    [InlineData("approximately 2000", "approximately", 14, "2000-01-01/2000-12-31", DatePrecision.Year, "1999-01-01/2001-12-31")]
    [InlineData("roughly 1990", "roughly", 8, "1990-01-01/1990-12-31", DatePrecision.Year, "1989-01-01/1991-12-31")]
    [InlineData("some time in 2017", "some time in", 13, "2017-01-01/2017-12-31", DatePrecision.Year, "2016-01-01/2018-12-31")]
    [InlineData("sometime in 2017", "sometime in", 12, "2017-01-01/2017-12-31", DatePrecision.Year, "2016-01-01/2018-12-31")]
    [InlineData("around 15 February 1989", "around", 7, "1989-02-15", DatePrecision.Day, "1989-02-08/1989-02-22")]
    [InlineData("c. mid-February 1989", "c.", 3, "1989-02-11/1989-02-20", DatePrecision.PartOfMonth, "1989-02-01/1989-03-02")]
    [InlineData("around spring 2019", "around", 7, "2019-03-01/2019-05-31", DatePrecision.PartOfYear, "2018-12-01/2019-08-31")]
    [InlineData("around 1992–96", "around", 7, "1992-01-01/1996-12-31", DatePrecision.Range, "1991-01-01/1997-12-31")]
    [InlineData("about 9–10 July 2015", "about", 6, "2015-07-09/2015-07-10", DatePrecision.Range, "2015-07-02/2015-07-17")]
    [InlineData("circa the 1980s", "circa", 6, "1980-01-01/1989-12-31", DatePrecision.Decade, "1977-01-01/1992-12-31")]
    [InlineData("c. the 19th century", "c.", 3, "1801-01-01/1900-12-31", DatePrecision.Century, "1791-01-01/1910-12-31")]
    public void Reads_a_hedge_into_the_mention_and_widens_the_claim(string written, string word, int length, string iso, DatePrecision precision, string claimed)
    {
        var mention = ReadWhole(written, iso, precision);
        Assert.Equal(new DateHedge(word, length), mention.Hedge);
        Assert.Equal(written[length..], mention.Date!.Text);
        Assert.Equal(claimed, mention.Claimed?.ToIsoInterval());
        Assert.Equal(precision, mention.Claimed?.Precision);
    }

    public static TheoryData<string> HedgeWords => [.. Hedges.Words];

    [Theory]
    [MemberData(nameof(HedgeWords))]
    public void Reads_every_hedge_word(string word)
    {
        var mention = Only($"It was {word} 1993, they said.");
        Assert.Equal(word, mention.Hedge?.Word);
        Assert.Equal($"{word} 1993", mention.Text);
    }

    [Theory]
    [InlineData("15 February 1989", "1989-02-08/1989-02-22")]
    [InlineData("mid-February 1989", "1989-02-01/1989-03-02")]
    [InlineData("February 1989", "1989-01-01/1989-03-31")]
    [InlineData("spring 1992", "1991-12-01/1992-08-31")]
    [InlineData("1993", "1992-01-01/1994-12-31")]
    [InlineData("1992–96", "1991-01-01/1997-12-31")]
    [InlineData("From January to May 2016", "2015-12-01/2016-06-30")]
    [InlineData("9–10 July 2015", "2015-07-02/2015-07-17")]
    [InlineData("the 1980s", "1977-01-01/1992-12-31")]
    [InlineData("the 19th century", "1791-01-01/1910-12-31")]
    [InlineData("the Cold War", "1937-01-01/2001-12-31")]
    public void A_hedge_widens_each_precision_by_its_tolerance(string written, string widened)
    {
        var date = Only($"It was {written}.").Date!;
        var claimed = Hedges.Widen(date);
        Assert.Equal(widened, claimed.ToIsoInterval());
        Assert.Equal(date.Precision, claimed.Precision);
        Assert.Equal(date.Text, claimed.Text);
    }

    [Fact]
    public void A_date_without_a_hedge_claims_itself()
    {
        var mention = Only("on 15 February 1989");
        Assert.Null(mention.Hedge);
        Assert.Same(mention.Date, mention.Claimed);
    }

    [Theory]
    [InlineData("It happened about three days later, they said.", "about three days later")]
    [InlineData("Around three weeks later, they left.", "Around three weeks later")]
    public void A_hedge_inside_a_relative_date_stays_there(string text, string written)
    {
        var mention = Only(text);
        Assert.Equal(written, mention.Text);
        Assert.Null(mention.Hedge);
        Assert.NotNull(mention.Relative);
    }

    [Theory]
    [InlineData("around 1,500 troops were there")]
    [InlineData("about 2000 people were killed")]
    [InlineData("approximately 1500 soldiers died")]
    [InlineData("the UNSC adopted Resolution 1267 on terrorism")]
    [InlineData("about 14 rebel rockets hit the embassy")]
    public void A_hedged_count_is_no_date(string text) => Assert.Empty(DateRecognizer.Recognize(text));

    [Fact]
    public void ParseOne_refuses_a_hedged_date() => Assert.Null(DateRecognizer.ParseOne("c. 1993"));

    [Theory]
    [InlineData("6–7 February 2019", "2019-02-06/2019-02-07")]
    [InlineData("5-6 Feb 2019", "2019-02-05/2019-02-06")]
    [InlineData("1992–98", "1992-01-01/1998-12-31")]
    [InlineData("1992–1996", "1992-01-01/1996-12-31")]
    public void Reads_ranges_with_exact_ends(string written, string iso) => ReadWhole(written, iso, DatePrecision.Range, before: "throughout ");

    public static TheoryData<string, string, DatePrecision> EveryForm => new()
    {
        { "14 february 1989", "1989-02-14", DatePrecision.Day },
        { "17 april 1992", "1992-04-17", DatePrecision.Day },
        { "25 october 2018", "2018-10-25", DatePrecision.Day },
        { "may 29, 2019", "2019-05-29", DatePrecision.Day },
        { "february 1989", "1989-02-01/1989-02-28", DatePrecision.Month },
        { "29 may 2019", "2019-05-29", DatePrecision.Day },
        { "Sept. 2018", "2018-09-01/2018-09-30", DatePrecision.Month },
        { "sept 12, 2001", "2001-09-12", DatePrecision.Day },
        { "'88", "1988-01-01/1988-12-31", DatePrecision.Year },
        { "’89", "1989-01-01/1989-12-31", DatePrecision.Year },
        { "16 Apr '93", "1993-04-16", DatePrecision.Day },
        { "April '93", "1993-04-01/1993-04-30", DatePrecision.Month },
        { "spring '92", "1992-03-01/1992-05-31", DatePrecision.PartOfYear },
        { "Q2 1993", "1993-04-01/1993-06-30", DatePrecision.PartOfYear },
        { "Q4 2015", "2015-10-01/2015-12-31", DatePrecision.PartOfYear },
        { "2Q 1993", "1993-04-01/1993-06-30", DatePrecision.PartOfYear },
        { "spring 1992", "1992-03-01/1992-05-31", DatePrecision.PartOfYear },
        { "winter 1979", "1979-12-01/1980-02-29", DatePrecision.PartOfYear },
        { "Autumn 2001", "2001-09-01/2001-11-30", DatePrecision.PartOfYear },
        { "Christmas Eve 1991", "1991-12-24", DatePrecision.Day },
        { "New Year's Day 1994", "1994-01-01", DatePrecision.Day },
        { "c. 1993", "1993-01-01/1993-12-31", DatePrecision.Year },
        { "c.1993", "1993-01-01/1993-12-31", DatePrecision.Year },
        { "ca. 1993", "1993-01-01/1993-12-31", DatePrecision.Year },
        { "circa 2015", "2015-01-01/2015-12-31", DatePrecision.Year },
        { "around 2015", "2015-01-01/2015-12-31", DatePrecision.Year },
        { "about March 2019", "2019-03-01/2019-03-31", DatePrecision.Month },
        { "approximately 2000", "2000-01-01/2000-12-31", DatePrecision.Year },
        { "roughly 1990", "1990-01-01/1990-12-31", DatePrecision.Year },
        { "some time in 2017", "2017-01-01/2017-12-31", DatePrecision.Year },
        { "sometime in 2017", "2017-01-01/2017-12-31", DatePrecision.Year },
        { "15th February 1989", "1989-02-15", DatePrecision.Day },
        { "Feb. 15, 1989", "1989-02-15", DatePrecision.Day },
        { "the 15th of February 1989", "1989-02-15", DatePrecision.Day },
        { "1989-02-15", "1989-02-15", DatePrecision.Day },
        { "15.02.1989", "1989-02-15", DatePrecision.Day },
        { "15/02/1989", "1989-02-15", DatePrecision.Day },
        { "mid-February 1989", "1989-02-11/1989-02-20", DatePrecision.PartOfMonth },
        { "early 2015", "2015-01-01/2015-04-30", DatePrecision.PartOfYear },
        { "the end of 2016", "2016-10-01/2016-12-31", DatePrecision.PartOfYear },
        { "9–10 July 2015", "2015-07-09/2015-07-10", DatePrecision.Range },
        { "6–7 February 2019", "2019-02-06/2019-02-07", DatePrecision.Range },
        { "5-6 Feb 2019", "2019-02-05/2019-02-06", DatePrecision.Range },
        { "1992–96", "1992-01-01/1996-12-31", DatePrecision.Range },
        { "1992–1996", "1992-01-01/1996-12-31", DatePrecision.Range },
        { "from January to May 2016", "2016-01-01/2016-05-31", DatePrecision.Range },
        { "between 2000 and 2012", "2000-01-01/2012-12-31", DatePrecision.Range },
        { "the mid-1990s", "1993-01-01/1996-12-31", DatePrecision.Decade },
        { "the late 19th century", "1867-01-01/1900-12-31", DatePrecision.Century },
    };

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void Reads_every_form_whole_in_a_sentence(string written, string iso, DatePrecision precision)
    {
        ReadWhole(written, iso, precision, before: "It was in ", after: ".");
        ReadWhole(written, iso, precision, before: "(", after: ")");
    }
}
