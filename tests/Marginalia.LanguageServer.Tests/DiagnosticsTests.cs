using Marginalia.LanguageServer.Protocol;
using Marginalia.LanguageServer.Tests.Commands;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests;

public class DiagnosticsTests
{
    private const string Wrong = "# Withdrawal\n\nThe last troops left on 15 February 1990 [@soviet-withdrawal-1989].\n";

    /// <summary>The lines of `marginalia check` on a workspace's notes that report a finding ("….md:3:43: …").</summary>
    private static List<string> CheckedLines(ExampleWorkspace workspace) =>
        [.. Cli.Run("check", workspace.NotesFolder, "--workspace", workspace.Root).Output.Split('\n').Where(l => l.Contains(".md:", StringComparison.Ordinal))];

    [Fact]
    public async Task Every_note_gets_at_start_up_exactly_the_findings_of_check()
    {
        // The example workspace alone: at the repository root start-up would also read the README and the corpus's pages,
        // and the wait for the examples would measure the machine's load.
        using var workspace = new ExampleWorkspace();
        var notes = workspace.NotesFolder;
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root);
        var check = CheckedLines(workspace).Where(l => l.Contains(": ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(check);
        foreach (var note in Directory.GetFiles(notes, "*.md"))
        {
            var published = await harness.WaitForDiagnosticsAsync(LanguageServerHarness.FileUri(note), _ => true, TimeSpan.FromSeconds(30));
            var expected = check.Where(l => l.StartsWith(Path.GetRelativePath(Directory.GetCurrentDirectory(), note).Replace('\\', '/') + ":", StringComparison.Ordinal)
                                            || l.StartsWith(note + ":", StringComparison.Ordinal))
                                .Select(l => l[(l.IndexOf(".md:", StringComparison.Ordinal) + 4)..]).ToList();
            var actual = published.Diagnostics.Select(d =>
                $"{d.Range.Start.Line + 1}:{d.Range.Start.Character + 1}: {d.Severity!.Value.ToString().ToLowerInvariant()} {d.Code}: {d.Message}").ToList();
            Assert.Equal(expected, actual);
            Assert.All(published.Diagnostics, d => Assert.Equal("marginalia", d.Source));
        }
        var ready = await harness.Statuses.WaitForAsync(s => s.State == "ready", TimeSpan.FromSeconds(30));
        Assert.Equal(["000_bf09360ec50d0df5.txt"], ready.Papers);
        Assert.Equal(Directory.GetFiles(notes, "*.md").Length, ready.Notes);
    }

    [Fact]
    public async Task Opening_a_note_publishes_its_findings_on_the_offending_date_with_the_papers_passage()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        const string uri = "untitled:Untitled-1";
        await harness.OpenAsync(uri, Wrong);
        var published = await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length > 0);
        var diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal("MRG002", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(new Protocol.Range(new Position(2, 24), new Position(2, 40)), diagnostic.Range);
        var related = Assert.Single(diagnostic.RelatedInformation!);
        Assert.StartsWith("file:///", related.Location.Uri);
        Assert.True(DocumentUris.TryGetPath(related.Location.Uri, out var paper) && File.Exists(paper), related.Location.Uri);
        Assert.Equal(54, related.Location.Range.Start.Line);
    }

    [Fact]
    public async Task An_edit_that_fixes_the_date_clears_the_finding_for_that_version()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        const string uri = "untitled:Untitled-2";
        await harness.OpenAsync(uri, Wrong);
        await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 1);
        await harness.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent("89", new Protocol.Range(new Position(2, 38), new Position(2, 40))));
        var fixedOne = await harness.WaitForDiagnosticsAsync(uri, d => d.Version == 2);
        Assert.Empty(fixedOne.Diagnostics);
    }

    [Fact]
    public async Task Closing_a_scratch_document_clears_its_diagnostics()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        const string uri = "untitled:Untitled-3";
        await harness.OpenAsync(uri, Wrong);
        await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 1);
        await harness.CloseAsync(uri);
        await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 0);
    }

    [Fact]
    public async Task A_severity_changed_in_the_editor_settings_applies_without_a_restart()
    {
        var root = Repository.NewWorkspace(("note.md", Wrong));
        try
        {
            await using var harness = new LanguageServerHarness();
            await harness.InitializeAsync(root);
            var uri = LanguageServerHarness.FileUri(Path.Combine(root, "note.md"));
            await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Any(x => x.Severity == DiagnosticSeverity.Error));
            harness.Settings["marginalia"] = new Dictionary<string, object> { ["severity"] = new Dictionary<string, string> { ["MRG002"] = "warning" } };
            await harness.NotifyAsync("workspace/didChangeConfiguration", new DidChangeConfigurationParams());
            await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Any(x => x.Code == "MRG002" && x.Severity == DiagnosticSeverity.Warning), TimeSpan.FromSeconds(30));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public async Task A_date_order_set_in_the_editor_settings_settles_numeric_dates()
    {
        var root = Repository.NewWorkspace(("note.md", "The SCO statement on US bases was issued on 07/05/2005 [[sco-summit-2005]].\n"));
        try
        {
            await using var harness = new LanguageServerHarness();
            await harness.InitializeAsync(root);
            var uri = LanguageServerHarness.FileUri(Path.Combine(root, "note.md"));
            await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Any(x => x.Code == "MRG008"));
            harness.Settings["marginalia"] = new Dictionary<string, object> { ["dateOrder"] = "dayFirst" };
            await harness.NotifyAsync("workspace/didChangeConfiguration", new DidChangeConfigurationParams());
            await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Select(x => x.Code).SequenceEqual(["MRG002"]), TimeSpan.FromSeconds(30));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public async Task A_note_written_on_disk_is_checked_when_the_client_reports_it()
    {
        var root = Repository.NewWorkspace();
        try
        {
            await using var harness = new LanguageServerHarness();
            await harness.InitializeAsync(root);
            await harness.Statuses.WaitForAsync(s => s.State == "ready", TimeSpan.FromSeconds(30));
            var path = Path.Combine(root, "later.md");
            await File.WriteAllTextAsync(path, Wrong);
            var uri = LanguageServerHarness.FileUri(path);
            await harness.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(uri, FileChangeType.Created)]));
            Assert.Equal("MRG002", Assert.Single((await harness.WaitForDiagnosticsAsync(uri, _ => true)).Diagnostics).Code);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public async Task A_knowledge_file_changed_on_disk_is_read_again_and_the_notes_rechecked()
    {
        const string right = "The last troops left on 15 February 1989 [@soviet-withdrawal-1989].\n";
        var root = Repository.NewWorkspace(("note.md", right));
        try
        {
            await using var harness = new LanguageServerHarness();
            await harness.InitializeAsync(root);
            var uri = LanguageServerHarness.FileUri(Path.Combine(root, "note.md"));
            await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 0, TimeSpan.FromSeconds(30));

            var knowledge = Path.Combine(root, "seeds", "000_bf09360ec50d0df5.knowledge.yaml");
            await File.WriteAllTextAsync(knowledge, (await File.ReadAllTextAsync(knowledge)).Replace("id: soviet-withdrawal-1989", "id: soviet-troops-leave-1989"));
            await harness.NotifyAsync("workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesParams([new FileEvent(LanguageServerHarness.FileUri(knowledge), FileChangeType.Changed)]));

            var after = await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Any(x => x.Code == "MRG001"), TimeSpan.FromSeconds(30));
            Assert.StartsWith("Unknown event 'soviet-withdrawal-1989'", Assert.Single(after.Diagnostics).Message);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public async Task Check_workspace_publishes_every_note_and_counts_them()
    {
        using var workspace = new ExampleWorkspace();
        var notes = workspace.NotesFolder;
        var findings = CheckedLines(workspace).Count;
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root);
        var result = await harness.RequestAsync<Features.Diagnostics.CheckWorkspaceResult>("marginalia/checkWorkspace", new { }, timeout: TimeSpan.FromSeconds(60));
        Assert.Equal(Directory.GetFiles(notes, "*.md").Length, result.Notes);
        Assert.Equal(findings, result.Findings);
        Assert.True(findings >= 8, $"{findings} findings");
    }

    [Fact]
    public async Task An_unreadable_note_on_disk_gets_a_diagnostic_naming_the_problem()
    {
        var root = Repository.NewWorkspace();
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(root, "binary.md"), [0x89, 0x50, 0x00, 0x01]);
            await using var harness = new LanguageServerHarness();
            await harness.InitializeAsync(root);
            var published = await harness.WaitForDiagnosticsAsync(LanguageServerHarness.FileUri(Path.Combine(root, "binary.md")), _ => true, TimeSpan.FromSeconds(30));
            Assert.Contains("binary", Assert.Single(published.Diagnostics).Message);
        }
        finally { Directory.Delete(root, recursive: true); }
    }
}
