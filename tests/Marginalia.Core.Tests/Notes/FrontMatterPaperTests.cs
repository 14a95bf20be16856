using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Notes;

public class FrontMatterPaperTests
{
    [Fact]
    public void A_note_about_a_known_paper_is_read_against_its_events()
    {
        var note = Check("---\npaper: 000_bf09360ec50d0df5.txt\n---\nThe last Soviet troops left Afghanistan on 15 February 1990.\n");
        Assert.Equal("000_bf09360ec50d0df5.txt", note.Analysis.Paper!.Paper.FileName);
        Assert.Contains(note.Findings, f => f.Code == "MRG003");
    }

    [Fact]
    public void A_note_naming_an_unknown_paper_says_so_on_that_line()
    {
        const string text = "---\ntitle: Notes\npaper: other-paper.txt\n---\nText.\n";
        var finding = Assert.Single(Findings(text, "MRG000"));
        Assert.Equal(2, finding.Range.Start.Line);
        Assert.StartsWith("the front matter names the paper 'other-paper.txt', which is not among the papers (000_bf09360ec50d0df5.txt)", finding.Message);
    }
}
