using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

public class SourceLocatorTests
{
    private static IReadOnlyList<FileRange> Locate(string marked)
    {
        var (text, position) = TestWorkspace.At(marked);
        return SourceLocator.Locate(TestKnowledge.Check(text), position);
    }

    /// <summary>The text at a place of the paper's file, its line breaks read as spaces.</summary>
    private static string Written(FileRange place) =>
        System.Text.RegularExpressions.Regex.Replace(new SourceText(File.ReadAllText(place.Path)).Slice(place.Range), @"\s+", " ");

    [Theory]
    [InlineData("The troops left [@soviet-with‸drawal-1989].")]
    [InlineData("The troops left [‸@soviet-withdrawal-1989].")]
    [InlineData("The troops left [[soviet-withdrawal-1989‸]].")]
    [InlineData("The troops left @soviet-‸withdrawal-1989.")]
    public void An_event_reference_leads_to_its_passage_in_the_papers_file(string note)
    {
        var place = Assert.Single(Locate(note));
        Assert.Equal(TestPapers.Russia.Path, place.Path);
        Assert.True(Path.IsPathFullyQualified(place.Path) && File.Exists(place.Path));
        Assert.Equal("It resulted in a complete withdrawal of the Soviet troops on 15 February 1989.", Written(place));
    }

    [Fact]
    public void An_actor_named_in_prose_leads_to_its_first_mention()
    {
        var place = Assert.Single(Locate("In 2018 Pu‸tin began his fourth term."));
        Assert.Contains("Putin", Written(place));
    }

    [Fact]
    public void An_actor_reference_leads_to_its_first_mention()
    {
        var place = Assert.Single(Locate("See [[vladimir-‸putin]]."));
        Assert.Contains("Putin", Written(place));
    }

    [Theory]
    [InlineData("The troops left [@no-such-‸event].")]
    [InlineData("The troops ‸left.")]
    [InlineData("The troops left.‸")]
    public void Anything_else_leads_nowhere(string note)
    {
        Assert.Empty(Locate(note));
    }

    [Fact]
    public void A_position_outside_the_note_leads_nowhere()
    {
        var note = TestKnowledge.Check("One line [@soviet-withdrawal-1989].");
        Assert.Empty(SourceLocator.Locate(note, new SourcePosition(40, 3)));
        Assert.Empty(SourceLocator.Locate(note, new SourcePosition(0, 400)));
    }
}
