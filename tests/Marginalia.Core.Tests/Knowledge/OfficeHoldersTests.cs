using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;

namespace Marginalia.Core.Tests.Knowledge;

/// <summary>
/// An office named on its own ("the Russian President") names every holder of it; the knowledge base says who
/// held it at a date. A title written before a holder's name ("Russian President Putin") is part of that name.
/// </summary>
public class OfficeHoldersTests
{
    private static KnowledgeBase Shipped => TestKnowledge.Library.Knowledge;

    private static HistoricalDate Date(string written) =>
        DateRecognizer.ParseOne(written) ?? throw new ArgumentException($"'{written}' is not a date");

    [Theory]
    [InlineData("President of Russia", "May 2011", "dmitry-medvedev")]
    [InlineData("President of Russia", "2001", "vladimir-putin")]
    [InlineData("President of Russia", "1995", "boris-yeltsin")]
    [InlineData("President of Russia", "9 November 2018", "vladimir-putin")]
    [InlineData("President of the United States", "2010", "barack-obama")]
    [InlineData("President of the United States", "September 2001", "george-w-bush")]
    [InlineData("President of the United States", "8 September 2019", "donald-trump")]
    [InlineData("General Secretary of the Communist Party of the Soviet Union", "1988", "mikhail-gorbachev")]
    public void The_holder_of_an_office_at_a_date(string office, string date, string holder) =>
        Assert.Equal(holder, Shipped.HolderOf(office, Date(date))?.Id);

    [Theory]
    [InlineData("President of Russia", "2008")] // Putin, then Medvedev from 7 May
    [InlineData("President of Russia", "2012")] // Medvedev, then Putin from 7 May
    [InlineData("President of the United States", "2009")] // Bush, then Obama from 20 January
    [InlineData("President of Russia", "1985")] // nobody the paper knows
    [InlineData("General Secretary of the Communist Party of the Soviet Union", "1980")]
    [InlineData("Mayor of Kabul", "2010")] // no such office
    public void No_single_holder_when_the_date_spans_terms_or_nobody_held_it(string office, string date) =>
        Assert.Null(Shipped.HolderOf(office, Date(date)));

    [Fact]
    public void A_date_across_terms_names_each_holder_of_them() =>
        Assert.Equal(["vladimir-putin", "dmitry-medvedev"], Shipped.HoldersDuring("President of Russia", Date("2008")).Select(a => a.Id));

    [Theory]
    [InlineData("the Russian President", "President of Russia")]
    [InlineData("the Russian president", "President of Russia")]
    [InlineData("the President of Russia", "President of Russia")]
    [InlineData("the US President", "President of the United States")]
    [InlineData("the American president", "President of the United States")]
    [InlineData("the Soviet leader", "General Secretary of the Communist Party of the Soviet Union")]
    public void The_matcher_reports_an_office_with_every_holder(string text, string office)
    {
        var mention = Assert.Single(Shipped.Matcher.Find(text + " spoke."));
        Assert.Equal(office, mention.Office);
        Assert.Equal(
            Shipped.Actors.Where(a => a.Offices.Any(o => o.Title == office)).Select(a => a.Id).Order(StringComparer.Ordinal),
            mention.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_office_names_the_state_whose_office_it_is()
    {
        Assert.Equal(["russia"], Assert.Single(Shipped.Matcher.Find("the President of Russia")).Within.Select(a => a.Id));
        Assert.Equal(["usa"], Assert.Single(Shipped.Matcher.Find("the US President")).Within.Select(a => a.Id));
    }

    [Theory]
    [InlineData("Russian President Putin spoke.", "Putin", "vladimir-putin")]
    [InlineData("The Russian President, Vladimir Putin, spoke.", "Vladimir Putin", "vladimir-putin")]
    [InlineData("US President Barack Obama spoke.", "US President Barack Obama", "barack-obama")]
    public void A_title_before_a_holders_name_is_part_of_the_name(string text, string named, string id)
    {
        var mention = Assert.Single(Shipped.Matcher.Find(text));
        Assert.Null(mention.Office);
        Assert.Equal(named, text.Substring(mention.Start, mention.Length));
        Assert.Equal(id, Assert.Single(mention.Actors).Id);
    }

    [Fact]
    public void A_title_before_the_name_of_someone_who_never_held_it_stays_an_office() =>
        Assert.Equal(["President of Russia", null], Shipped.Matcher.Find("the Russian President Obama").Select(m => m.Office));

    [Fact]
    public void A_name_alias_is_no_office() =>
        Assert.All(Shipped.Matcher.Find("Putin and Medvedev"), m => Assert.Null(m.Office));
}
