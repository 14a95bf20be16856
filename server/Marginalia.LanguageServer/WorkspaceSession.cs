using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Marginalia.Core.Checks;
using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Features.Diagnostics;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer;

/// <summary>
/// The workspace's state and its one writer, and the one publisher of diagnostics.
/// </summary>
/// <remarks>
/// <para>
/// <b>One state, one writer.</b> The state is a <see cref="WorkspaceSnapshot"/>, never changed once made. Handlers
/// <see cref="Post"/> a <see cref="WorkspaceChange"/> (in the order the client sent them) and return; one loop, on the
/// thread pool, applies the changes one at a time (<see cref="WorkspaceSnapshot.Apply"/>, where any file a change needs
/// is read) and is the only code that replaces <see cref="Current"/>. Requests take a snapshot
/// (<see cref="SnapshotAsync"/>: every change posted before them applied) and hold no lock.
/// </para>
/// <para>
/// <b>One publisher.</b> After a change, the keys it touched are published from the newest snapshot — an edited note
/// once typing pauses (<see cref="Debounce"/>). Start-up is the same path from <see cref="WorkspaceSnapshot.Empty"/>: the
/// papers loaded, then the notes read, then every note published. A publication is never for a version older than the
/// one last sent, nor for an earlier opening of the document; a file's unchanged findings are not sent again.
/// </para>
/// </remarks>
public sealed class WorkspaceSession
{
    /// <summary>How long typing must pause before a note is checked again.</summary>
    public static TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(200);

    private readonly LanguageClient client;
    private readonly Channel<Step> _changes = Channel.CreateUnbounded<Step>(new UnboundedChannelOptions { SingleReader = true });
    private WorkspaceSnapshot _current = WorkspaceSnapshot.Empty; // replaced by the writer loop only
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _scanned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly Lock _reloadGate = new();

    // What was last published for each key, under which URI, for which opening of the document (its generation)
    // and version: never a version older than the last, never two URIs for one key.
    private readonly Dictionary<string, Published> _published = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private string? _settingsProblem;
    private Task _reloading = Task.CompletedTask;
    private CancellationTokenSource? _reloadCancel;
    private EventCards? _cards;

    public WorkspaceSession(LanguageClient client)
    {
        this.client = client;
        _ = Task.Run(WriteAsync);
    }

    /// <summary>How many notes are checked at once at start-up: every core, as requests are short and come one at a time.</summary>
    public static int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How many notes a worker checks before publishing their diagnostics.</summary>
    public const int PublishBatch = 32;

    /// <summary>The newest snapshot the writer made (changes posted since may not be applied yet: requests use <see cref="SnapshotAsync"/>).</summary>
    public WorkspaceSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Ends the writer once the changes posted are applied (the server is done): nothing is posted after.</summary>
    public void Stop() => _changes.Writer.TryComplete();

    /// <summary>Hands a change to the writer; returns at once. Changes are applied in the order posted.</summary>
    public void Post(WorkspaceChange change) => _changes.Writer.TryWrite(new Step(change, null));

    /// <summary>Hands a change to the writer and waits until it is applied.</summary>
    public Task<Applied> ApplyAsync(WorkspaceChange change)
    {
        var done = new TaskCompletionSource<Applied>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_changes.Writer.TryWrite(new Step(change, done))) done.TrySetCanceled(); // stopped
        return done.Task;
    }

    /// <summary>A snapshot with the papers loaded and every change posted before this call applied: what a request reads.</summary>
    public async Task<WorkspaceSnapshot> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        await _ready.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await AppliedAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A snapshot with every change posted before this call applied, papers loaded or not.</summary>
    public async Task<WorkspaceSnapshot> AppliedAsync(CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource<Applied>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_changes.Writer.TryWrite(new Step(null, done))) done.TrySetCanceled(); // stopped
        return (await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false)).Snapshot;
    }

    /// <summary>The notes' index of the current snapshot, once the papers are loaded.</summary>
    public async Task<NoteIndex> IndexAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken).ConfigureAwait(false)).Notes!;

    /// <summary>The index once the notes on disk have been read: what an answer about every note (the timeline) waits for.</summary>
    public async Task<NoteIndex> NotesAsync(CancellationToken cancellationToken = default)
    {
        await _scanned.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await IndexAsync(cancellationToken).ConfigureAwait(false); // a snapshot taken once the notes are read
    }

    /// <summary>The cards of the index's knowledge: one instance per knowledge base, so an event's card is written once.</summary>
    public EventCards CardsFor(NoteIndex index)
    {
        var knowledge = index.Library.Knowledge;
        var cards = Volatile.Read(ref _cards);
        if (cards is not null && ReferenceEquals(cards.Knowledge, knowledge)) return cards;
        // Counted in the newest snapshot's notes (the cards outlive the snapshot they were made for).
        cards = new EventCards(knowledge, DocumentUris.FromPath, actor => (Current.Notes ?? index).TimesNamed(actor.Id));
        Volatile.Write(ref _cards, cards);
        return cards;
    }

    /// <summary>The URI to speak of a note by: the one the client used, else the file's.</summary>
    public string UriOf(string key) => UriOf(Current, key);

    /// <summary>The URI to speak of a note by in a snapshot: the one the client used, else the file's.</summary>
    public static string UriOf(WorkspaceSnapshot snapshot, string key) => snapshot.UriOf(key) ?? DocumentUris.FromPath(key);

    /// <summary>Starts the workspace: the papers loaded, the notes read, every note published.</summary>
    public void Initialized(InitializeParams initialize) => _ = Guard("start-up", () => StartAsync(initialize));

    /// <summary>The one writer: applies each change in order and replaces the snapshot; never ends on a failing change.</summary>
    private async Task WriteAsync()
    {
        await foreach (var step in _changes.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (step.Change is not { } change)
            {
                step.Done!.TrySetResult(new Applied(Current, []));
                continue;
            }
            try
            {
                var applied = Current.Apply(change);
                Volatile.Write(ref _current, applied.Snapshot);
                React(change, applied);
                step.Done?.TrySetResult(applied);
            }
            catch (Exception e)
            {
                client.LogFailure(Describe(change), (change as WorkspaceChange.Opened)?.Key ?? (change as WorkspaceChange.Edited)?.Key ?? (change as WorkspaceChange.Closed)?.Key, e);
                step.Done?.TrySetException(e);
            }
        }
    }

    private static string Describe(WorkspaceChange change) => change switch
    {
        WorkspaceChange.Opened => "open",
        WorkspaceChange.Edited => "change",
        WorkspaceChange.Closed => "close",
        WorkspaceChange.FilesChanged => "file change",
        WorkspaceChange.Reconfigured => "configuration change",
        WorkspaceChange.Loaded => "loading",
        _ => "reading the notes",
    };

    /// <summary>What follows a change: the publishing of what it touched, a reload, a log line. Never waits.</summary>
    private void React(WorkspaceChange change, Applied applied)
    {
        if (applied.Ignored is { } ignored) _ = client.LogAsync(MessageType.Warning, ignored);
        if (applied.NeedsReload) _ = Guard(Describe(change), RequestReloadAsync);
        var snapshot = applied.Snapshot;
        switch (change)
        {
            case WorkspaceChange.Opened or WorkspaceChange.Edited:
                foreach (var key in applied.Changed) Schedule(key);
                break;
            case WorkspaceChange.Closed closed:
                if (_pending.TryRemove(closed.Key, out var pending)) pending.Cancel();
                if (applied.Changed.Count == 0) break;
                // A note on disk keeps its findings (read by the writer); a scratch document's go with it. Both under the URI the client used.
                _ = Guard("close", async () =>
                {
                    await PublishAsync(snapshot, closed.Key).ConfigureAwait(false);
                    if (closed.IsFile) return;
                    await _publishing.WaitAsync().ConfigureAwait(false);
                    try { _published.Remove(closed.Key); } finally { _publishing.Release(); }
                });
                break;
            case WorkspaceChange.FilesChanged when applied.Changed.Count > 0:
                _ = Guard("file change", async () =>
                {
                    foreach (var key in applied.Changed) await PublishAsync(snapshot, key).ConfigureAwait(false);
                });
                break;
            case WorkspaceChange.Loaded { IsReload: false }:
                _ready.TrySetResult();
                break;
            case WorkspaceChange.Scanned:
                _scanned.TrySetResult();
                break;
        }
    }

    /// <summary>Checks every note and publishes its findings: `Check Workspace` in the editor.</summary>
    /// <remarks>
    /// The notes open in the editor first, then the rest in path order, <see cref="Workers"/> at a time on the
    /// thread pool; each worker publishes its notes a batch at a time. Notes already checked cost nothing.
    /// </remarks>
    public async Task<(int Notes, int Findings)> CheckWorkspaceAsync(CancellationToken cancellationToken)
    {
        await _ready.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        await _scanned.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var index = snapshot.Notes!;
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
                var generation = snapshot.GenerationOf(key);
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
        foreach (var problem in problems) await PublishAsync(snapshot, problem.Path).ConfigureAwait(false);
        return (keys.Count, findings + problems.Count);
    }

    private void Schedule(string key)
    {
        var next = new CancellationTokenSource();
        _pending.AddOrUpdate(key, next, (_, old) => { old.Cancel(); return next; });
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
            await PublishAsync(Current, key).ConfigureAwait(false);
        });
    }

    private async Task StartAsync(InitializeParams initialize)
    {
        var root = RootOf(initialize);
        if (root is not null && Path.GetPathRoot(root) is { } top && string.Equals(Path.TrimEndingDirectorySeparator(root), Path.TrimEndingDirectorySeparator(top), StringComparison.Ordinal))
        {
            // The root of the file system is no notes folder: reading it would never end (and /proc is in it).
            await client.LogAsync(MessageType.Warning, $"The workspace folder is the root of the file system ({root}): Marginalia checks only the documents you open.").ConfigureAwait(false);
            root = null;
        }
        // The notes are read from disk while the papers load, by threads of their own (the pool's must stay free
        // to read the editor's answer to workspace/configuration); the index takes them if the editor's settings
        // do not change which files are notes.
        var readAhead = root is null ? Task.FromResult<NotesRead?>(null)
            : Task.Factory.StartNew<NotesRead?>(() => NoteFiles.ReadAll(root, WorkspaceSettings.Load(root)),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var (library, settings) = await LoadAsync(root).ConfigureAwait(false);
        var loaded = await ApplyAsync(new WorkspaceChange.Loaded(root, library, settings, IsReload: false)).ConfigureAwait(false);
        await SendStatusAsync(loaded.Snapshot, StatusState.Indexing).ConfigureAwait(false);
        var scanned = await ApplyAsync(new WorkspaceChange.Scanned(await ReadAheadAsync(readAhead).ConfigureAwait(false))).ConfigureAwait(false);
        await CheckWorkspaceAsync(CancellationToken.None).ConfigureAwait(false);
        await PublishOpenPapersAsync(Current).ConfigureAwait(false);
        await SendStatusAsync(scanned.Snapshot, StatusState.Ready).ConfigureAwait(false);
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
        lock (_reloadGate)
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
        var root = (await SnapshotAsync(CancellationToken.None).ConfigureAwait(false)).Root;
        var (library, settings) = await LoadAsync(root).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested(); // superseded: the newer reload loads again
        // The notes read here, by a thread of its own, so the writer goes on taking edits meanwhile; a file reported
        // changed after this snapshot is read again by the step that applies the reload.
        var readAfter = (await AppliedAsync(CancellationToken.None).ConfigureAwait(false)).Sequence;
        var notes = root is null ? null : await ReadAheadAsync(Task.Factory.StartNew<NotesRead?>(() => NoteFiles.ReadAll(root, settings),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var applied = await ApplyAsync(new WorkspaceChange.Loaded(root, library, settings, IsReload: true, notes, readAfter)).ConfigureAwait(false);
        // Notes gone from disk (or no longer notes under the new globs) are cleared, not left as ghosts.
        foreach (var gone in applied.Changed) await PublishAsync(applied.Snapshot, gone).ConfigureAwait(false);
        await CheckWorkspaceAsync(cancellationToken).ConfigureAwait(false);
        await PublishOpenPapersAsync(Current).ConfigureAwait(false);
        await SendStatusAsync(Current, StatusState.Ready).ConfigureAwait(false);
    }

    /// <summary>The papers open in the editor, audited against the papers just loaded (opened before, or changed on disk).</summary>
    private async Task PublishOpenPapersAsync(WorkspaceSnapshot snapshot)
    {
        foreach (var open in snapshot.OpenDocuments.Where(d => snapshot.Notes!.PaperAt(d.Key) is not null).ToList())
            await PublishAsync(snapshot, open.Key).ConfigureAwait(false);
    }

    /// <summary>
    /// The papers and settings: the workspace's file, the editor's settings over it, the shipped paper when there is
    /// no folder. Never fails on a file caught mid-edit: its problem is reported on it, and the defaults stand in until
    /// it is fixed (a change to it reloads).
    /// </summary>
    private async Task<(PaperLibrary Library, WorkspaceSettings Settings)> LoadAsync(string? root)
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
        return (library, settings);
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

    /// <summary>Publishes what a snapshot holds for a key: findings, a problem, or an empty list.</summary>
    private Task<int> PublishAsync(WorkspaceSnapshot snapshot, string key)
    {
        var generation = snapshot.GenerationOf(key);
        return PublishAsync(key, generation, PaperPublication(snapshot, key) ?? snapshot.Notes!.PublicationOf(key));
    }

    /// <summary>
    /// A paper open in the editor: the statements its own dates contradict, as information with the passage that
    /// denies each (the paper is the source, not a note). Null for anything else, and for a paper once closed.
    /// </summary>
    private static Publication? PaperPublication(WorkspaceSnapshot snapshot, string key)
    {
        if (snapshot.OpenDocument(key) is not { } open || snapshot.Notes!.PaperAt(key) is not { } paper) return null;
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
            var current = Current;
            if (generation != current.GenerationOf(key)) return 0;
            _published.TryGetValue(key, out var last);
            if (last is not null && last.Generation == generation && publication.Version is { } version && last.Version is { } lastVersion && version < lastVersion)
                return 0;
            var uri = UriOf(current, key);
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

    /// <summary>What the writer takes: a change (and who waits for it to be applied), or, with no change, a reader waiting for a snapshot.</summary>
    private sealed record Step(WorkspaceChange? Change, TaskCompletionSource<Applied>? Done);

    private Task SendStatusAsync(WorkspaceSnapshot snapshot, string state) =>
        client.SendStatusAsync(new MarginaliaStatus(state, [.. snapshot.Library!.Knowledge.Papers.Select(p => p.Paper.FileName)], snapshot.Notes!.Keys.Count));

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
