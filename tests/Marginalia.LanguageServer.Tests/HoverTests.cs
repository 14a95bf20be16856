using Marginalia.LanguageServer.Protocol;
using static Marginalia.LanguageServer.Tests.TextPositions;

namespace Marginalia.LanguageServer.Tests;

public class HoverTests
{
    private const string Note = "01-withdrawal-and-aftermath.md";

    private static async Task<(LanguageServerHarness Harness, string Uri, string Text)> OpenAsync(ExampleWorkspace workspace)
    {
        var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root);
        var (uri, text) = (workspace.NoteUri(Note), workspace.NoteText(Note));
        await harness.OpenAsync(uri, text);
        return (harness, uri, text);
    }

    private static Task<Hover?> HoverAsync(LanguageServerHarness harness, string uri, Position position) =>
        harness.RequestAsync<Hover?>("textDocument/hover",
            new TextDocumentPositionParams(new TextDocumentIdentifier(uri), position));

    [Fact]
    public async Task Hover_is_advertised()
    {
        await using var harness = new LanguageServerHarness();
        var result = await harness.InitializeAsync();
        Assert.True(result.Capabilities.HoverProvider);
    }

    [Fact]
    public async Task On_a_citation_the_event_card_with_a_link_into_the_paper()
    {
        using var workspace = new ExampleWorkspace();
        var (harness, uri, text) = await OpenAsync(workspace);
        await using var _ = harness;

        var hover = await HoverAsync(harness, uri, At(text, "[@soviet-withdrawal-1989]", 5));

        Assert.NotNull(hover);
        Assert.Equal(MarkupKind.Markdown, hover.Contents.Kind);
        Assert.Equal(RangeOf(text, "[@soviet-withdrawal-1989]"), hover.Range);
        var card = hover.Contents.Value;
        Assert.Contains("**The last Soviet troops leave Afghanistan**", card);
        Assert.Contains("Wednesday, 15 February 1989", card);
        Assert.Contains("> It resulted in a complete withdrawal of the Soviet troops on 15 February 1989.", card);
        var paperLine = File.ReadAllLines(workspace.PaperPath).ToList()
            .FindIndex(l => l.Contains("withdrawal of the Soviet troops on", StringComparison.Ordinal)) + 1;
        Assert.Contains($"[Open in paper]({DocumentUris.FromPath(workspace.PaperPath)}#L", card);
        Assert.InRange(int.Parse(card[(card.LastIndexOf("#L", StringComparison.Ordinal) + 2)..].TrimEnd(')')), paperLine - 1, paperLine);
    }

    [Fact]
    public async Task On_a_date_the_weekday_and_the_paper_s_events_then()
    {
        using var workspace = new ExampleWorkspace();
        var (harness, uri, text) = await OpenAsync(workspace);
        await using var _ = harness;

        var hover = await HoverAsync(harness, uri, At(text, "25 December 1991", 3));

        Assert.NotNull(hover);
        Assert.Equal(RangeOf(text, "25 December 1991"), hover.Range);
        Assert.StartsWith("**Wednesday, 25 December 1991**", hover.Contents.Value);
        Assert.Contains("1991", hover.Contents.Value);
    }

    [Fact]
    public async Task On_an_actor_in_prose_the_actor_card_counting_the_notes()
    {
        using var workspace = new ExampleWorkspace();
        var (harness, uri, text) = await OpenAsync(workspace);
        await using var _ = harness;

        var hover = await HoverAsync(harness, uri, At(text, "Burhanuddin Rabbani", 3));

        Assert.NotNull(hover);
        Assert.Equal(RangeOf(text, "Burhanuddin Rabbani"), hover.Range);
        Assert.Contains("**Burhanuddin Rabbani**", hover.Contents.Value);
        Assert.Matches(@"in the paper, (once|twice|\d+ times) in the notes", hover.Contents.Value);
        Assert.DoesNotContain("0 times in the notes", hover.Contents.Value);
    }

    [Fact]
    public async Task Nothing_on_plain_text_outside_the_note_or_in_an_unknown_document()
    {
        using var workspace = new ExampleWorkspace();
        var (harness, uri, text) = await OpenAsync(workspace);
        await using var _ = harness;

        Assert.Null(await HoverAsync(harness, uri, At(text, "aftermath", 2)));
        Assert.Null(await HoverAsync(harness, uri, new Position(9999, 0)));
        Assert.Null(await HoverAsync(harness, uri, new Position(0, 9999)));
        Assert.Null(await HoverAsync(harness, "file:///nowhere/unknown.md", new Position(0, 0)));
    }
}
