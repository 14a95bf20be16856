using Marginalia.Core.Sources;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

public class DefinitionTests
{
    private const string Withdrawal = "It resulted in a complete withdrawal of the Soviet troops on 15 February 1989.";

    private static TextDocumentPositionParams At(string uri, Position position) => new(new TextDocumentIdentifier(uri), position);

    [Fact]
    public async Task An_event_reference_leads_to_its_passage_in_the_workspace_paper()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var text = workspace.NoteText("01-withdrawal-and-aftermath.md");

        var locations = await harness.RequestAsync<Location[]>("textDocument/definition",
            At(workspace.NoteUri("01-withdrawal-and-aftermath.md"), ExampleWorkspace.PositionOf(text, "[[soviet-withdrawal-1989]]", into: 5)));

        var location = Assert.Single(locations);
        Assert.Equal(DocumentUris.FromPath(workspace.PaperPath), location.Uri);
        Assert.Equal(Withdrawal, ExampleWorkspace.TextAt(location));
    }

    [Fact]
    public async Task With_the_embedded_paper_it_leads_to_the_copy_beside_the_server()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        const string uri = "untitled:Untitled-1";
        const string text = "The last troops left on 15 February 1989 [@soviet-withdrawal-1989].";
        await harness.OpenAsync(uri, text);

        var locations = await harness.RequestAsync<Location[]>("textDocument/definition", At(uri, ExampleWorkspace.PositionOf(text, "withdrawal-1989")));

        var location = Assert.Single(locations);
        Assert.Equal(DocumentUris.FromPath(ShippedPaper.Path), location.Uri);
        Assert.Equal(Withdrawal, ExampleWorkspace.TextAt(location));
    }

    [Fact]
    public async Task An_actor_named_in_prose_leads_to_its_first_mention()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var text = workspace.NoteText("01-withdrawal-and-aftermath.md");

        var locations = await harness.RequestAsync<Location[]>("textDocument/definition",
            At(workspace.NoteUri("01-withdrawal-and-aftermath.md"), ExampleWorkspace.PositionOf(text, "Gorbachev resigns", into: 3)));

        Assert.Contains("Gorbachev", ExampleWorkspace.TextAt(Assert.Single(locations)));
    }

    [Fact]
    public async Task Prose_unknown_ids_unknown_documents_and_positions_off_the_text_lead_nowhere()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = workspace.NoteUri("02-moscow-format.md");
        var text = workspace.NoteText("02-moscow-format.md");

        Assert.Empty(await harness.RequestAsync<Location[]>("textDocument/definition", At(uri, ExampleWorkspace.PositionOf(text, "| Meeting"))));
        Assert.Empty(await harness.RequestAsync<Location[]>("textDocument/definition", At(uri, ExampleWorkspace.PositionOf(text, "moscow-format-third-round-2017"))));
        Assert.Empty(await harness.RequestAsync<Location[]>("textDocument/definition", At(uri, new Position(999, 0))));
        Assert.Empty(await harness.RequestAsync<Location[]>("textDocument/definition", At(uri, new Position(0, 9999))));
        Assert.Empty(await harness.RequestAsync<Location[]>("textDocument/definition", At("file:///nowhere/else.md", new Position(0, 0))));
    }
}
