using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests.Workspace;

public class NoteCheckerTests
{
    [Fact]
    public void A_line_of_128_quote_markers_is_a_finding_not_an_exception()
    {
        var text = "Left on 15 February 1990 [@soviet-withdrawal-1989].\n" + new string('>', 128) + " quoted\n";
        var checkedNote = new NoteChecker(TestKnowledge.Library, WorkspaceSettings.Default).Check("deep.md", text);

        var finding = Assert.Single(checkedNote.Findings);
        Assert.Equal("MRG000", finding.Code);
        Assert.Equal(0, finding.Range.Start.Line);
        Assert.Contains("nested too deeply", finding.Message);
        Assert.Equal(text.Length, checkedNote.Note.Text.Text.Length);
    }
}
