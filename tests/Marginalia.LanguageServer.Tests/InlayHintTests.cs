using Marginalia.LanguageServer.Protocol;
using static Marginalia.LanguageServer.Tests.TextPositions;

namespace Marginalia.LanguageServer.Tests;

public class InlayHintTests
{
    [Fact]
    public async Task The_paper_s_date_after_the_references_of_a_real_note_where_it_adds_something()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        var init = await harness.InitializeAsync(workspace.Root);
        Assert.True(init.Capabilities.InlayHintProvider);
        var uri = workspace.NoteUri("01-withdrawal-and-aftermath.md");
        var text = workspace.NoteText("01-withdrawal-and-aftermath.md");
        await harness.OpenAsync(uri, text);

        var hints = await harness.RequestAsync<InlayHint[]>("textDocument/inlayHint",
            new InlayHintParams(new TextDocumentIdentifier(uri), new Protocol.Range(new Position(0, 0), new Position(20, 0))));

        // Where the note gives the right date beside the reference, the hint would only repeat it.
        Assert.DoesNotContain(hints, h => h.Position == After(text, "[@soviet-withdrawal-1989]"));
        var najibullah = Assert.Single(hints, h => h.Position == After(text, "[[najibullah-resigns-1992]]"));
        Assert.Equal(": 16 April 1992", najibullah.Label);
        Assert.True(najibullah.PaddingLeft);
        Assert.All(hints, h => Assert.True(h.Position.Line < 20));
    }

    [Fact]
    public async Task None_for_an_unknown_document()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();

        var hints = await harness.RequestAsync<InlayHint[]>("textDocument/inlayHint",
            new InlayHintParams(new TextDocumentIdentifier("file:///nowhere/unknown.md"), new Protocol.Range(new Position(0, 0), new Position(5, 0))));

        Assert.Empty(hints);
    }
}
