using static Marginalia.Core.Tests.NoteText;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

public class ChronologyCheckTests
{
    [Fact]
    public void Before_between_two_events_in_the_wrong_order_is_reported_on_the_word()
    {
        const string text = "The withdrawal [@soviet-withdrawal-1989] came before the intervention [@soviet-intervention-1979].";
        var finding = Assert.Single(Findings(text, "MRG006"));
        Assert.Equal(RangeOf(text, "before"), finding.Range);
        Assert.StartsWith("The paper puts 'soviet-withdrawal-1989' (15 February 1989) after 'soviet-intervention-1979'", finding.Message);
    }

    [Fact]
    public void The_right_order_raises_nothing() =>
        Assert.Empty(Findings("The intervention [@soviet-intervention-1979] came long before the withdrawal [@soviet-withdrawal-1989].", "MRG006"));

    [Fact]
    public void A_distance_between_two_cited_events_is_checked_against_their_dates()
    {
        Assert.Empty(Findings("Mansour was killed [@mansour-killed-2016] three days after the fifth meeting [@qcg-fifth-meeting-2016].", "MRG006"));
        const string wrong = "Mansour was killed [@mansour-killed-2016] three weeks after the fifth meeting [@qcg-fifth-meeting-2016].";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "three weeks after"), finding.Range);
        Assert.Contains("'mansour-killed-2016' to 21 May 2016", finding.Message);
    }

    [Fact]
    public void Later_counts_from_the_event_cited_in_the_sentence_before()
    {
        Assert.Empty(Findings("The fifth QCG meeting was held [@qcg-fifth-meeting-2016]. Three days later Mansour was killed [@mansour-killed-2016].", "MRG006"));
        const string wrong = "The fifth QCG meeting was held [@qcg-fifth-meeting-2016]. Two months later Mansour was killed [@mansour-killed-2016].";
        Assert.Single(Findings(wrong, "MRG006"));
    }
}
