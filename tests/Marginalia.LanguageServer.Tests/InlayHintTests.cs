using Marginalia.LanguageServer.Protocol;
using static Marginalia.LanguageServer.Tests.TextPositions;

namespace Marginalia.LanguageServer.Tests;

public class InlayHintTests
{
    [Fact]
    public async Task The_paper_s_date_after_each_event_reference_of_a_real_note()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        var init = await harness.InitializeAsync(workspace.Root);
        Assert.True(init.Capabilities.InlayHintProvider);
        var uri = workspace.NoteUri("01-withdrawal-and-aftermath.md");
        var text = workspace.NoteText("01-withdrawal-and-aftermath.md");
        await harness.OpenAsync(uri, text);

        var hints = await harness.RequestAsync<InlayHint[]>("textDocument/inlayHint",
            new InlayHintParams(new TextDocumentIdentifier(uri), new Protocol.Range(new Position(0, 0), new Position(12, 0))));

        var withdrawal = Assert.Single(hints, h => h.Position == After(text, "[@soviet-withdrawal-1989]"));
        Assert.Equal(": 15 February 1989", withdrawal.Label);
        Assert.True(withdrawal.PaddingLeft);
        Assert.All(hints, h => Assert.True(h.Position.Line < 12));
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
