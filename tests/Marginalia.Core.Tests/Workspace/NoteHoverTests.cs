using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

public class NoteHoverTests
{
    private static HoverCard? Hover(string marked, IEnumerable<CheckedNote>? notes = null)
    {
        var (text, position) = Cursor.In(marked);
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
}
