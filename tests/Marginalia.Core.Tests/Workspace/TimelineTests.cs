using Marginalia.Core.Checks;
using Marginalia.Core.Workspace;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Workspace;

/// <summary>The timeline's claims are the dates' one reading; its events are the papers', each marked cited or not.</summary>
public class TimelineTests
{
    private static string Line(NoteClaim c) =>
        $"{c.Range.Start.DisplayLine}:{c.Range.Start.DisplayColumn} '{c.Written}' {c.EventId} {c.Verdict}{(c.Code is null ? "" : " " + c.Code)} [{c.Interval?.ToIsoInterval()}]";

    [Fact]
    public void A_notes_claims_with_the_verdict_the_checks_give()
    {
        var note = Check("""
            The last Soviet troops left on 15 February 1989 [@soviet-withdrawal-1989].
            Najibullah resigned on 16 April 1993 [@najibullah-resigns-1992].
            In 1066 the Normans landed in England.
            """);

        var claims = NoteClaim.Of(note.Note, note.Analysis);

        Assert.Equal("""
            1:32 '15 February 1989' soviet-withdrawal-1989 Agrees [1989-02-15]
            2:24 '16 April 1993' najibullah-resigns-1992 Disagrees MRG002 [1993-04-16]
            """.ReplaceLineEndings("\n"), string.Join("\n", claims.Select(Line)));
        // The same code on the same range as the finding.
        Assert.Contains(note.Findings, f => f.Code == "MRG002" && f.Range == claims[1].Range);
    }

    [Fact]
    public void Every_event_in_date_order_each_cited_or_not_and_the_claims_by_note_path()
    {
        var a = Check("Najibullah resigned on 16 April 1993 [@najibullah-resigns-1992].");
        var b = Check("The last Soviet troops left on 15 February 1989 [[soviet-withdrawal-1989]].");

        var timeline = Timeline.Of(Library.Knowledge,
            [("/notes/b.md", NoteClaim.Of(b.Note, b.Analysis)), ("/notes/a.md", NoteClaim.Of(a.Note, a.Analysis))],
            new HashSet<string>(["najibullah-resigns-1992", "soviet-withdrawal-1989"]));

        Assert.Equal(Library.Knowledge.Events.Count, timeline.Events.Count);
        Assert.Equal(Library.Knowledge.Chronological.Select(e => e.Id), timeline.Events.Select(e => e.Id));
        Assert.Equal(["najibullah-resigns-1992", "soviet-withdrawal-1989"], timeline.Events.Where(e => e.Cited).Select(e => e.Id).Order());
        Assert.Equal(["/notes/a.md", "/notes/b.md"], timeline.Claims.Select(c => c.NotePath));
        var withdrawal = timeline.Events.Single(e => e.Id == "soviet-withdrawal-1989");
        Assert.Equal(("An overview of Russia-Afghan relations 1989–2001", 55), (withdrawal.Section, withdrawal.Passage.Range.Start.DisplayLine));
    }
}
