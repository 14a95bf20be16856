using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

public class ReferencesTests
{
    private const string Withdrawal = "It resulted in a complete withdrawal of the Soviet troops on 15 February 1989.";
    private const string Note = "01-withdrawal-and-aftermath.md";

    private static ReferenceParams At(string uri, Position position, bool includeDeclaration = true) =>
        new(new TextDocumentIdentifier(uri), position, new ReferenceContext(includeDeclaration));

    [Fact]
    public async Task Every_note_citing_the_event_open_or_on_disk_and_its_passage()
    {
        using var workspace = new ExampleWorkspace();
        var onDisk = workspace.Write("05-timeline.md", "- 1989: the last troops leave [[soviet-withdrawal-1989]].\n");
        await using var harness = await workspace.StartAsync();
        const string scratch = "untitled:Untitled-1";
        await harness.OpenAsync(scratch, "Withdrawal: @soviet-withdrawal-1989.");
        var uri = workspace.NoteUri(Note);
        var text = workspace.NoteText(Note);

        var found = await harness.RequestAsync<Location[]>("textDocument/references", At(uri, ExampleWorkspace.PositionOf(text, "@soviet-withdrawal-1989")));

        Assert.Equal(DocumentUris.FromPath(workspace.PaperPath), found[0].Uri);
        Assert.Equal(Withdrawal, ExampleWorkspace.TextAt(found[0]));
        Assert.Equal(new[] { uri, uri, onDisk, scratch }.Order(StringComparer.Ordinal), found.Skip(1).Select(l => l.Uri).Order(StringComparer.Ordinal));
        Assert.Equal([ExampleWorkspace.PositionOf(text, "soviet-withdrawal-1989"), ExampleWorkspace.PositionOf(text, "soviet-withdrawal-1989", occurrence: 1)],
            found.Where(l => l.Uri == uri).Select(l => l.Range.Start));
    }

    [Fact]
    public async Task Without_the_declaration_only_the_notes()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = workspace.NoteUri(Note);
        var text = workspace.NoteText(Note);

        var found = await harness.RequestAsync<Location[]>("textDocument/references",
            At(uri, ExampleWorkspace.PositionOf(text, "[[soviet-withdrawal-1989]]", into: 10), includeDeclaration: false));

        Assert.Equal([uri, uri], found.Select(l => l.Uri));
    }

    [Fact]
    public async Task In_the_paper_the_notes_citing_the_events_whose_passage_holds_the_cursor()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var paper = DocumentUris.FromPath(workspace.PaperPath);
        var inPassage = ExampleWorkspace.PositionOf(File.ReadAllText(workspace.PaperPath), "complete withdrawal of the Soviet troops");

        var found = await harness.RequestAsync<Location[]>("textDocument/references", At(paper, inPassage, includeDeclaration: false));

        Assert.Equal([workspace.NoteUri(Note), workspace.NoteUri(Note)], found.Select(l => l.Uri));
        Assert.All(found, l => Assert.Equal("soviet-withdrawal-1989", ExampleWorkspace.TextAt(l)));
    }

    [Fact]
    public async Task Prose_unknown_documents_and_positions_off_the_text_have_none()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = workspace.NoteUri(Note);

        Assert.Empty(await harness.RequestAsync<Location[]>("textDocument/references", At(uri, new Position(0, 0))));
        Assert.Empty(await harness.RequestAsync<Location[]>("textDocument/references", At(uri, new Position(500, 2))));
        Assert.Empty(await harness.RequestAsync<Location[]>("textDocument/references", At("file:///nowhere/else.md", new Position(0, 0))));
        Assert.Empty(await harness.RequestAsync<Location[]>("textDocument/references", At(DocumentUris.FromPath(workspace.PaperPath), new Position(0, 0))));
    }
}
