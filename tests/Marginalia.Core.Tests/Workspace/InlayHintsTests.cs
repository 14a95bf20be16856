using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

public class InlayHintsTests
{
    private static readonly SourceRange Everything = new(new SourcePosition(0, 0), new SourcePosition(int.MaxValue, 0));

    [Fact]
    public void The_paper_s_date_after_each_event_reference()
    {
        const string text = "Left [[soviet-withdrawal-1989]] and @soviet-intervention-1979 then.";

        var hints = InlayHints.In(TestKnowledge.Check(text), Everything);

        Assert.Equal([
            new DateHint(NoteText.RangeOf(text, "[[soviet-withdrawal-1989]]").End, ": 15 February 1989", "The last Soviet troops leave Afghanistan (Wednesday, 15 February 1989)"),
            new DateHint(NoteText.RangeOf(text, "@soviet-intervention-1979").End, ": the end of 1979", "The Soviet Union sends troops to Afghanistan (the end of 1979)"),
        ], hints);
    }

    [Fact]
    public void No_hint_where_the_note_already_gives_the_right_date_beside_the_reference()
    {
        const string text = "- 15 February 1989: the withdrawal is complete [[soviet-withdrawal-1989]].\n"
            + "- 16 April 1993: Najibullah resigns [[najibullah-resigns-1992]].\n"
            + "- Gorbachev resigns [[gorbachev-resigns-1991]].";

        var hints = InlayHints.In(TestKnowledge.Check(text), Everything);

        // The right date gets none; the wrong one shows the paper's; the undated one shows it too.
        Assert.Equal([": 16 April 1992", ": 25 December 1991"], hints.Select(h => h.Label));
    }

    [Fact]
    public void A_note_s_hints_are_written_once_and_each_range_takes_its_share()
    {
        const string text = "[[soviet-withdrawal-1989]]\n[[soviet-intervention-1979]]";
        var note = TestKnowledge.Check(text);

        var all = InlayHints.In(note, Everything);
        var second = InlayHints.In(note, new SourceRange(new SourcePosition(1, 0), new SourcePosition(1, 5)));

        Assert.Equal(2, all.Count);
        Assert.Same(all[1], Assert.Single(second));
    }

    [Fact]
    public void A_citation_group_gets_one_hint_at_its_end()
    {
        const string text = "Both [@soviet-intervention-1979; @soviet-withdrawal-1989].";

        var hint = Assert.Single(InlayHints.In(TestKnowledge.Check(text), Everything));

        Assert.Equal(NoteText.RangeOf(text, "[@soviet-intervention-1979; @soviet-withdrawal-1989]").End, hint.Position);
        Assert.EndsWith("; 15 February 1989", hint.Label);
    }

    [Fact]
    public void Only_references_in_the_range_and_only_events()
    {
        const string text = "[[soviet-withdrawal-1989]]\n[[vladimir-putin]] [[no-such-event]]\n[[soviet-intervention-1979]]";

        var hints = InlayHints.In(TestKnowledge.Check(text), new SourceRange(new SourcePosition(1, 0), new SourcePosition(2, 0)));

        Assert.Empty(hints);
    }
}
