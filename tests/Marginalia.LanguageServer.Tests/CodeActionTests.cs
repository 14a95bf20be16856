using System.Text.Json;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

public class CodeActionTests
{
    private static CodeActionParams At(string uri, Position start, Position? end = null, string[]? only = null) =>
        new(new TextDocumentIdentifier(uri), new Protocol.Range(start, end ?? start), new CodeActionContext([], only));

    private static async Task<CodeAction[]> ActionsAsync(LanguageServerHarness harness, ExampleWorkspace workspace, string note, string phrase, string[]? only = null)
    {
        var text = workspace.NoteText(note);
        return await harness.RequestAsync<CodeAction[]>("textDocument/codeAction",
            At(workspace.NoteUri(note), ExampleWorkspace.PositionOf(text, phrase, into: 2), only: only));
    }

    [Fact]
    public async Task An_unknown_id_is_replaced_by_the_closest_known_ones()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = workspace.NoteUri("02-moscow-format.md");
        var text = workspace.NoteText("02-moscow-format.md");

        var actions = await ActionsAsync(harness, workspace, "02-moscow-format.md", "moscow-format-third-round-2017");

        Assert.Equal(["Replace with 'moscow-third-round-2017'", "Replace with 'moscow-format-introduced-2017'", "Replace with 'moscow-format-first-meeting-2017'"],
            actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal(CodeActionKind.QuickFix, a.Kind));
        // Of three close ids none is sure enough to apply without asking.
        Assert.Equal([null, null, null], actions.Select(a => a.IsPreferred));
        var diagnostic = Assert.Single(actions[0].Diagnostics!);
        Assert.Equal("MRG001", diagnostic.Code);
        var edit = Assert.Single(actions[0].Edit!.Changes[uri]);
        Assert.Equal(ExampleWorkspace.PositionOf(text, "moscow-format-third-round-2017"), edit.Range.Start);
        Assert.Equal(ExampleWorkspace.PositionOf(text, "moscow-format-third-round-2017", into: "moscow-format-third-round-2017".Length), edit.Range.End);
        Assert.Equal("moscow-third-round-2017", edit.NewText);
    }

    [Fact]
    public async Task A_wrong_date_is_replaced_by_the_papers_in_the_notes_own_format()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();

        var action = Assert.Single(await ActionsAsync(harness, workspace, "01-withdrawal-and-aftermath.md", "16 April 1993"));

        Assert.Equal("MRG002", Assert.Single(action.Diagnostics!).Code);
        Assert.Equal("16 April 1992", Assert.Single(action.Edit!.Changes.Values.Single()).NewText);
        Assert.True(action.IsPreferred);
    }

    [Fact]
    public async Task A_wrong_weekday_and_an_ambiguous_date_have_their_fixes()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();

        var weekday = Assert.Single(await ActionsAsync(harness, workspace, "01-withdrawal-and-aftermath.md", "Monday, 15 February 1989"), a => a.Diagnostics![0].Code == "MRG005");
        Assert.Equal("Wednesday", Assert.Single(weekday.Edit!.Changes.Values.Single()).NewText);

        var ambiguous = Assert.Single(await ActionsAsync(harness, workspace, "04-putin-and-afghanistan.md", "05/02/2011"));
        Assert.Equal("MRG008", Assert.Single(ambiguous.Diagnostics!).Code);
        Assert.Contains("2011", Assert.Single(ambiguous.Edit!.Changes.Values.Single()).NewText);
    }

    [Fact]
    public async Task The_edit_is_keyed_by_the_uri_the_client_uses_and_follows_unsaved_text()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        const string uri = "untitled:Untitled-1";
        await harness.OpenAsync(uri, "Najibullah resigned on 16 April 1993 [@najibullah-resigns-1992].");

        var actions = await harness.RequestAsync<CodeAction[]>("textDocument/codeAction", At(uri, new Position(0, 0), new Position(0, 60)));

        var edit = Assert.Single(Assert.Single(actions).Edit!.Changes[uri]);
        Assert.Equal(new Protocol.Range(new Position(0, 23), new Position(0, 36)), edit.Range);
        Assert.Equal("16 April 1992", edit.NewText);
    }

    [Fact]
    public async Task Nothing_away_from_findings_for_other_kinds_or_unknown_documents()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();

        Assert.Empty(await ActionsAsync(harness, workspace, "02-moscow-format.md", "# The Moscow Format"));
        Assert.Empty(await ActionsAsync(harness, workspace, "02-moscow-format.md", "moscow-format-third-round-2017", only: ["refactor"]));
        Assert.NotEmpty(await ActionsAsync(harness, workspace, "02-moscow-format.md", "moscow-format-third-round-2017", only: ["quickfix"]));
        Assert.Empty(await harness.RequestAsync<CodeAction[]>("textDocument/codeAction", At("file:///nowhere/else.md", new Position(0, 0))));
        Assert.Empty(await harness.RequestAsync<CodeAction[]>("textDocument/codeAction", At(workspace.NoteUri("02-moscow-format.md"), new Position(900, 0))));
    }

    [Fact]
    public async Task Code_action_options_only_for_a_client_that_reads_code_action_literals()
    {
        await using var plain = new LanguageServerHarness();
        var result = await plain.InitializeAsync(capabilities: new ClientCapabilities());
        Assert.True(result.Capabilities.CodeActionProvider is JsonElement { ValueKind: JsonValueKind.True });

        await using var literal = new LanguageServerHarness();
        var withLiterals = await literal.InitializeAsync(capabilities: new ClientCapabilities
        {
            TextDocument = JsonSerializer.SerializeToElement(new { codeAction = new { codeActionLiteralSupport = new { codeActionKind = new { valueSet = new[] { "quickfix" } } } } }),
        });
        var options = (JsonElement)withLiterals.Capabilities.CodeActionProvider!;
        Assert.Equal("[\"quickfix\"]", options.GetProperty("codeActionKinds").GetRawText());
    }
}
