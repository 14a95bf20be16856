using System.Diagnostics;
using Marginalia.LanguageServer.Features.Diagnostics;
using Marginalia.LanguageServer.Protocol;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests;

/// <summary>
/// The server over a workspace with traps in it: files caught mid-edit, a client that never answers, folders that
/// vanish, FIFOs and devices among the notes, a huge document, one note spelled two ways. Each test ends with the
/// server answering <c>shutdown</c>: it was never wedged.
/// </summary>
public sealed class WorkspaceTrapsTests : IAsyncDisposable
{
    private const string Wrong = "Left on 15 February 1990 [@soviet-withdrawal-1989].\n";
    private readonly string _root = Repository.NewWorkspace(("notes/good.md", Wrong));
    private readonly LanguageServerHarness _harness = new();

    public async ValueTask DisposeAsync()
    {
        await _harness.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private string At(string relative) => Path.Combine(_root, relative);

    private static string Uri(string path) => LanguageServerHarness.FileUri(path);

    private Task<PublishDiagnosticsParams> Diagnostics(string relative, Func<PublishDiagnosticsParams, bool>? match = null) =>
        _harness.WaitForDiagnosticsAsync(Uri(At(relative)), match, TimeSpan.FromSeconds(20));

    private Task FilesChanged(params (string Relative, FileChangeType Type)[] changes) =>
        _harness.NotifyAsync("workspace/didChangeWatchedFiles",
            new DidChangeWatchedFilesParams([.. changes.Select(c => new FileEvent(Uri(At(c.Relative)), c.Type))]));

    private async Task StillServes()
    {
        await _harness.RequestAsync<object?>("workspace/symbol", new WorkspaceSymbolParams("withdrawal"));
        Assert.Equal(0, await _harness.ShutdownAndExitAsync());
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        mkfifo.WaitForExit();
    }

    private static bool Has(PublishDiagnosticsParams d, string code) => d.Diagnostics.Any(x => x.Code == code);

    [Fact]
    public async Task A_settings_file_caught_mid_edit_is_reported_and_fixing_it_recovers()
    {
        File.WriteAllText(At(".marginalia.yaml"), "papers: [a\nb: {\n");
        await _harness.InitializeAsync(_root);

        await Diagnostics("notes/good.md", d => Has(d, "MRG002"));
        var problem = await Diagnostics(".marginalia.yaml", d => d.Diagnostics.Length == 1);
        Assert.Contains("broken YAML", problem.Diagnostics[0].Message);

        File.WriteAllText(At(".marginalia.yaml"), "severity:\n  MRG002: warning\n");
        await FilesChanged((".marginalia.yaml", FileChangeType.Changed));
        await Diagnostics("notes/good.md", d => d.Diagnostics.Any(x => x.Code == "MRG002" && x.Severity == DiagnosticSeverity.Warning));
        await Diagnostics(".marginalia.yaml", d => d.Diagnostics.Length == 0);
        await StillServes();
    }

    [Fact]
    public async Task A_knowledge_file_caught_mid_edit_does_not_stop_the_server_and_fixing_it_recovers()
    {
        var knowledge = At("seeds/000_bf09360ec50d0df5.knowledge.yaml");
        var curated = File.ReadAllText(knowledge);
        File.WriteAllText(knowledge, "events: [a\nb: {\n");
        await _harness.InitializeAsync(_root);
        await _harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready, TimeSpan.FromSeconds(20));
        await _harness.Logs.WaitForAsync(l => l.Message.Contains("broken YAML"));

        File.WriteAllText(knowledge, curated);
        await FilesChanged(("seeds/000_bf09360ec50d0df5.knowledge.yaml", FileChangeType.Changed));
        await Diagnostics("notes/good.md", d => Has(d, "MRG002"));
        await StillServes();
    }

    [Fact]
    public async Task A_storm_of_changes_to_the_papers_is_one_reload()
    {
        await _harness.InitializeAsync(_root);
        await _harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready, TimeSpan.FromSeconds(20));
        var before = _harness.Statuses.All.Count;

        for (var i = 0; i < 20; i++)
            await FilesChanged(("seeds/000_bf09360ec50d0df5.knowledge.yaml", FileChangeType.Changed));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await _harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready && _harness.Statuses.All.Count > before, TimeSpan.FromSeconds(20));

        var reloads = _harness.Statuses.All.Skip(before).Count(s => s.State == StatusState.Ready);
        Assert.InRange(reloads, 1, 2);
        // Nothing changed in what the notes say: nothing is published again.
        Assert.Single(_harness.Diagnostics.All, d => d.Uri == Uri(At("notes/good.md")));
        await StillServes();
    }

    [Fact]
    public async Task A_client_that_never_answers_configuration_is_timed_out()
    {
        _harness.ConfigurationHeld = new TaskCompletionSource().Task;
        await _harness.InitializeAsync(_root);

        await Diagnostics("notes/good.md", d => Has(d, "MRG002"));
        await _harness.Logs.WaitForAsync(l => l.Message.Contains("did not answer workspace/configuration"));
        await StillServes();
    }

    [Fact]
    public async Task Deleting_or_renaming_a_folder_of_notes_leaves_no_ghosts()
    {
        File.WriteAllText(Directory.CreateDirectory(At("notes/old")).FullName + "/a.md", Wrong);
        File.WriteAllText(At("notes/old/b.md"), Wrong);
        await _harness.InitializeAsync(_root);
        await Diagnostics("notes/old/a.md", d => Has(d, "MRG002"));
        await Diagnostics("notes/old/b.md", d => Has(d, "MRG002"));

        Directory.Move(At("notes/old"), At("notes/new"));
        await FilesChanged(("notes/old", FileChangeType.Deleted), ("notes/new", FileChangeType.Created));
        await Diagnostics("notes/new/a.md", d => Has(d, "MRG002"));
        await Diagnostics("notes/old/a.md", d => d.Diagnostics.Length == 0);
        await Diagnostics("notes/old/b.md", d => d.Diagnostics.Length == 0);

        var before = _harness.Diagnostics.All.Count;
        var result = await _harness.RequestAsync<CheckWorkspaceResult>("marginalia/checkWorkspace");
        Assert.Equal(3, result.Notes);
        Assert.DoesNotContain(_harness.Diagnostics.All.Skip(before), d => d.Uri.Contains("/notes/old/"));
        await StillServes();
    }

    [Fact]
    public async Task A_root_uri_of_the_file_system_root_still_starts()
    {
        await _harness.RequestAsync<InitializeResult>("initialize", new InitializeParams
        {
            ProcessId = Environment.ProcessId,
            RootUri = "file:///",
            Capabilities = LanguageServerHarness.DefaultCapabilities,
        });
        await _harness.NotifyAsync("initialized", new { });
        await _harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready, TimeSpan.FromSeconds(20));
        await _harness.OpenAsync("untitled:Untitled-1", Wrong);
        await _harness.WaitForDiagnosticsAsync("untitled:Untitled-1", d => Has(d, "MRG002"));
        await StillServes();
    }

    [Fact]
    public async Task An_open_document_over_8_MB_is_refused_with_a_clear_message()
    {
        await _harness.InitializeAsync(_root);
        var uri = Uri(At("notes/huge.md"));
        await _harness.OpenAsync(uri, new string('a', 9 * 1024 * 1024));

        var refused = await _harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 1);
        Assert.Contains("Marginalia checks notes up to 8 MB", refused.Diagnostics[0].Message);
        await _harness.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(Wrong));
        await _harness.WaitForDiagnosticsAsync(uri, d => d.Version == 2 && Has(d, "MRG002"));
        await StillServes();
    }

    [Fact]
    public async Task A_note_spelled_two_ways_is_published_under_the_clients_uri_only()
    {
        await _harness.InitializeAsync(_root);
        var serverUri = Uri(At("notes/good.md"));
        await _harness.WaitForDiagnosticsAsync(serverUri, d => Has(d, "MRG002"));
        var clientUri = Uri(At("notes")) + "/../notes/go%6Fd.md";

        await _harness.OpenAsync(clientUri, "Left on 15 February 1991 [@soviet-withdrawal-1989].\n");
        await _harness.WaitForDiagnosticsAsync(clientUri, d => d.Version == 1 && Has(d, "MRG002"));
        await _harness.WaitForDiagnosticsAsync(serverUri, d => d.Diagnostics.Length == 0);
        await _harness.ChangeAsync(clientUri, 2, new TextDocumentContentChangeEvent("Left on 15 February 1989 [@soviet-withdrawal-1989].\n"));
        await _harness.WaitForDiagnosticsAsync(clientUri, d => d.Version == 2 && d.Diagnostics.Length == 0);
        await _harness.CloseAsync(clientUri);
        await _harness.WaitForDiagnosticsAsync(clientUri, d => d.Version is null && Has(d, "MRG002"));

        Assert.Equal(0, await _harness.ShutdownAndExitAsync());
        var published = _harness.Diagnostics.All.Where(d => d.Uri == serverUri).ToList();
        Assert.Empty(published[^1].Diagnostics); // the server's spelling was cleared, never filled again
        Assert.DoesNotContain(_harness.Diagnostics.All, d => d.Uri != serverUri && d.Uri != clientUri && d.Uri.Contains("good.md"));
    }

    [Fact]
    public async Task A_fifo_and_a_symlink_to_a_pipe_among_the_notes_are_named_and_never_block()
    {
        if (!OperatingSystem.IsLinux()) return;
        MakeFifo(At("notes/pipe.md"));
        MakeFifo(At("pipe"));
        File.CreateSymbolicLink(At("notes/link.md"), At("pipe"));
        File.CreateSymbolicLink(At("notes/zero.md"), "/dev/zero");
        await _harness.InitializeAsync(_root);

        await Diagnostics("notes/good.md", d => Has(d, "MRG002"));
        Assert.Contains("named pipe", (await Diagnostics("notes/pipe.md")).Diagnostics[0].Message);
        Assert.Contains("named pipe", (await Diagnostics("notes/link.md")).Diagnostics[0].Message);
        Assert.Contains("character device", (await Diagnostics("notes/zero.md")).Diagnostics[0].Message);

        await _harness.OpenAsync(Uri(At("notes/pipe.md")), "Opened.\n");
        await _harness.CloseAsync(Uri(At("notes/pipe.md")));
        MakeFifo(At("notes/new.md"));
        await FilesChanged(("notes/new.md", FileChangeType.Created));
        Assert.Contains("named pipe", (await Diagnostics("notes/new.md")).Diagnostics[0].Message);
        await StillServes();
    }

    [Fact]
    public async Task Empty_binary_non_utf8_huge_socket_and_newline_named_notes_at_start_up()
    {
        if (OperatingSystem.IsWindows()) return;
        File.WriteAllText(At("notes/empty.md"), "");
        File.WriteAllBytes(At("notes/binary.md"), [0x41, 0, 0x42]);
        File.WriteAllBytes(At("notes/latin1.md"), [0x63, 0x61, 0x66, 0xE9]);
        using (var huge = File.Create(At("notes/huge.md"))) huge.SetLength(9L * 1024 * 1024);
        File.WriteAllText(At("notes/two\nlines.md"), Wrong);
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(At("notes/socket.md")));
        await _harness.InitializeAsync(_root);

        await Diagnostics("notes/good.md", d => Has(d, "MRG002"));
        await Diagnostics("notes/empty.md", d => d.Diagnostics.Length == 0);
        Assert.Contains("binary", (await Diagnostics("notes/binary.md")).Diagnostics[0].Message);
        Assert.Contains("UTF-8", (await Diagnostics("notes/latin1.md")).Diagnostics[0].Message);
        Assert.Contains("limit is 8 MB", (await Diagnostics("notes/huge.md")).Diagnostics[0].Message);
        Assert.Contains("socket", (await Diagnostics("notes/socket.md")).Diagnostics[0].Message);
        await Diagnostics("notes/two\nlines.md", d => Has(d, "MRG002"));
        await StillServes();
    }

    [Fact]
    public async Task Folder_links_that_loop_count_each_note_once()
    {
        if (OperatingSystem.IsWindows()) return;
        Directory.CreateDirectory(At("notes/a"));
        Directory.CreateDirectory(At("notes/b"));
        Directory.CreateSymbolicLink(At("notes/a/to-b"), At("notes/b"));
        Directory.CreateSymbolicLink(At("notes/b/to-a"), At("notes/a"));
        Directory.CreateSymbolicLink(At("notes/loop"), At("notes"));
        await _harness.InitializeAsync(_root);

        var ready = await _harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready, TimeSpan.FromSeconds(20));
        Assert.Equal(1, ready.Notes);
        await StillServes();
    }
}
