using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

/// <summary>MRG003's rules for an open world, each on a sentence that would be misread without it.</summary>
public class InferredDateCheckTests
{
    [Fact]
    public void A_stage_of_an_event_before_its_end_is_no_slip_for_its_date()
    {
        Assert.Empty(Findings("By 15 August 1988 half of the Soviet contingent had left, completing the first phase of the pull-out.", "MRG003"));
        // A beginning is no stage: the event is the support itself.
        Assert.Single(Findings("Moscow began to support the Northern Alliance against the Taliban in 1993.", "MRG003"));
    }

    [Fact]
    public void How_long_something_lasted_does_not_time_the_date_by_another_thing()
    {
        var finding = Assert.Single(Findings("The last Soviet units left Afghanistan on 15 February 1988, ending a decade-long war that had crippled the Soviet economy.", "MRG003"));
        Assert.Equal("The paper dates 'soviet-withdrawal-1989' (The last Soviet troops leave Afghanistan) to 15 February 1989 (000_bf09360ec50d0df5.txt, line 55); "
            + "this note says 15 February 1988, one year earlier. The sentence was read as about it from the words 'last', 'left', Soviet Union and Afghanistan; "
            + "cite the event to make the check certain", finding.Message);
        // "for more than two years" does: the death was hidden until it was revealed.
        Assert.Empty(Findings("Mullah Omar reportedly died in April 2013 — and the death was hidden for more than two years.", "MRG003"));
    }

    [Fact]
    public void A_sentence_stating_two_facts_of_one_date_names_both_events()
    {
        var finding = Assert.Single(Findings("Burhanuddin Rabbani was summoned to Moscow in December 1991, where Soviet foreign minister Boris Pankin approved handing power to a provisional Islamic government.", "MRG003"));
        Assert.Equal("The paper dates 'pankin-approves-transfer-of-power-1991' (Soviet foreign minister Boris Pankin approves the transfer of power to a provisional Islamic government) "
            + "to November 1991 (000_bf09360ec50d0df5.txt, line 74); this note says December 1991, one month later. The sentence was read as about it "
            + "(or 'rabbani-called-to-moscow-1991', which the paper dates to the same time) from the words 'approved', 'power', 'provisional', Boris Pankin, "
            + "Burhanuddin Rabbani and Soviet Union; cite the event to make the check certain", finding.Message);
    }
}
