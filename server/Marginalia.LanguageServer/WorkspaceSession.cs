using System.Collections.Concurrent;
using System.Text.Json;
using Marginalia.Core.Checks;
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

    // What was last published for each key, under which URI, for which opening of the document (its generation,
    // bumped by every open and close) and version: never a version older than the last, never two URIs for one key.
    private readonly Dictionary<string, Published> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _generations = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private string? _settingsProblem;
    private Task _reloading = Task.CompletedTask;
    private CancellationTokenSource? _reloadCancel;
    private string? _root;
    private EventCards? _cards;

    /// <summary>How many notes are checked at once at start-up: every core, as requests are short and come one at a time.</summary>
    public static int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How many notes a worker checks before publishing their diagnostics.</summary>
    public const int PublishBatch = 32;

    public Task<NoteIndex> IndexAsync(CancellationToken cancellationToken = default) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>The index once the notes on disk have been read: what an answer about every note (the timeline) waits for.</summary>
    public async Task<NoteIndex> NotesAsync(CancellationToken cancellationToken = default)
    {
        var index = await IndexAsync(cancellationToken).ConfigureAwait(false);
        await _scanned.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return index;
    }

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

    public void DocumentOpened(DocumentRef document)
    {
        _generations.AddOrUpdate(document.Key, 1, (_, g) => g + 1);
        Edited(document);
    }

    public void DocumentChanged(DocumentRef document) => Edited(document);

    public void DocumentClosed(DocumentRef document)
    {
        _generations.AddOrUpdate(document.Key, 1, (_, g) => g + 1);
        if (_pending.TryRemove(document.Key, out var pending)) pending.Cancel();
        var isFile = DocumentUris.TryGetPath(document.Uri, out _);
        if (!_ready.Task.IsCompletedSuccessfully)
        {
            if (!isFile) _uris.TryRemove(document.Key, out _);
            return;
        }
        var index = _ready.Task.Result;
        index.Closed(document.Key);
        // A note on disk keeps its findings, read from the file on the pool (the file may be anything: never on the
        // dispatch thread); a scratch document's go with it. Both under the URI the client used.
        _ = Guard("close", async () =>
        {
            if (isFile) index.FileChanged(document.Key);
            await PublishAsync(index, document.Key).ConfigureAwait(false);
            if (isFile) return;
            _uris.TryRemove(document.Key, out _);
            await _publishing.WaitAsync().ConfigureAwait(false);
            try { _published.Remove(document.Key); } finally { _publishing.Release(); }
        });
    }

    public void ConfigurationChanged(JsonElement? settings) => _ = Guard("configuration change", RequestReloadAsync);

    public void WatchedFilesChanged(IReadOnlyList<WatchedFileChange> changes)
    {
        if (!_ready.Task.IsCompletedSuccessfully) return;
        var index = _ready.Task.Result;
        _ = Guard("file change", async () =>
        {
            if (changes.Any(c => NeedsReload(index, c.Key)))
            {
                await RequestReloadAsync().ConfigureAwait(false);
                return;
            }
            foreach (var change in changes)
            {
                IReadOnlyList<string> keys;
                if (IsNoteFile(change.Key))
                {
                    index.FileChanged(change.Key);
                    keys = [change.Key];
                }
                else keys = index.FolderChanged(change.Key); // editors report a deleted or renamed folder, not its files
                foreach (var key in keys) await PublishAsync(index, key).ConfigureAwait(false);
            }
        });
    }

    private static bool IsNoteFile(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(path);

    /// <summary>Papers, knowledge files and settings need a reload; a note or a folder of notes does not.</summary>
    private bool NeedsReload(NoteIndex index, string path)
    {
        if (_root is not null && string.Equals(path, Path.Combine(_root, WorkspaceSettings.FileName), StringComparison.Ordinal)) return true;
        if (index.IsPaperOrKnowledge(path) || index.Library.Files.Any(f => NoteIndex.IsUnder(path, f))) return true;
        if (IsNoteFile(path)) return false;
        // A folder (there now, or known by the notes under it) is handled note by note; any other file may be a new paper.
        return !Directory.Exists(path) && !index.Keys.Any(k => NoteIndex.IsUnder(path, k)) && !index.Problems.Any(p => NoteIndex.IsUnder(path, p.Path));
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
            var batch = new List<(string Key, int Generation, Publication Publication)>(PublishBatch);
            while (Interlocked.Increment(ref next) is var i && i < ordered.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var key = ordered[i];
                var generation = _generations.GetValueOrDefault(key);
                batch.Add((key, generation, index.PublicationOf(key)));
                if (batch.Count < PublishBatch && i + 1 < ordered.Count) continue;
                publishing.Enqueue(PublishAllAsync([.. batch]));
                batch.Clear();
            }
            if (batch.Count > 0) publishing.Enqueue(PublishAllAsync([.. batch]));
        }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        foreach (var published in publishing) findings += await published.ConfigureAwait(false);
        var problems = index.Problems;
        foreach (var problem in problems) await PublishAsync(index, problem.Path).ConfigureAwait(false);
        return (keys.Count, findings + problems.Count);
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
        if (_root is not null && Path.GetPathRoot(_root) is { } top && string.Equals(Path.TrimEndingDirectorySeparator(_root), Path.TrimEndingDirectorySeparator(top), StringComparison.Ordinal))
        {
            // The root of the file system is no notes folder: reading it would never end (and /proc is in it).
            await client.LogAsync(MessageType.Warning, $"The workspace folder is the root of the file system ({_root}): Marginalia checks only the documents you open.").ConfigureAwait(false);
            _root = null;
        }
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
        await PublishOpenPapersAsync(index).ConfigureAwait(false);
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

    /// <summary>
    /// A reload once the requests pause (a <c>git checkout</c> or a formatter saves many files at once), after the one
    /// running; a newer request cancels an older one still waiting, and stops the publishing of one running.
    /// </summary>
    private Task RequestReloadAsync()
    {
        lock (_gate)
        {
            _reloadCancel?.Cancel();
            var cancel = _reloadCancel = new CancellationTokenSource();
            return _reloading = ReloadAfterAsync(_reloading, cancel.Token);
        }
    }

    private async Task ReloadAfterAsync(Task previous, CancellationToken cancellationToken)
    {
        try { await previous.ConfigureAwait(false); } catch (Exception) { } // its failure was logged where it happened
        await Task.Delay(Debounce, cancellationToken).ConfigureAwait(false);
        await ReloadAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var index = await IndexAsync().ConfigureAwait(false);
        var fresh = await LoadAsync(_root).ConfigureAwait(false);
        var before = index.Keys.Concat(index.Problems.Select(p => p.Path)).ToList();
        index.Reconfigure(fresh.Library, fresh.Settings);
        index.Scan();
        // Notes gone from disk (or no longer notes under the new globs) are cleared, not left as ghosts.
        var now = index.Keys.Concat(index.Problems.Select(p => p.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in before.Where(k => !now.Contains(k))) await PublishAsync(index, gone).ConfigureAwait(false);
        await CheckWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        await PublishOpenPapersAsync(index).ConfigureAwait(false);
        await SendStatusAsync(index, StatusState.Ready).ConfigureAwait(false);
    }

    /// <summary>The papers open in the editor, audited against the papers just loaded (opened before, or changed on disk).</summary>
    private async Task PublishOpenPapersAsync(NoteIndex index)
    {
        foreach (var open in documents.All.Where(d => index.PaperAt(d.Key) is not null)) await PublishAsync(index, open.Key).ConfigureAwait(false);
    }

    /// <summary>
    /// The papers and settings: the workspace's file, the editor's settings over it, the shipped paper when there is
    /// no folder. Never fails on a file caught mid-edit: its problem is reported on it, and the defaults stand in until
    /// it is fixed (a change to it reloads).
    /// </summary>
    private async Task<NoteIndex> LoadAsync(string? root)
    {
        var fileSettings = WorkspaceSettings.Default;
        Core.InputException? settingsProblem = null;
        if (root is not null)
        {
            try
            {
                fileSettings = WorkspaceSettings.Load(root);
            }
            catch (Core.InputException e)
            {
                settingsProblem = e;
            }
        }
        await ReportSettingsAsync(settingsProblem).ConfigureAwait(false);
        var editor = await client.GetConfigurationAsync(new ConfigurationParams([new ConfigurationItem(Section: "marginalia")])).ConfigureAwait(false);
        var settings = EditorSettings.Apply(fileSettings, editor[0]);
        PaperLibrary library;
        try
        {
            library = root is null ? PaperLibrary.Shipped() : PaperLibrary.Load(root, settings);
        }
        catch (Core.InputException e)
        {
            await client.LogAsync(MessageType.Error, e.Message).ConfigureAwait(false);
            library = PaperLibrary.Shipped();
        }
        foreach (var problem in library.AllProblems) await client.LogAsync(MessageType.Warning, problem.ToString()).ConfigureAwait(false);
        if (library.AllProblems.Any())
            await client.ShowMessageAsync(MessageType.Warning, $"Marginalia: {library.AllProblems.Count()} problem(s) in the papers or knowledge files; see the output.");
        return new NoteIndex(root, library, settings);
    }

    /// <summary>A broken settings file: a diagnostic on it and a message; cleared once it reads again.</summary>
    private async Task ReportSettingsAsync(Core.InputException? problem)
    {
        var previous = Interlocked.Exchange(ref _settingsProblem, problem?.Path);
        if (problem is not null)
        {
            await client.LogAsync(MessageType.Error, problem.Message).ConfigureAwait(false);
            await client.ShowMessageAsync(MessageType.Error, $"Marginalia: {problem.Message}; the default settings are used until it is fixed.").ConfigureAwait(false);
            await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(UriOf(problem.Path), [DiagnosticMapper.ToDiagnostic(problem)])).ConfigureAwait(false);
        }
        else if (previous is not null)
        {
            await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(UriOf(previous), [])).ConfigureAwait(false);
        }
    }

    /// <summary>Publishes what the index holds for a key now: findings, a problem, or an empty list.</summary>
    private Task<int> PublishAsync(NoteIndex index, string key)
    {
        var generation = _generations.GetValueOrDefault(key);
        return PublishAsync(key, generation, PaperPublication(index, key) ?? index.PublicationOf(key));
    }

    /// <summary>
    /// A paper open in the editor: the statements its own dates contradict, as information with the passage that
    /// denies each (the paper is the source, not a note). Null for anything else, and for a paper once closed.
    /// </summary>
    private Publication? PaperPublication(NoteIndex index, string key)
    {
        if (documents.Get(key) is not { } open || index.PaperAt(key) is not { } paper) return null;
        return new Publication(null, new NoteSummary(PaperAudit.Findings(paper), [], new Dictionary<string, int>()), null, open.Version);
    }

    private async Task<int> PublishAllAsync(IReadOnlyList<(string Key, int Generation, Publication Publication)> batch)
    {
        var findings = 0;
        foreach (var (key, generation, publication) in batch) findings += await PublishAsync(key, generation, publication).ConfigureAwait(false);
        return findings;
    }

    /// <summary>
    /// The one place diagnostics are sent. A publication computed before the document was opened or closed again,
    /// or for a version older than the one last published, is dropped (a newer one is sent or on its way); a key
    /// whose URI changed (the client spells it its own way) has its old URI cleared.
    /// </summary>
    private async Task<int> PublishAsync(string key, int generation, Publication publication)
    {
        Diagnostic[] diagnostics = publication switch
        {
            { Summary: { } summary } => [.. summary.Findings.Select(DiagnosticMapper.ToDiagnostic)],
            { Problem: { } problem } => [DiagnosticMapper.ToDiagnostic(problem)],
            _ => [],
        };
        await _publishing.WaitAsync().ConfigureAwait(false);
        try
        {
            if (generation != _generations.GetValueOrDefault(key)) return 0;
            _published.TryGetValue(key, out var last);
            if (last is not null && last.Generation == generation && publication.Version is { } version && last.Version is { } lastVersion && version < lastVersion)
                return 0;
            var uri = UriOf(key);
            var digest = System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(diagnostics, LspJson.Options));
            // A file's findings unchanged by a reload or a save are not sent again (10,000 notes, a handful changed).
            if (last is not null && last.Uri == uri && last.Generation == generation && publication.Version is null && last.Version is null
                && last.Digest.AsSpan().SequenceEqual(digest))
                return diagnostics.Length;
            _published[key] = new Published(uri, generation, publication.Version, digest);
            if (last is not null && last.Uri != uri)
                await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(last.Uri, [])).ConfigureAwait(false);
            await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(uri, diagnostics, publication.Version)).ConfigureAwait(false);
            return diagnostics.Length;
        }
        finally
        {
            _publishing.Release();
        }
    }

    private sealed record Published(string Uri, int Generation, int? Version, byte[] Digest);

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
        catch (OperationCanceledException) when (what != "start-up")
        {
            // superseded (a newer reload), not failed
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
