using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

public class ReferenceFinderTests
{
    private const string Withdrawal = "It resulted in a complete withdrawal of the Soviet troops on 15 February 1989.";

    private static readonly (string, string) Other = ("/ws/b.md", """
        # Timeline

        - 15 February 1989: the troops leave [[soviet-withdrawal-1989]].
        - Earlier: [@soviet-intervention-1979] and again @soviet-withdrawal-1989.
        """);

    private static string Written(FileRange place) =>
        System.Text.RegularExpressions.Regex.Replace(TestPapers.Russia.Original.Slice(place.Range), @"\s+", " ");

    [Fact]
    public void Every_note_citing_the_event_and_its_passage()
    {
        var (text, position) = TestWorkspace.At("The last troops left [@soviet-withdrawal-‸1989].");
        var index = TestWorkspace.Index(TestKnowledge.Library, ("/ws/a.md", text), Other);

        var found = ReferenceFinder.FromNote(index, "/ws/a.md", position, includeDeclaration: true);

        Assert.Equal(4, found.Count);
        Assert.Equal(TestPapers.Russia.Path, found[0].Path);
        Assert.Equal(Withdrawal, Written(found[0]));
        Assert.Equal(["/ws/a.md", "/ws/b.md", "/ws/b.md"], found.Skip(1).Select(f => f.Path));
        Assert.Equal(NoteText.RangeOf(text, "soviet-withdrawal-1989"), found[1].Range);
        Assert.Equal(NoteText.RangeOf(Other.Item2, "soviet-withdrawal-1989", 1), found[3].Range);
    }

    [Fact]
    public void Without_the_declaration_only_notes()
    {
        var (text, position) = TestWorkspace.At("The last troops left [[‸soviet-withdrawal-1989]].");
        var index = TestWorkspace.Index(TestKnowledge.Library, ("/ws/a.md", text), Other);

        var found = ReferenceFinder.FromNote(index, "/ws/a.md", position, includeDeclaration: false);

        Assert.Equal(["/ws/a.md", "/ws/b.md", "/ws/b.md"], found.Select(f => f.Path));
    }

    [Fact]
    public void From_a_place_in_the_paper_the_notes_citing_its_events()
    {
        var index = TestWorkspace.Index(TestKnowledge.Library, Other);
        var passage = TestKnowledge.Library.Knowledge.FindEvent("soviet-withdrawal-1989")!.Passage.Range.Start;
        var inside = passage with { Column = passage.Column + 10 };

        var found = ReferenceFinder.FromPaper(index, TestPapers.Russia.Path, inside, includeDeclaration: false);

        Assert.Equal([NoteText.RangeOf(Other.Item2, "soviet-withdrawal-1989"), NoteText.RangeOf(Other.Item2, "soviet-withdrawal-1989", 1)],
            found.Select(f => f.Range));
        Assert.All(found, f => Assert.Equal("/ws/b.md", f.Path));
    }

    [Fact]
    public void Nothing_outside_a_reference_an_event_passage_or_a_known_file()
    {
        var index = TestWorkspace.Index(TestKnowledge.Library, Other);
        Assert.Empty(ReferenceFinder.FromNote(index, "/ws/b.md", new SourcePosition(0, 2), includeDeclaration: true));
        Assert.Empty(ReferenceFinder.FromNote(index, "/ws/b.md", new SourcePosition(99, 2), includeDeclaration: true));
        Assert.Empty(ReferenceFinder.FromNote(index, "/ws/unknown.md", new SourcePosition(0, 0), includeDeclaration: true));
        Assert.Empty(ReferenceFinder.FromPaper(index, TestPapers.Russia.Path, new SourcePosition(-1, 0), includeDeclaration: true));
        Assert.Empty(ReferenceFinder.FromPaper(index, "/elsewhere/paper.txt", new SourcePosition(3, 0), includeDeclaration: true));
    }
}
