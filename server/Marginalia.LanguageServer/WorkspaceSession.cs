using System.Collections.Concurrent;
using System.Text.Json;
using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Features;
using Marginalia.LanguageServer.Features.Diagnostics;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer;

/// <summary>
/// The analysis behind the server: finds the workspace's papers and notes when the client is
/// initialized, keeps the note index in step with the editor and the disk, and publishes each
/// note's findings — for every note at start-up, and for an edited note once typing pauses.
/// Handlers await <see cref="IndexAsync"/>, so a request made while indexing waits for the papers, not for the notes.
/// </summary>
public sealed class WorkspaceSession(LanguageClient client, OpenDocuments documents) : IWorkspaceListener
{
    /// <summary>How long typing must pause before a note is checked again.</summary>
    public static TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(200);

    private readonly TaskCompletionSource<NoteIndex> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _scanned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _uris = new(StringComparer.Ordinal);
    private string? _root;

    public Task<NoteIndex> IndexAsync(CancellationToken cancellationToken = default) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>The URI to speak of a note by: the one the client used, else the file's.</summary>
    public string UriOf(string key) => _uris.TryGetValue(key, out var uri) ? uri : DocumentUris.FromPath(key);

    public void Initialized(InitializeParams initialize) => _ = Guard("start-up", () => StartAsync(initialize));

    public void DocumentOpened(DocumentRef document) => Edited(document);

    public void DocumentChanged(DocumentRef document) => Edited(document);

    public void DocumentClosed(DocumentRef document)
    {
        _uris.TryRemove(document.Key, out _);
        if (!_ready.Task.IsCompletedSuccessfully) return;
        var index = _ready.Task.Result;
        index.Close(document.Key);
        // A note on disk keeps its findings; a scratch document's go with it.
        _ = Guard("close", () => index.Find(document.Key) is null
            ? client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(document.Uri, []))
            : PublishAsync(index, document.Key));
    }

    public void ConfigurationChanged(JsonElement? settings) => _ = Guard("configuration change", ReloadAsync);

    public void WatchedFilesChanged(IReadOnlyList<WatchedFileChange> changes)
    {
        if (!_ready.Task.IsCompletedSuccessfully) return;
        var index = _ready.Task.Result;
        if (changes.Any(c => !c.Key.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || index.Library.Files.Contains(c.Key)))
        {
            _ = Guard("file change", ReloadAsync);
            return;
        }
        foreach (var change in changes)
        {
            var known = index.Find(change.Key) is not null;
            index.FileChanged(change.Key);
            if (index.Find(change.Key) is not null || known)
                _ = Guard("file change", () => PublishAsync(index, change.Key));
        }
    }

    /// <summary>Checks every note and publishes its findings: `Check Workspace` in the editor.</summary>
    public async Task<(int Notes, int Findings)> CheckWorkspaceAsync(CancellationToken cancellationToken)
    {
        var index = await IndexAsync(cancellationToken);
        await _scanned.Task.WaitAsync(cancellationToken);
        var findings = 0;
        foreach (var key in index.Keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings += await PublishAsync(index, key);
        }
        foreach (var problem in index.Problems) await PublishProblemAsync(problem);
        return (index.Keys.Count, findings + index.Problems.Count);
    }

    private void Edited(DocumentRef document)
    {
        _uris[document.Key] = document.Uri;
        if (!_ready.Task.IsCompletedSuccessfully) return; // start-up takes every open document
        var index = _ready.Task.Result;
        if (documents.Get(document.Key) is not { } open) return;
        index.SetOpen(document.Key, open.Text, open.Version);
        Schedule(index, document.Key);
    }

    private void Schedule(NoteIndex index, string key)
    {
        var next = new CancellationTokenSource();
        var previous = _pending.AddOrUpdate(key, next, (_, old) => { old.Cancel(); return next; });
        _ = Guard("diagnostics", async () =>
        {
            try
            {
                await Task.Delay(Debounce, next.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(key, next));
            await PublishAsync(index, key);
        });
    }

    private async Task StartAsync(InitializeParams initialize)
    {
        _root = RootOf(initialize);
        var index = await LoadAsync(_root);
        foreach (var open in documents.All) index.SetOpen(open.Key, open.Text, open.Version);
        _ready.SetResult(index);
        await SendStatusAsync(index, StatusState.Indexing);
        index.Scan();
        _scanned.SetResult();
        await CheckWorkspaceAsync(CancellationToken.None);
        await SendStatusAsync(index, StatusState.Ready);
    }

    private async Task ReloadAsync()
    {
        var index = await IndexAsync();
        var fresh = await LoadAsync(_root);
        index.Reconfigure(fresh.Library, fresh.Settings);
        index.Scan();
        await CheckWorkspaceAsync(CancellationToken.None);
        await SendStatusAsync(index, StatusState.Ready);
    }

    /// <summary>The papers and settings: the workspace's file, the editor's settings over it, the shipped paper when there is no folder.</summary>
    private async Task<NoteIndex> LoadAsync(string? root)
    {
        var fileSettings = root is null ? WorkspaceSettings.Default : WorkspaceSettings.Load(root);
        var editor = await client.GetConfigurationAsync(new ConfigurationParams([new ConfigurationItem(Section: "marginalia")]));
        var settings = EditorSettings.Apply(fileSettings, editor[0]);
        var library = root is null ? PaperLibrary.Shipped() : PaperLibrary.Load(root, settings);
        foreach (var problem in library.AllProblems) await client.LogAsync(MessageType.Warning, problem.ToString());
        if (library.AllProblems.Any())
            await client.ShowMessageAsync(MessageType.Warning, $"Marginalia: {library.AllProblems.Count()} problem(s) in the papers or knowledge files; see the output.");
        return new NoteIndex(root, library, settings);
    }

    private async Task<int> PublishAsync(NoteIndex index, string key)
    {
        var note = index.Find(key);
        var checkedNote = index.Get(key);
        if (note is null || checkedNote is null) return 0;
        var diagnostics = checkedNote.Findings.Select(DiagnosticMapper.ToDiagnostic).ToArray();
        await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(UriOf(key), diagnostics, note.Version));
        return diagnostics.Length;
    }

    private Task PublishProblemAsync(Core.InputException problem) =>
        client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(UriOf(problem.Path), [DiagnosticMapper.ToDiagnostic(problem)]));

    private Task SendStatusAsync(NoteIndex index, string state) =>
        client.SendStatusAsync(new MarginaliaStatus(state, [.. index.Library.Knowledge.Papers.Select(p => p.Paper.FileName)], index.Keys.Count));

    private static string? RootOf(InitializeParams initialize)
    {
        var uri = initialize.WorkspaceFolders?.FirstOrDefault()?.Uri ?? initialize.RootUri;
        if (uri is not null && DocumentUris.TryGetPath(uri, out var path)) return path;
        return initialize.RootPath;
    }

    private async Task Guard(string what, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception e)
        {
            client.LogFailure(what, null, e);
            if (what == "start-up")
            {
                _ready.TrySetException(e);
                _scanned.TrySetException(e);
                await client.SendStatusAsync(new MarginaliaStatus(StatusState.Error, [], 0, e.Message));
            }
        }
    }
}
