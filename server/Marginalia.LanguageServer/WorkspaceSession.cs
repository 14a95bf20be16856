using System.Threading.Channels;
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
/// <b>One publisher.</b> Every change marks the <see cref="DiagnosticsPublisher"/> dirty; once changes pause
/// (<see cref="Debounce"/>) it diffs the newest snapshot against what it last published and publishes only what differs.
/// Start-up is the same path from <see cref="WorkspaceSnapshot.Empty"/>: the papers loaded, then the notes read, then
/// every note published (the diff from nothing). Reloads coalesce, and a newer one cancels the one it supersedes.
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
    private readonly Lock _reloadGate = new();
    private readonly DiagnosticsPublisher _publisher;
    private string? _settingsProblem;
    private Task _reloading = Task.CompletedTask;
    private CancellationTokenSource? _reloadCancel;
    private EventCards? _cards;
    private volatile bool _stopped;

    public WorkspaceSession(LanguageClient client)
    {
        this.client = client;
        _publisher = new DiagnosticsPublisher(client, () => Current);
        _ = Task.Run(WriteAsync);
    }

    /// <summary>How many notes the publisher checks at once: every core, as requests are short and come one at a time.</summary>
    public static int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How many notes a publisher's worker checks before publishing their diagnostics.</summary>
    public const int PublishBatch = 32;

    /// <summary>The newest snapshot the writer made (changes posted since may not be applied yet: requests use <see cref="SnapshotAsync"/>).</summary>
    public WorkspaceSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Ends the writer once the changes posted are applied (the server is done): nothing is posted after.</summary>
    public void Stop()
    {
        _stopped = true;
        _changes.Writer.TryComplete();
        _publisher.Stop();
    }

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

    /// <summary>Starts the workspace: the papers loaded, the notes read, every note published. The task ends when start-up has, and never fails.</summary>
    public Task Initialized(InitializeParams initialize) => Guard("start-up", () => StartAsync(initialize));

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
                _publisher.Changed();
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

    /// <summary>What follows a change besides its publishing (the publisher diffs the snapshots): a reload, a log line. Never waits.</summary>
    private void React(WorkspaceChange change, Applied applied)
    {
        if (applied.Ignored is { } ignored) _ = client.LogAsync(MessageType.Warning, ignored);
        if (applied.NeedsReload) _ = Guard(Describe(change), RequestReloadAsync);
        switch (change)
        {
            case WorkspaceChange.Loaded { IsReload: false }:
                _ready.TrySetResult();
                break;
            case WorkspaceChange.Scanned:
                _scanned.TrySetResult();
                break;
        }
    }

    /// <summary>Every note's findings published (`Check Workspace` in the editor): the publisher's pass over everything, unchanged files' findings not sent again.</summary>
    public async Task<(int Notes, int Findings)> CheckWorkspaceAsync(CancellationToken cancellationToken)
    {
        await _ready.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        await _scanned.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        await _publisher.FlushAsync(snapshot.Sequence, everything: true, cancellationToken).ConfigureAwait(false);
        var index = snapshot.Notes!;
        var findings = index.Keys.Sum(key => index.PublicationOf(key).Summary?.Findings.Count ?? 0); // checked by the pass
        return (index.Keys.Count, findings + index.Problems.Count);
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
        // Read ahead from the empty snapshot: a file reported changed meanwhile is read again by the step.
        var scanned = await ApplyAsync(new WorkspaceChange.Scanned(await ReadAheadAsync(readAhead).ConfigureAwait(false), ReadAfter: WorkspaceSnapshot.Empty.Sequence)).ConfigureAwait(false);
        await _publisher.FlushAsync(scanned.Snapshot.Sequence).ConfigureAwait(false); // every note, diffed from nothing
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
    /// running; a newer request cancels an older one still waiting or loading (its <c>Loaded</c> is never posted).
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
        // The publisher diffs it: every note checked against the new papers, ghosts cleared, open papers audited again.
        await _publisher.FlushAsync(applied.Snapshot.Sequence, cancellationToken: cancellationToken).ConfigureAwait(false);
        await SendStatusAsync(Current, StatusState.Ready).ConfigureAwait(false);
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
            await _publisher.SendAsync(UriOf(problem.Path), [DiagnosticMapper.ToDiagnostic(problem)]).ConfigureAwait(false);
        }
        else if (previous is not null)
        {
            await _publisher.SendAsync(UriOf(previous), []).ConfigureAwait(false);
        }
    }

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
        catch (OperationCanceledException) when (what != "start-up" || _stopped)
        {
            // superseded (a newer reload), or the server stopped (the client went away mid start-up): not failed
            if (_stopped)
            {
                _ready.TrySetCanceled();
                _scanned.TrySetCanceled();
            }
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
