using System.Text.Json;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;
using Marginalia.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Marginalia.LanguageServer.Tests;

public class RenameTests
{
    private const string Note = "01-withdrawal-and-aftermath.md";
    private const string NewId = "last-soviet-troops-leave-1989";

    private static Position OnWithdrawal(ExampleWorkspace workspace) =>
        ExampleWorkspace.PositionOf(workspace.NoteText(Note), "[@soviet-withdrawal-1989]", into: 8);

    private static RenameParams Rename(string uri, Position position, string newName) => new(new TextDocumentIdentifier(uri), position, newName);

    private static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var source = new SourceText(text);
        foreach (var edit in edits.OrderByDescending(e => e.Range.Start.Line).ThenByDescending(e => e.Range.Start.Character))
        {
            var start = source.GetOffset(new SourcePosition(edit.Range.Start.Line, edit.Range.Start.Character));
            var end = source.GetOffset(new SourcePosition(edit.Range.End.Line, edit.Range.End.Character));
            text = text[..start] + edit.NewText + text[end..];
        }
        return text;
    }

    private static async Task<RemoteRpcException> RefusedAsync(Func<Task> request)
    {
        var refused = await Assert.ThrowsAnyAsync<RemoteRpcException>(request);
        Assert.Equal(ErrorCodes.RequestFailed, (int)refused.ErrorCode!);
        return refused;
    }

    [Fact]
    public async Task Prepare_gives_the_id_of_a_cited_event_and_nothing_elsewhere()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = workspace.NoteUri(Note);
        var text = workspace.NoteText(Note);

        var prepared = await harness.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename",
            new PrepareRenameParams(new TextDocumentIdentifier(uri), OnWithdrawal(workspace)));

        Assert.Equal("soviet-withdrawal-1989", prepared!.Placeholder);
        Assert.Equal(ExampleWorkspace.PositionOf(text, "soviet-withdrawal-1989"), prepared.Range.Start);
        Assert.Equal(ExampleWorkspace.PositionOf(text, "soviet-withdrawal-1989", into: 22), prepared.Range.End);
        foreach (var elsewhere in new[] { ExampleWorkspace.PositionOf(text, "The decade-long"), new Position(300, 0), new Position(0, 300) })
            Assert.Null(await harness.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", new PrepareRenameParams(new TextDocumentIdentifier(uri), elsewhere)));
        var moscow = workspace.NoteText("02-moscow-format.md");
        Assert.Null(await harness.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", new PrepareRenameParams(
            new TextDocumentIdentifier(workspace.NoteUri("02-moscow-format.md")), ExampleWorkspace.PositionOf(moscow, "moscow-format-third-round-2017"))));
    }

    [Fact]
    public async Task Every_citation_in_every_note_and_the_id_and_anchors_in_the_knowledge_file()
    {
        using var workspace = new ExampleWorkspace();
        var onDisk = workspace.Write("05-timeline.md", "- 1989: the last troops leave [[soviet-withdrawal-1989|the withdrawal]].\n");
        await using var harness = await workspace.StartAsync();
        var uri = workspace.NoteUri(Note);
        const string scratch = "untitled:Untitled-1";
        await harness.OpenAsync(scratch, "Withdrawal: @soviet-withdrawal-1989.");

        var edit = await harness.RequestAsync<WorkspaceEdit>("textDocument/rename", Rename(uri, OnWithdrawal(workspace), NewId));

        var knowledgeUri = DocumentUris.FromPath(workspace.KnowledgePath);
        Assert.Equal(new[] { uri, onDisk, scratch, knowledgeUri }.Order(StringComparer.Ordinal), edit.Changes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(workspace.NoteText(Note).Replace("soviet-withdrawal-1989", NewId), Apply(workspace.NoteText(Note), edit.Changes[uri]));
        Assert.Equal($"- 1989: the last troops leave [[{NewId}|the withdrawal]].\n", Apply(workspace.NoteText("05-timeline.md"), edit.Changes[onDisk]));
        Assert.Equal($"Withdrawal: @{NewId}.", Apply("Withdrawal: @soviet-withdrawal-1989.", edit.Changes[scratch]));

        var yaml = File.ReadAllText(workspace.KnowledgePath);
        var renamed = Apply(yaml, edit.Changes[knowledgeUri]);
        Assert.Equal(yaml.Replace("id: soviet-withdrawal-1989\n", $"id: {NewId}\n").Replace("anchor: soviet-withdrawal-1989\n", $"anchor: {NewId}\n"), renamed);
        var before = KnowledgeLoader.Load(Paper.Load(workspace.PaperPath), workspace.KnowledgePath, yaml);
        var after = KnowledgeLoader.Load(Paper.Load(workspace.PaperPath), workspace.KnowledgePath, renamed);
        Assert.Equal(before.Problems.Count, after.Problems.Count);
        Assert.Equal(before.Events.Count, after.Events.Count);
        Assert.Contains(after.Events, e => e.Id == NewId);
        Assert.Equal(before.Events.Count(e => e.AnchorId == "soviet-withdrawal-1989"), after.Events.Count(e => e.AnchorId == NewId));
    }

    [Fact]
    public async Task The_knowledge_file_is_edited_as_the_editor_holds_it()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var knowledgeUri = DocumentUris.FromPath(workspace.KnowledgePath);
        var unsaved = "# a comment being written\n\n" + File.ReadAllText(workspace.KnowledgePath);
        await harness.OpenAsync(knowledgeUri, unsaved, languageId: "yaml");

        var edit = await harness.RequestAsync<WorkspaceEdit>("textDocument/rename", Rename(workspace.NoteUri(Note), OnWithdrawal(workspace), NewId));

        Assert.Contains($"  - id: {NewId}\n    title: The last Soviet troops leave Afghanistan", Apply(unsaved, edit.Changes[knowledgeUri]));
    }

    /// <summary>
    /// The request reads no file: the knowledge file deleted behind the server's back (no watched-file event yet) is
    /// renamed in as the server loaded it, as every other answer about its events still is until the deletion is reported.
    /// </summary>
    [Fact]
    public async Task The_knowledge_file_is_edited_as_loaded_when_it_vanished_from_disk_unreported()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var knowledgeUri = DocumentUris.FromPath(workspace.KnowledgePath);
        var yaml = File.ReadAllText(workspace.KnowledgePath);
        File.Delete(workspace.KnowledgePath);

        var edit = await harness.RequestAsync<WorkspaceEdit>("textDocument/rename", Rename(workspace.NoteUri(Note), OnWithdrawal(workspace), NewId));

        Assert.Equal(yaml.Replace("id: soviet-withdrawal-1989\n", $"id: {NewId}\n").Replace("anchor: soviet-withdrawal-1989\n", $"anchor: {NewId}\n"),
            Apply(yaml, edit.Changes[knowledgeUri]));
    }

    [Theory]
    [InlineData("Last-Soviet-Troops", "not a valid event id")]
    [InlineData("soviet withdrawal", "not a valid event id")]
    [InlineData("ussr-disintegrates-1991", "already the id of the event")]
    [InlineData("vladimir-putin", "already the id of the actor")]
    public async Task A_new_name_that_is_not_kebab_case_or_already_used_is_refused(string newName, string reason)
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();

        var refused = await RefusedAsync(() => harness.RequestAsync<WorkspaceEdit>("textDocument/rename", Rename(workspace.NoteUri(Note), OnWithdrawal(workspace), newName)));

        Assert.Contains(reason, refused.Message);
    }

    [Fact]
    public async Task The_embedded_knowledge_cannot_be_renamed()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        const string uri = "untitled:Untitled-1";
        await harness.OpenAsync(uri, "The last troops left [@soviet-withdrawal-1989].");
        var on = new Position(0, 30);

        var prepare = await RefusedAsync(() => harness.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", new PrepareRenameParams(new TextDocumentIdentifier(uri), on)));
        var rename = await RefusedAsync(() => harness.RequestAsync<WorkspaceEdit>("textDocument/rename", Rename(uri, on, NewId)));

        Assert.Contains("shipped inside Marginalia", prepare.Message);
        Assert.Contains("shipped inside Marginalia", rename.Message);
    }

    [Fact]
    public async Task Rename_elsewhere_or_in_an_unknown_document_is_null()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();

        Assert.Null(await harness.RequestAsync<WorkspaceEdit?>("textDocument/rename", Rename(workspace.NoteUri(Note), new Position(0, 0), NewId)));
        Assert.Null(await harness.RequestAsync<WorkspaceEdit?>("textDocument/rename", Rename("file:///nowhere/else.md", new Position(0, 0), NewId)));
    }

    [Fact]
    public async Task Prepare_is_announced_only_to_a_client_that_supports_it()
    {
        await using var plain = new LanguageServerHarness();
        var result = await plain.InitializeAsync(capabilities: new ClientCapabilities());
        Assert.True(result.Capabilities.RenameProvider is JsonElement { ValueKind: JsonValueKind.True });

        await using var preparing = new LanguageServerHarness();
        var withPrepare = await preparing.InitializeAsync(capabilities: new ClientCapabilities
        {
            TextDocument = JsonSerializer.SerializeToElement(new { rename = new { prepareSupport = true } }),
        });
        Assert.True(((JsonElement)withPrepare.Capabilities.RenameProvider!).GetProperty("prepareProvider").GetBoolean());
    }
}
