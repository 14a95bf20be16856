using System.Text.Json;
using Marginalia.LanguageServer.Protocol;
using static Marginalia.LanguageServer.Tests.TextPositions;

namespace Marginalia.LanguageServer.Tests;

public class CompletionTests
{
    private static Task<CompletionList> CompleteAsync(LanguageServerHarness harness, string uri, Position position, string? trigger = null) =>
        harness.RequestAsync<CompletionList>("textDocument/completion", new CompletionParams(new TextDocumentIdentifier(uri), position,
            trigger is null ? null : new CompletionContext(CompletionTriggerKind.TriggerCharacter, trigger)));

    [Fact]
    public async Task Completion_is_advertised_with_its_trigger_characters()
    {
        await using var harness = new LanguageServerHarness();
        var result = await harness.InitializeAsync();
        Assert.Equal(["[", "@"], result.Capabilities.CompletionProvider!.TriggerCharacters!);
        Assert.True(result.Capabilities.CompletionProvider.ResolveProvider);
    }

    [Fact]
    public async Task After_an_opening_wikilink_every_event_in_date_order_with_date_card_and_edit()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root);
        var uri = workspace.NoteUri("scratch.md");
        const string text = "The troops left [[soviet-wi";
        await harness.OpenAsync(uri, text);

        var list = await CompleteAsync(harness, uri, After(text, "soviet-wi"));

        Assert.True(list.IsIncomplete); // asked again as the user types, so the editor keeps the sentence's order
        var first = list.Items.OrderBy(i => i.SortText, StringComparer.Ordinal).First();
        Assert.Equal("soviet-withdrawal-1989", first.Label);
        Assert.Equal(CompletionItemKind.Event, first.Kind);
        Assert.Equal("15 February 1989", first.Detail);
        Assert.Equal(new CompletionItemLabelDetails("  15 February 1989", "The last Soviet troops leave Afghanistan"), first.LabelDetails);
        Assert.Null(first.Documentation); // the card comes with completionItem/resolve
        var resolved = await harness.RequestAsync<CompletionItem>("completionItem/resolve", first);
        Assert.Equal(MarkupKind.Markdown, resolved.Documentation!.Kind);
        Assert.Contains("The last Soviet troops leave Afghanistan", resolved.Documentation.Value);
        var edit = ((JsonElement)first.TextEdit!).Deserialize<TextEdit>(LspJson.Options)!;
        Assert.Equal(new TextEdit(RangeOf(text, "soviet-wi"), "soviet-withdrawal-1989"), edit);
    }

    /// <summary>What VS Code's client says it reads in a completion list (vscode-languageclient 9).</summary>
    private static readonly ClientCapabilities WithItemDefaults = LanguageServerHarness.DefaultCapabilities with
    {
        TextDocument = JsonSerializer.SerializeToElement(new
        {
            completion = new { completionList = new { itemDefaults = new[] { "commitCharacters", "editRange", "insertTextFormat", "insertTextMode", "data" } } },
        }),
    };

    [Fact]
    public async Task A_client_that_takes_a_default_edit_range_gets_it_once_and_items_without_edits()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root, WithItemDefaults);
        var uri = workspace.NoteUri("scratch.md");
        const string text = "The troops left [[soviet-wi\nand later [[soviet-wi";
        await harness.OpenAsync(uri, text);

        var first = await CompleteAsync(harness, uri, After(text, "left [[soviet-wi"));
        var second = await CompleteAsync(harness, uri, new Position(1, "and later [[soviet-wi".Length));

        Assert.Equal(RangeOf(text, "soviet-wi"), first.ItemDefaults!.EditRange);
        Assert.Equal(new Protocol.Range(new Position(1, 12), new Position(1, 21)), second.ItemDefaults!.EditRange);
        Assert.All(first.Items, i => Assert.Null(i.TextEdit));
        Assert.All(first.Items, i => Assert.Null(i.Data));
        var best = first.Items.OrderBy(i => i.SortText, StringComparer.Ordinal).First();
        Assert.Equal("soviet-withdrawal-1989", best.Label);
        Assert.Equal("soviet-wi", best.FilterText);
        Assert.Equal(first.Items.Select(i => (i.Label, i.SortText, i.Detail)), second.Items.Select(i => (i.Label, i.SortText, i.Detail)));
        var resolved = await harness.RequestAsync<CompletionItem>("completionItem/resolve", best);
        Assert.Contains("The last Soviet troops leave Afghanistan", resolved.Documentation!.Value);
    }

    [Fact]
    public async Task With_nothing_typed_the_filter_text_is_left_to_the_label()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root, WithItemDefaults);
        var uri = workspace.NoteUri("scratch.md");
        const string text = "See [[";
        await harness.OpenAsync(uri, text);

        var list = await CompleteAsync(harness, uri, After(text, "[["), "[");

        Assert.True(list.Items.Count > 150);
        Assert.All(list.Items, i => Assert.Null(i.FilterText));
    }

    [Fact]
    public async Task An_actor_item_resolves_to_the_actor_card()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root);
        var uri = workspace.NoteUri("scratch.md");
        const string text = "Met [[vladimir-pu";
        await harness.OpenAsync(uri, text);

        var item = (await CompleteAsync(harness, uri, After(text, "vladimir-pu"))).Items.First(i => i.Label == "vladimir-putin");
        var resolved = await harness.RequestAsync<CompletionItem>("completionItem/resolve", item);
        Assert.Contains("President of Russia", resolved.Documentation!.Value);
    }

    [Fact]
    public async Task With_nothing_typed_events_come_in_date_order_and_actors_after_wikilinks_only()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root);
        var uri = workspace.NoteUri("scratch.md");
        const string text = "See [[\nand [@";
        await harness.OpenAsync(uri, text);

        var wiki = await CompleteAsync(harness, uri, After(text, "[["), "[");
        var citation = await CompleteAsync(harness, uri, After(text, "[@"), "@");

        var sorted = wiki.Items.OrderBy(i => i.SortText, StringComparer.Ordinal).ToList();
        Assert.Equal("0000", sorted[0].SortText);
        Assert.Contains(wiki.Items, i => i.Kind == CompletionItemKind.Class && i.Label == "vladimir-putin");
        Assert.All(citation.Items, i => Assert.Equal(CompletionItemKind.Event, i.Kind));
        var events = sorted.Where(i => i.Kind == CompletionItemKind.Event).Select(i => i.Label).ToList();
        Assert.Equal(events, citation.Items.OrderBy(i => i.SortText, StringComparer.Ordinal).Select(i => i.Label));
    }

    [Fact]
    public async Task Inside_a_wrong_date_of_a_real_note_the_paper_s_date()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root);
        var uri = workspace.NoteUri("01-withdrawal-and-aftermath.md");
        var text = workspace.NoteText("01-withdrawal-and-aftermath.md");
        await harness.OpenAsync(uri, text);

        // The note dates Najibullah's resignation a year late.
        var list = await CompleteAsync(harness, uri, At(text, "16 April 1993", 4));

        var item = Assert.Single(list.Items);
        Assert.Equal(CompletionItemKind.Value, item.Kind);
        var edit = ((JsonElement)item.TextEdit!).Deserialize<TextEdit>(LspJson.Options)!;
        Assert.Equal(RangeOf(text, "16 April 1993"), edit.Range);
        Assert.Equal("16 April 1992", edit.NewText);
    }

    [Fact]
    public async Task Elsewhere_or_for_an_unknown_document_an_empty_list()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root);
        var uri = workspace.NoteUri("scratch.md");
        await harness.OpenAsync(uri, "Plain text.");

        Assert.Empty((await CompleteAsync(harness, uri, new Position(0, 5))).Items);
        Assert.Empty((await CompleteAsync(harness, uri, new Position(40, 2))).Items);
        Assert.Empty((await CompleteAsync(harness, "file:///nowhere/unknown.md", new Position(0, 0))).Items);
    }
}
