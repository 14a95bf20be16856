using static Marginalia.Core.Tests.NoteText;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

public class OfficeCheckTests
{
    [Fact]
    public void A_title_for_a_time_its_holder_did_not_hold_it_is_reported()
    {
        const string text = "President Putin praised the new strategy in December 2009.";
        var finding = Assert.Single(Findings(text, "MRG007"));
        Assert.Equal(RangeOf(text, "President Putin"), finding.Range);
        Assert.StartsWith("Vladimir Putin was not President in December 2009", finding.Message);
    }

    [Fact]
    public void A_country_between_a_title_and_former_is_still_the_title()
    {
        // The country's adjective between them does not make "former" some other word's: without "former" it is a claim.
        const string text = "In mid-2015 Afghan president Hamid Karzai met Vladimir Putin.";
        Assert.Equal("Hamid Karzai was not President in mid-2015: the paper has President of Afghanistan 7 December 2004 – 29 September 2014",
            Assert.Single(Findings(text, "MRG007")).Message);
    }

    [Theory]
    [InlineData("President Putin spoke to the Federal Assembly in 2014.")]
    [InlineData("President Medvedev endorsed the strategy in December 2009.")]
    [InlineData("Former President Karzai met Putin in 2015.")]
    [InlineData("Putin spoke in December 2009.")]
    [InlineData("In mid-2015 former Afghan president Hamid Karzai met Vladimir Putin.")]
    [InlineData("In mid-2015 the ex-Afghan president Hamid Karzai met Vladimir Putin.")]
    [InlineData("Former Afghan president Hamid Karzai met Putin in mid-2015.")]
    public void A_title_held_at_the_time_or_no_title_raises_nothing(string text) =>
        Assert.Empty(Findings(text, "MRG007"));

    [Fact]
    public void The_last_title_of_a_dead_man_is_his_title_when_his_death_is_told()
    {
        Assert.Empty(Findings("The Afghan government disclosed that the Taliban's supreme leader Mullah Omar was dead in late July 2015.", "MRG007"));
        // Alive and named by it two years after he last held it, the title is still a claim.
        Assert.Equal("Mullah Omar was not supreme leader in July 2015: the paper has Supreme leader of the Taliban 1994 – 2013",
            Assert.Single(Findings("In July 2015 the supreme leader Mullah Omar sent envoys to Murree.", "MRG007")).Message);
    }

    [Fact]
    public void A_sentence_that_orders_two_things_tells_of_both_times()
    {
        // The citation dates the flag's lowering; the sentence puts Pankin's approval a month before it, in his November.
        Assert.Empty(Findings("Burhanuddin Rabbani's reception in Moscow, where Foreign Minister Boris Pankin approved a transfer of power to a provisional Islamic government, preceded the lowering of the Soviet flag over the Kremlin [[soviet-flag-lowered-1991]] by roughly a month.", "MRG007"));
        // A day is "on" it.
        Assert.Equal("Boris Pankin was not Foreign Minister on 25 December 1991: the paper has Foreign Minister of the Soviet Union August 1991 – November 1991",
            Assert.Single(Findings("Foreign Minister Boris Pankin watched the Soviet flag come down over the Kremlin [[soviet-flag-lowered-1991]].", "MRG007")).Message);
    }
}
