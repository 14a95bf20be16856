using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

/// <summary>
/// Diagnostics come from one publisher that diffs the snapshot it last published against the newest and sends only
/// what changed: every note once at start-up (the diff from the empty snapshot), the last version of a document edited
/// fast, nothing for a note no change touched.
/// </summary>
public class PublisherTests
{
    private const string Wrong = "The last troops left on 15 February 1990 [@soviet-withdrawal-1989].\n";

    [Fact]
    public async Task Start_up_publishes_every_note_exactly_once_before_it_says_ready()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();

        var notes = Directory.GetFiles(Path.Combine(workspace.Root, "notes"), "*.md").Select(LanguageServerHarness.FileUri).Order(StringComparer.Ordinal).ToList();
        Assert.True(notes.Count >= 4);
        Assert.Equal(notes, harness.Diagnostics.All.Select(d => d.Uri).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Edits_made_while_the_papers_load_publish_once_for_the_last_version()
    {
        var configuration = new TaskCompletionSource();
        await using var harness = new LanguageServerHarness { ConfigurationHeld = configuration.Task };
        await harness.InitializeAsync();
        const string uri = "untitled:typed-during-start-up";
        await harness.OpenAsync(uri, Wrong);
        for (var version = 2; version <= 6; version++)
            await harness.ChangeAsync(uri, version, new TextDocumentContentChangeEvent(Wrong.Replace("1990", $"{1988 + version}")));
        await harness.TextAsync(uri); // every edit applied

        configuration.SetResult();
        await harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready);

        var published = Assert.Single(harness.Diagnostics.All, d => d.Uri == uri);
        Assert.Equal(6, published.Version);
        Assert.Equal("MRG002", Assert.Single(published.Diagnostics).Code); // 1994
    }

    [Fact]
    public async Task An_edit_publishes_nothing_for_the_notes_it_did_not_touch()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = workspace.NoteUri("01-withdrawal-and-aftermath.md");
        var text = workspace.NoteText("01-withdrawal-and-aftermath.md");
        await harness.OpenAsync(uri, text);
        await harness.WaitForDiagnosticsAsync(uri, d => d.Version == 1);
        var before = harness.Diagnostics.All.Count;

        await harness.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(text + "\n" + Wrong));
        await harness.WaitForDiagnosticsAsync(uri, d => d.Version == 2);
        await harness.RequestAsync<Features.Diagnostics.CheckWorkspaceResult>("marginalia/checkWorkspace", new { }); // every change published

        Assert.Equal([(uri, (int?)2)], harness.Diagnostics.All.Skip(before).Select(d => (d.Uri, d.Version)));
    }

    [Fact]
    public async Task A_reload_that_changes_no_findings_publishes_nothing()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var before = harness.Diagnostics.All.Count;
        var readies = harness.Statuses.All.Count(s => s.State == StatusState.Ready);

        await harness.NotifyAsync("workspace/didChangeConfiguration", new DidChangeConfigurationParams());
        await harness.Statuses.WaitForAsync(_ => harness.Statuses.All.Count(s => s.State == StatusState.Ready) > readies, TimeSpan.FromSeconds(30));

        Assert.Empty(harness.Diagnostics.All.Skip(before));
    }

    [Fact]
    public async Task Versions_published_for_a_document_only_ever_go_up()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready);
        const string uri = "untitled:typed-fast";
        await harness.OpenAsync(uri, Wrong);
        for (var version = 2; version <= 12; version++)
        {
            await harness.ChangeAsync(uri, version, new TextDocumentContentChangeEvent($"{version}", new Protocol.Range(new Position(1, 0), new Position(1, 0))));
            if (version % 4 == 0) await Task.Delay(WorkspaceSession.Debounce); // a pause now and then: some versions are published
        }

        await harness.WaitForDiagnosticsAsync(uri, d => d.Version == 12, TimeSpan.FromSeconds(30));
        await harness.RequestAsync<Features.Diagnostics.CheckWorkspaceResult>("marginalia/checkWorkspace", new { });

        var versions = harness.Diagnostics.All.Where(d => d.Uri == uri).Select(d => d.Version!.Value).ToList();
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(12, versions[^1]);
    }

    [Fact]
    public async Task Typing_without_a_pause_still_publishes_while_it_goes_on()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready);
        const string uri = "untitled:typed-without-a-pause";
        await harness.OpenAsync(uri, Wrong);
        // A keystroke every quarter debounce for six times the longest wait: without a bound, nothing would be published
        // until the typing stops.
        var last = 1 + (int)(DiagnosticsPublisher.MaxWait * 6 / (WorkspaceSession.Debounce / 4));
        for (var version = 2; version <= last; version++)
        {
            await harness.ChangeAsync(uri, version, new TextDocumentContentChangeEvent("x", new Protocol.Range(new Position(1, 0), new Position(1, 0))));
            await Task.Delay(WorkspaceSession.Debounce / 4);
        }

        await harness.WaitForDiagnosticsAsync(uri, d => d.Version == last, TimeSpan.FromSeconds(30));
        var versions = harness.Diagnostics.All.Where(d => d.Uri == uri).Select(d => d.Version!.Value).ToList();
        Assert.Contains(versions, v => v > 1 && v < last);
    }

    [Fact]
    public void A_document_open_in_the_editor_is_sent_without_waiting_for_its_batch()
    {
        // Open documents come first in a pass; a worker sends one at once instead of after the 31 notes it checks next.
        Assert.True(DiagnosticsPublisher.EndsBatch(1, last: false, open: true));
        Assert.False(DiagnosticsPublisher.EndsBatch(1, last: false, open: false));
        Assert.True(DiagnosticsPublisher.EndsBatch(1, last: true, open: false));
        Assert.True(DiagnosticsPublisher.EndsBatch(WorkspaceSession.PublishBatch, last: false, open: false));
    }

    [Fact]
    public async Task An_edit_during_a_long_pass_is_published_before_the_pass_ends()
    {
        // Start-up's pass over 4,000 notes of twenty dated lines takes seconds; a note open in the editor is edited while it runs.
        using var workspace = new ExampleWorkspace();
        var body = string.Concat(Enumerable.Range(0, 20).Select(i => $"- {i + 1} May 2016: the QCG met again, and the talks went on [@qcg-meetings-2016].\n"));
        for (var i = 0; i < 4000; i++) workspace.Write($"n{i:0000}.md", $"# Note {i}\n\n{body}");
        var uri = workspace.Write("zz-open.md", Wrong);
        // The papers wait for the editor's settings until the note is open: the pass then starts with it.
        var configuration = new TaskCompletionSource();
        await using var harness = new LanguageServerHarness { ConfigurationHeld = configuration.Task };
        await harness.InitializeAsync(workspace.Root);
        await harness.OpenAsync(uri, Wrong);
        await harness.TextAsync(uri); // the opening applied
        configuration.SetResult();
        await harness.WaitForDiagnosticsAsync(uri, d => d.Version == 1, TimeSpan.FromSeconds(60)); // open documents come first
        await harness.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(Wrong.Replace("1990", "1989")));

        await harness.WaitForDiagnosticsAsync(uri, d => d.Version == 2, TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(harness.Statuses.All, s => s.State == StatusState.Ready); // the pass is still going
        Assert.Empty(harness.Diagnostics.All.Last(d => d.Uri == uri).Diagnostics);
        await harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready, TimeSpan.FromSeconds(120));
        Assert.Equal(4005, harness.Diagnostics.All.Select(d => d.Uri).Distinct().Count(u => u.EndsWith(".md", StringComparison.Ordinal)));
    }
}
