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
/// All of its work runs on the thread pool, never on the JSON-RPC handlers' synchronization context, so a
/// hover is answered while thousands of notes are being checked.
/// </summary>
public sealed class WorkspaceSession(LanguageClient client, OpenDocuments documents) : IWorkspaceListener
{
    /// <summary>How long typing must pause before a note is checked again.</summary>
    public static TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(200);

    private readonly TaskCompletionSource<NoteIndex> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _scanned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _uris = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private string? _root;
    private EventCards? _cards;

    /// <summary>How many notes are checked at once at start-up: every core, as requests are short and come one at a time.</summary>
    public static int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How many notes a worker checks before publishing their diagnostics.</summary>
    public const int PublishBatch = 32;

    public Task<NoteIndex> IndexAsync(CancellationToken cancellationToken = default) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>The cards of the index's knowledge: one instance per knowledge base, so an event's card is written once.</summary>
    public EventCards CardsFor(NoteIndex index)
    {
        var knowledge = index.Library.Knowledge;
        var cards = Volatile.Read(ref _cards);
        if (cards is not null && ReferenceEquals(cards.Knowledge, knowledge)) return cards;
        cards = new EventCards(knowledge, DocumentUris.FromPath, actor => index.TimesNamed(actor.Id));
        Volatile.Write(ref _cards, cards);
        return cards;
    }

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
    /// <remarks>
    /// The notes open in the editor first, then the rest in path order, <see cref="Workers"/> at a time on the
    /// thread pool; each worker publishes its notes a batch at a time. Notes already checked cost nothing.
    /// </remarks>
    public async Task<(int Notes, int Findings)> CheckWorkspaceAsync(CancellationToken cancellationToken)
    {
        var index = await IndexAsync(cancellationToken).ConfigureAwait(false);
        await _scanned.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        var keys = index.Keys;
        var ordered = keys.Where(k => index.Find(k)?.IsOpen == true).Concat(keys.Where(k => index.Find(k)?.IsOpen != true)).ToList();
        var findings = 0;
        var next = -1;
        var publishing = new ConcurrentQueue<Task<int>>();
        // Dedicated threads, not the pool's: checking is long and CPU-bound, and the pool's few threads must stay
        // free for the requests (a starved pool answered a hover after seconds).
        var workers = Enumerable.Range(0, Math.Min(Workers, Math.Max(1, ordered.Count))).Select(_ => Task.Factory.StartNew(() =>
        {
            var batch = new List<(string Key, IndexedNote Note, NoteSummary Summary)>(PublishBatch);
            while (Interlocked.Increment(ref next) is var i && i < ordered.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var key = ordered[i];
                if (index.Find(key) is { } note && index.Summarize(key) is { } summary) batch.Add((key, note, summary));
                if (batch.Count < PublishBatch && i + 1 < ordered.Count) continue;
                publishing.Enqueue(PublishAllAsync([.. batch]));
                batch.Clear();
            }
            if (batch.Count > 0) publishing.Enqueue(PublishAllAsync([.. batch]));
        }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        foreach (var published in publishing) findings += await published.ConfigureAwait(false);
        foreach (var problem in index.Problems) await PublishProblemAsync(problem).ConfigureAwait(false);
        return (keys.Count, findings + index.Problems.Count);
    }

    private void Edited(DocumentRef document)
    {
        _uris[document.Key] = document.Uri;
        NoteIndex index;
        lock (_gate)
        {
            if (!_ready.Task.IsCompletedSuccessfully) return; // start-up takes every open document
            index = _ready.Task.Result;
        }
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
                await Task.Delay(Debounce, next.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(key, next));
            await PublishAsync(index, key).ConfigureAwait(false);
        });
    }

    private async Task StartAsync(InitializeParams initialize)
    {
        _root = RootOf(initialize);
        // The notes are read from disk while the papers load, by threads of their own (the pool's must stay free
        // to read the editor's answer to workspace/configuration); the index takes them if the editor's settings
        // do not change which files are notes.
        var root = _root;
        var readAhead = root is null ? Task.FromResult<NotesRead?>(null)
            : Task.Factory.StartNew<NotesRead?>(() => NoteFiles.ReadAll(root, WorkspaceSettings.Load(root)),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var index = await LoadAsync(_root).ConfigureAwait(false);
        // A document opened meanwhile is either in this snapshot or sees the index ready (Edited takes the gate too).
        lock (_gate)
        {
            foreach (var open in documents.All) index.SetOpen(open.Key, open.Text, open.Version);
            _ready.SetResult(index);
        }
        await SendStatusAsync(index, StatusState.Indexing).ConfigureAwait(false);
        index.Scan(await ReadAheadAsync(readAhead).ConfigureAwait(false));
        _scanned.SetResult();
        await CheckWorkspaceAsync(CancellationToken.None).ConfigureAwait(false);
        await SendStatusAsync(index, StatusState.Ready).ConfigureAwait(false);
    }

    /// <summary>The notes read ahead, or null when that failed (a broken settings file): the index then reads them itself.</summary>
    private static async Task<NotesRead?> ReadAheadAsync(Task<NotesRead?> readAhead)
    {
        try
        {
            return await readAhead.ConfigureAwait(false);
        }
        catch (Exception e) when (e is Core.InputException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private async Task ReloadAsync()
    {
        var index = await IndexAsync().ConfigureAwait(false);
        var fresh = await LoadAsync(_root).ConfigureAwait(false);
        index.Reconfigure(fresh.Library, fresh.Settings);
        index.Scan();
        await CheckWorkspaceAsync(CancellationToken.None).ConfigureAwait(false);
        await SendStatusAsync(index, StatusState.Ready).ConfigureAwait(false);
    }

    /// <summary>The papers and settings: the workspace's file, the editor's settings over it, the shipped paper when there is no folder.</summary>
    private async Task<NoteIndex> LoadAsync(string? root)
    {
        var fileSettings = root is null ? WorkspaceSettings.Default : WorkspaceSettings.Load(root);
        var editor = await client.GetConfigurationAsync(new ConfigurationParams([new ConfigurationItem(Section: "marginalia")])).ConfigureAwait(false);
        var settings = EditorSettings.Apply(fileSettings, editor[0]);
        var library = root is null ? PaperLibrary.Shipped() : PaperLibrary.Load(root, settings);
        foreach (var problem in library.AllProblems) await client.LogAsync(MessageType.Warning, problem.ToString()).ConfigureAwait(false);
        if (library.AllProblems.Any())
            await client.ShowMessageAsync(MessageType.Warning, $"Marginalia: {library.AllProblems.Count()} problem(s) in the papers or knowledge files; see the output.");
        return new NoteIndex(root, library, settings);
    }

    private Task<int> PublishAsync(NoteIndex index, string key) =>
        index.Find(key) is { } note && index.Summarize(key) is { } summary ? PublishAsync(key, note, summary) : Task.FromResult(0);

    private async Task<int> PublishAllAsync(IReadOnlyList<(string Key, IndexedNote Note, NoteSummary Summary)> batch)
    {
        var findings = 0;
        foreach (var (key, note, summary) in batch) findings += await PublishAsync(key, note, summary).ConfigureAwait(false);
        return findings;
    }

    private async Task<int> PublishAsync(string key, IndexedNote note, NoteSummary summary)
    {
        var diagnostics = summary.Findings.Select(DiagnosticMapper.ToDiagnostic).ToArray();
        await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(UriOf(key), diagnostics, note.Version)).ConfigureAwait(false);
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

    /// <summary>Runs analysis work on the thread pool, off the handlers' synchronization context; a failure is logged, never thrown.</summary>
    private async Task Guard(string what, Func<Task> work)
    {
        try
        {
            await Task.Run(work).ConfigureAwait(false);
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
