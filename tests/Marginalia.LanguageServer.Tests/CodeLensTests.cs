using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

/// <summary>The code lens at each section heading of the paper: how many of the section's events the notes cite.</summary>
public class CodeLensTests
{
    [Fact]
    public async Task Each_heading_of_the_paper_says_how_many_of_its_events_the_example_notes_cite()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        var init = await harness.InitializeAsync(workspace.Root);
        Assert.Equal(new CodeLensOptions(ResolveProvider: false), init.Capabilities.CodeLensProvider);
        await harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready);
        var uri = DocumentUris.FromPath(workspace.PaperPath);
        await harness.OpenAsync(uri, File.ReadAllText(workspace.PaperPath), languageId: "plaintext");

        var lenses = await harness.RequestAsync<Protocol.CodeLens[]>("textDocument/codeLens", new CodeLensParams(new TextDocumentIdentifier(uri)));

        Assert.Equal(
            [
                "0:1-0:13 3 of 13 events cited in your notes",
                "46:0-46:48 10 of 28 events cited in your notes",
                "141:0-141:58 0 of 8 events cited in your notes",
                "182:0-182:40 1 of 12 events cited in your notes",
                "218:0-218:44 2 of 19 events cited in your notes",
                "290:0-290:57 8 of 21 events cited in your notes",
                "365:0-365:47 7 of 18 events cited in your notes",
                "447:0-447:10 0 of 2 events cited in your notes",
            ],
            lenses.Select(l => $"{l.Range.Start.Line}:{l.Range.Start.Character}-{l.Range.End.Line}:{l.Range.End.Character} {l.Command!.Title}"));
        Assert.All(lenses, l => Assert.Equal("", l.Command!.Name));
    }

    [Fact]
    public async Task A_note_that_cites_an_event_raises_the_count_of_its_section()
    {
        using var workspace = new ExampleWorkspace();
        workspace.Write("05-terror.md", "The attacks of 11 September 2001 [@september-11-attacks-2001].\n");
        await using var harness = await workspace.StartAsync();
        var uri = DocumentUris.FromPath(workspace.PaperPath);
        await harness.OpenAsync(uri, File.ReadAllText(workspace.PaperPath), languageId: "plaintext");

        var lenses = await harness.RequestAsync<Protocol.CodeLens[]>("textDocument/codeLens", new CodeLensParams(new TextDocumentIdentifier(uri)));

        Assert.Equal("1 of 8 events cited in your notes", Assert.Single(lenses, l => l.Range.Start.Line == 141).Command!.Title);
    }

    [Fact]
    public async Task None_on_a_note()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = workspace.NoteUri("01-withdrawal-and-aftermath.md");
        await harness.OpenAsync(uri, workspace.NoteText("01-withdrawal-and-aftermath.md"));

        Assert.Empty(await harness.RequestAsync<Protocol.CodeLens[]>("textDocument/codeLens", new CodeLensParams(new TextDocumentIdentifier(uri))));
    }

    [Fact]
    public async Task Saving_a_note_asks_the_editor_to_count_again()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        var capabilities = LanguageServerHarness.DefaultCapabilities with
        {
            Workspace = LanguageServerHarness.DefaultCapabilities.Workspace! with { CodeLens = new RefreshClientCapabilities(RefreshSupport: true) },
        };
        await harness.InitializeAsync(workspace.Root, capabilities);
        await harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready);
        var paper = DocumentUris.FromPath(workspace.PaperPath);
        await harness.OpenAsync(paper, File.ReadAllText(workspace.PaperPath), languageId: "plaintext");
        var note = workspace.Write("05-terror.md", "");
        await harness.OpenAsync(note, "");
        await harness.ChangeAsync(note, 2, new TextDocumentContentChangeEvent("The attacks of 11 September 2001 [@september-11-attacks-2001].\n"));
        File.WriteAllText(workspace.NotePath("05-terror.md"), "The attacks of 11 September 2001 [@september-11-attacks-2001].\n");

        await harness.SaveAsync(note);
        await harness.CodeLensRefreshes.WaitForAsync();

        // As the editor then does: the section of the attacks counts the note's citation.
        var lenses = await harness.RequestAsync<Protocol.CodeLens[]>("textDocument/codeLens", new CodeLensParams(new TextDocumentIdentifier(paper)));
        Assert.Equal("1 of 8 events cited in your notes", Assert.Single(lenses, l => l.Range.Start.Line == 141).Command!.Title);
    }
}
