using Marginalia.Core.Knowledge;
using static Marginalia.Core.Tests.NoteText;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Notes;

/// <summary>An office named in a note ("the Russian President") means whoever held it at the date of its sentence.</summary>
public class OfficeMentionTests
{
    private static ActorMention Named(string text, string alias)
    {
        var at = text.IndexOf(alias, StringComparison.Ordinal);
        return Assert.Single(Check(text).Analysis.Actors, m => m.Start == at && m.Length == alias.Length);
    }

    private static string Ids(ActorMention mention) => string.Join(",", mention.Actors.Select(a => a.Id));

    [Theory]
    [InlineData("The Russian President met Obama in May 2011.", "Russian President", "dmitry-medvedev")]
    [InlineData("The Russian President called Bush after 9/11, in 2001.", "Russian President", "vladimir-putin")]
    [InlineData("In 1995 the Russian president backed Rabbani.", "Russian president", "boris-yeltsin")]
    [InlineData("The President of Russia spoke at the SCO summit on 9–10 July 2015.", "President of Russia", "vladimir-putin")]
    [InlineData("The US President sent more troops in 2010.", "US President", "barack-obama")]
    [InlineData("The American president called off the meeting on 8 September 2019.", "American president", "donald-trump")]
    [InlineData("The Soviet leader decided to withdraw in 1988.", "Soviet leader", "mikhail-gorbachev")]
    public void An_office_means_its_holder_at_the_sentences_date(string text, string alias, string holder)
    {
        var mention = Named(text, alias);
        Assert.Equal(holder, Ids(mention));
        Assert.False(mention.IsAmbiguous);
    }

    [Fact]
    public void Without_a_date_of_its_own_an_office_takes_the_cited_events_date() =>
        Assert.Equal("dmitry-medvedev", Ids(Named("Obama informed the Russian President [@obama-informs-russian-president-2011].", "Russian President")));

    [Fact]
    public void A_date_across_terms_leaves_it_ambiguous_among_their_holders()
    {
        var mention = Named("The Russian President spoke in 2008.", "Russian President");
        Assert.Equal("vladimir-putin,dmitry-medvedev", Ids(mention));
        Assert.True(mention.IsAmbiguous);
    }

    [Fact]
    public void A_sentence_without_a_date_leaves_every_holder() =>
        Assert.Equal(3, Named("The Russian President spoke.", "Russian President").Actors.Count);

    [Fact]
    public void An_office_nobody_the_papers_know_held_then_names_no_actor() =>
        Assert.DoesNotContain(Check("The Russian President spoke in 1985.").Analysis.Actors, m => m.Office is not null);

    [Theory]
    [InlineData("Putin first became Russian president circa 1996.", "Russian president")]
    [InlineData("Medvedev was elected President of Russia in 2008.", "President of Russia")]
    [InlineData("Obama was sworn in as the US President in January 2009.", "US President")]
    public void An_office_the_subject_takes_names_only_whose_office_it_is(string text, string alias)
    {
        var mention = Named(text, alias);
        Assert.Equal(Ids(mention with { Actors = mention.Within }), Ids(mention));
        Assert.DoesNotContain(mention.Actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void Becoming_Russian_president_at_a_wrong_date_is_the_paper_s_event_misdated() =>
        Assert.Equal("The paper dates 'putin-becomes-president-2000' (Vladimir Putin becomes President of Russia) to 2000 (000_bf09360ec50d0df5.txt, line 21); this note says circa 1996, four years earlier. The sentence was read as about it from the word 'became', Vladimir Putin and Russia; cite the event to make the check certain",
            Assert.Single(Findings("Putin first became Russian president circa 1996.", "MRG003")).Message);

    [Theory]
    [InlineData("Putin met Obama in May 2011.", "Putin", "vladimir-putin")]
    [InlineData("Medvedev spoke in 2015.", "Medvedev", "dmitry-medvedev")]
    public void A_name_means_its_actor_whatever_the_date(string text, string alias, string id) =>
        Assert.Equal(id, Ids(Named(text, alias)));

    [Fact]
    public void The_Russian_President_meeting_Obama_in_May_2011_raises_nothing() =>
        Assert.Empty(Findings("The Russian President met Obama in May 2011."));

    [Fact]
    public void The_Russian_President_informed_in_May_2011_raises_nothing_when_cited() =>
        Assert.Empty(Findings("Obama informed the Russian President of Bin Laden's death in May 2011 [@obama-informs-russian-president-2011]."));

    [Theory]
    [InlineData("President Putin praised the new strategy in December 2009.", "President Putin")]
    [InlineData("Russian President Putin praised the new strategy in December 2009.", "Russian President Putin")]
    public void A_title_for_a_time_its_holder_did_not_hold_it_is_still_reported(string text, string flagged)
    {
        var finding = Assert.Single(Findings(text, "MRG007"));
        Assert.Equal(RangeOf(text, flagged), finding.Range);
    }

    [Theory]
    [InlineData("The Russian President praised the new strategy in December 2009.")]
    [InlineData("The US President ratified the strategy in December 2009.")]
    public void An_office_named_on_its_own_is_never_an_anachronism(string text) =>
        Assert.Empty(Findings(text, "MRG007"));

    [Fact]
    public void An_office_whose_holder_the_date_does_not_settle_is_a_hint_where_the_event_is_inferred()
    {
        const string text = "The Russian President was re-elected in 2012, which ended the harmony.";
        Assert.Contains(Check(text).Analysis.Claims, c => c.Basis == Marginalia.Core.Notes.ClaimBasis.Inferred);
        var finding = Assert.Single(Findings(text, "MRG008"));
        Assert.Equal(RangeOf(text, "Russian President"), finding.Range);
        Assert.Equal("'Russian President' may mean Dmitry Medvedev or Vladimir Putin, each President of Russia in 2012; "
            + "name one, or cite the event, so the date here is checked against the right one", finding.Message);
    }

    [Fact]
    public void An_office_settled_by_the_date_is_no_hint() =>
        Assert.Empty(Findings("The Russian President expressed concerns at the SCO summit on 9–10 July 2015.", "MRG008"));
}
