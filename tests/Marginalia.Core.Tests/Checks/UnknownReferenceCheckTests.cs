using static Marginalia.Core.Tests.NoteText;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

public class UnknownReferenceCheckTests
{
    [Fact]
    public void A_mistyped_id_is_reported_on_the_id_with_the_closest_ids_as_fixes()
    {
        const string text = "Lavrov hosted them [@moscow-format-talk-2018].";
        var finding = Assert.Single(Findings(text, "MRG001"));
        Assert.Equal(RangeOf(text, "moscow-format-talk-2018"), finding.Range);
        Assert.StartsWith("Unknown event 'moscow-format-talk-2018'; did you mean 'moscow-format-talks-2018'", finding.Message);
        var fix = finding.Fixes[0];
        Assert.Equal("moscow-format-talks-2018", Assert.Single(fix.Edits).NewText);
    }

    [Theory]
    [InlineData("[[soviet-withdrawal-1989]]")]
    [InlineData("[[soviet-withdrawal-1989|the withdrawal]]")]
    [InlineData("[@soviet-withdrawal-1989, p. 4]")]
    [InlineData("[[vladimir-putin]]")]
    public void Known_event_and_actor_ids_raise_nothing(string reference) =>
        Assert.Empty(Findings($"See {reference}.", "MRG001"));

    [Fact]
    public void A_wikilink_to_another_note_is_no_reference()
    {
        // No event id holds a space: "[[Burhanuddin Rabbani]]" links a note of the vault.
        Assert.Empty(Findings("Its first chairman, [[Burhanuddin Rabbani]], was killed by a suicide bomber on 20 September 2011.", "MRG001"));
        Assert.Empty(Marginalia.Core.Notes.Note.Parse("note.md", "See [[Geneva Accords (1988)|the accords]] and [[Ahmad Shah Massoud]].").References);
        // Nor a capitalized name with no hyphen or digit, a card of a Zettelkasten: "[[Karzai]]", "[[Pakistan]]".
        Assert.Empty(Findings("Bonn Agreement — 5 Dec. 2001. Interim Authority set up; Karzai to chair it. See [[Karzai]] and [[Pakistan|Islamabad]].", "MRG001"));
        Assert.Equal("Unknown event 'no-such-event'; `marginalia events` lists the known ids",
            Assert.Single(Findings("See [[no-such-event]].", "MRG001")).Message);
        // An id mistyped with a capital is still an id: it holds a hyphen.
        Assert.Equal("Unknown event 'Soviet-withdrawal-1989'; did you mean 'soviet-withdrawal-1989' or 'soviet-war-1980s' or 'soviet-union-falls-1991'?",
            Assert.Single(Findings("See [[Soviet-withdrawal-1989]].", "MRG001")).Message);
    }

    [Fact]
    public void Each_unknown_id_of_a_citation_group_is_reported()
    {
        var findings = Findings("Both [@soviet-withdrawal-1989; @no-such-event; @neither-this].", "MRG001");
        Assert.Equal(["no-such-event", "neither-this"], findings.Select(f => f.Message.Split('\'')[1]));
    }
}
