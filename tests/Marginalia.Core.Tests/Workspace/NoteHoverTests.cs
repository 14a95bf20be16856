using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

public class NoteHoverTests
{
    private static HoverCard? Hover(string marked, IEnumerable<CheckedNote>? notes = null, char mark = '|')
    {
        var (text, position) = Cursor.In(marked, mark);
        var cards = new EventCards(TestKnowledge.Library.Knowledge, path => "file://" + path, notes);
        return NoteHover.At(TestKnowledge.Check(text), position, cards);
    }

    [Theory]
    [InlineData("The troops left [[soviet-with|drawal-1989]].", "[[soviet-withdrawal-1989]]")]
    [InlineData("The troops left [@soviet-withdrawal-1989|].", "[@soviet-withdrawal-1989]")]
    [InlineData("The troops left @soviet-|withdrawal-1989 then.", "@soviet-withdrawal-1989")]
    public void On_an_event_reference_the_card_of_the_event_over_the_reference(string marked, string reference)
    {
        var hover = Hover(marked)!;

        Assert.Contains("**The last Soviet troops leave Afghanistan**", hover.Markdown);
        Assert.Equal(NoteText.RangeOf(marked.Replace("|", ""), reference), hover.Range);
    }

    [Fact]
    public void On_an_actor_reference_or_an_actor_in_prose_the_card_of_the_actor()
    {
        Assert.Contains("President of Russia", Hover("Then [[vladimir-|putin]] spoke.")!.Markdown);
        var prose = Hover("Then Pu|tin spoke.")!;
        Assert.Contains("**Vladimir Putin**", prose.Markdown);
        Assert.Equal(NoteText.RangeOf("Then Putin spoke.", "Putin"), prose.Range);
    }

    [Fact]
    public void On_a_date_the_date_card_over_the_date()
    {
        var hover = Hover("The troops left on 15 Feb| 1989.")!;

        Assert.Contains("Wednesday, 15 February 1989", hover.Markdown);
        Assert.Contains("soviet-withdrawal-1989", hover.Markdown);
        Assert.Equal(NoteText.RangeOf("The troops left on 15 Feb 1989.", "15 Feb 1989"), hover.Range);
    }

    [Fact]
    public void On_a_date_in_a_wikilinks_alias_the_date_card_as_the_checks_read_it()
    {
        const string text = "Lavrov sat between the HPC and the Taliban [[lavrov-mediates-moscow-format-2018|held 9 December 2018]].";
        var date = Hover(text.Replace("9 December", "9 Dec^ember"), mark: '^')!;
        Assert.Contains("Sunday, 9 December 2018", date.Markdown);
        Assert.Equal(NoteText.RangeOf(text, "9 December 2018"), date.Range);
        // The id is the reference's.
        Assert.Equal(NoteText.RangeOf(text, "[[lavrov-mediates-moscow-format-2018|held 9 December 2018]]"), Hover(text.Replace("lavrov-mediates", "lavrov-med^iates"), mark: '^')!.Range);
    }

    [Theory]
    [InlineData("Nothing |here.")]
    [InlineData("An unknown [[no-such-|event]].")]
    public void Elsewhere_nothing(string marked) => Assert.Null(Hover(marked));

    [Fact]
    public void Outside_the_note_nothing()
    {
        var cards = new EventCards(TestKnowledge.Library.Knowledge, path => path);
        var note = TestKnowledge.Check("One line.");
        Assert.Null(NoteHover.At(note, new SourcePosition(5, 0), cards));
        Assert.Null(NoteHover.At(note, new SourcePosition(0, 99), cards));
        Assert.Null(NoteHover.At(note, new SourcePosition(-1, -1), cards));
    }

    [Fact]
    public void On_a_relative_date_the_card_says_what_it_counts_from_and_what_the_check_says()
    {
        var hover = Hover("Lavrov spoke at the celebration on 28 May 2019. The second round of intra-Afghan talks followed three d|ays later [@intra-afghan-talks-moscow-2019].")!;
        Assert.Equal("""
            **Friday, 31 May 2019**  
            `2019-05-31`

            The paper dates no event then.

            ---

            “three days later” counted from 28 May 2019 (31 May 2019), said of 'intra-afghan-talks-moscow-2019' (29 May 2019).

            The paper puts 'intra-afghan-talks-moscow-2019' (29 May 2019) one day after 'russia-afghanistan-centenary-2019' (28 May 2019): its words deny it (MRG006).
            """, hover.Markdown);
    }

    [Fact]
    public void On_a_date_tied_to_an_event_by_an_ordinal_alone_the_card_quotes_that_ordinal()
    {
        var hover = Hover("The last Soviet units marched north on 15 Feb|ruary 1990, ending the occupation.")!;
        Assert.Equal("""
            **Thursday, 15 February 1990**  
            `1990-02-15`

            The paper then:
            - 1989–1992: Najibullah's regime resists the mujahideen for more than three years after the withdrawal (`najibullah-regime-survives-1992`)
            - the 1990s: Other fronts emerge for Russia in Chechnya, Tajikistan, Dagestan and Ingushetia (`new-fronts-for-russia-1990s`)
            - the 1990s: Russia shares intelligence on Afghanistan with the US to improve relations after the Cold War (`russia-us-intelligence-sharing-1990s`)
            - the 1990s: Russia's military falls into chaos in the 1990s (`russian-chaos-1990s`)
            - the Cold War period: In the Cold War the Soviet Union is the largest foreign investor in Afghanistan and trains its army (`soviet-largest-investor-cold-war-1947-1991`)

            ---

            A claim about *the last Soviet troops leave Afghanistan* (`soviet-withdrawal-1989`, inferred from ‘last’, Soviet Union), which the paper dates to 15 February 1989: it disagrees, but this is not reported: the sentence shares only an ordinal ('last') with the event.
            """, hover.Markdown);
    }

    [Fact]
    public void On_a_length_the_paper_gives_otherwise_the_card_says_so()
    {
        var hover = Hover("The US and the Taliban reached their framework agreement after five d|ays of negotiations [@doha-framework-agreement-2019].")!;
        Assert.Equal("A length of `doha-framework-agreement-2019` (After two days of negotiations the US and the Taliban reach a framework agreement), which the paper gives as “two days”: it disagrees (MRG006).", hover.Markdown);
        // A length inside a date of the note: the card of the date says it, where the finding is.
        var within = Hover("The deal was signed on 29 February 2020 [@us-taliban-agreement-2020]; Washington committed to pull out all forces within the next 2|4 months.")!;
        Assert.Equal("A length of `us-withdrawal-commitment-2021` (The US commits to withdraw all forces within 14 months), which the paper gives as “14 months”: it disagrees (MRG006).", within.Markdown);
        Assert.Equal(within.Range, Assert.Single(TestKnowledge.Findings("The deal was signed on 29 February 2020 [@us-taliban-agreement-2020]; Washington committed to pull out all forces within the next 24 months.", "MRG006")).Range);
    }

    [Fact]
    public void On_an_uncited_date_the_card_names_the_event_the_words_that_tie_it_and_the_verdict()
    {
        var hover = Hover("Najibullah resigned on 18 Ap|ril 1992, and the mujahideen closed in on Kabul.")!;
        Assert.Equal("""
            **Saturday, 18 April 1992**  
            `1992-04-18`

            The paper then:
            - 1992: A guerrilla coalition topples Najibullah's regime (`najibullah-regime-toppled-1992`)
            - 1992: Russia confines its political activities to its internal matters (`russia-turns-inward-1992`)
            - 1992: The Russian embassy in Kabul is evacuated after it is set on fire in the civil war (`russian-embassy-evacuated-1992`)
            - 1989–1992: Najibullah's regime resists the mujahideen for more than three years after the withdrawal (`najibullah-regime-survives-1992`)
            - 1992–1996: Russia supports Rabbani's government (`russia-supports-rabbani-1992`)
            - and 3 more

            ---

            A claim about *Najibullah resigns* (`najibullah-resigns-1992`, inferred from ‘resigned’, Mohammad Najibullah), which the paper dates to 16 April 1992: it disagrees (MRG003).
            """, hover.Markdown);
    }
}
