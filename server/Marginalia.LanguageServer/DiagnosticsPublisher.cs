using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Marginalia.Core.Checks;
using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Features.Diagnostics;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer;

/// <summary>
/// The one publisher of diagnostics (as Marksman's <c>DiagnosticsManager</c>): the writer marks it dirty after each
/// change; once changes pause (<see cref="WorkspaceSession.Debounce"/>) it takes the newest snapshot, diffs it against
/// what it last published, and publishes only the keys that differ. Start-up is the diff from the empty snapshot.
/// </summary>
/// <remarks>
/// <para>
/// What was last published is kept per key, with the <see cref="Stamp"/> of the snapshot it came from: the note's entry in
/// the index, the document, its generation and the papers, compared by reference (new papers or settings make every
/// entry new). A pass checks the keys that differ on threads of its own (checking is long and CPU-bound; the pool stays
/// free for requests), open documents first, and publishes them a batch at a time. While a long pass runs (start-up's,
/// a reload's), the documents open in the editor are diffed and published beside it after each pause in typing; what
/// else changed meanwhile is diffed by the next pass. Changes coming without a pause hold a pass back for
/// <see cref="MaxWait"/> at most.
/// </para>
/// <para>
/// A publication is sent only if its key's stamp is still the newest snapshot's (else a newer one is on its way), never
/// for a version older than the one last sent, and under the URI the client used (the old one cleared when it changed);
/// findings already sent for the same version (a file's: none) are not sent again.
/// </para>
/// </remarks>
public sealed class DiagnosticsPublisher
{
    private readonly LanguageClient client;
    private readonly Func<WorkspaceSnapshot> newest;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private long _marks; // how many changes were marked: a long pass knows by it whether changes came while it ran
    private long _lastMark; // when the last change was marked (a Stopwatch timestamp)
    private int _force;
    private volatile bool _stopped;
    private readonly Lock _waitersGate = new();
    private readonly List<(long Sequence, TaskCompletionSource Done)> _waiters = [];

    // What was last published for each key, under which URI, from which stamp: sends are serialized.
    private readonly Dictionary<string, Published> _published = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sending = new(1, 1);

    /// <summary>How long changes coming without a pause may hold a pass back: five debounces.</summary>
    public static TimeSpan MaxWait => WorkspaceSession.Debounce * 5;

    public DiagnosticsPublisher(LanguageClient client, Func<WorkspaceSnapshot> newest)
    {
        this.client = client;
        this.newest = newest;
        _ = Task.Run(RunAsync);
    }

    /// <summary>A new snapshot was made (called by the writer after every change): publish what it changed once changes pause.</summary>
    public void Changed()
    {
        Volatile.Write(ref _lastMark, System.Diagnostics.Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _marks);
        _wake.Writer.TryWrite(true);
    }

    /// <summary>
    /// Completes once a pass over a snapshot at least as new as <paramref name="sequence"/> has published every key that
    /// differed; with <paramref name="everything"/>, every key of that snapshot is published again (unchanged files' findings are still not re-sent).
    /// </summary>
    public Task FlushAsync(long sequence, bool everything = false, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waitersGate)
        {
            if (_stopped) done.TrySetCanceled(); // the server is done: no pass will come
            else _waiters.Add((sequence, done));
        }
        if (everything) Volatile.Write(ref _force, 1);
        Changed();
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Ends the loop (the server is done); a flush still waiting is cancelled.</summary>
    public void Stop()
    {
        _wake.Writer.TryComplete();
        lock (_waitersGate)
        {
            _stopped = true;
            foreach (var (_, done) in _waiters) done.TrySetCanceled();
            _waiters.Clear();
        }
    }

    /// <summary>Sends diagnostics the snapshot does not hold (the settings file's problem) through the same serialized door.</summary>
    public async Task SendAsync(string uri, Diagnostic[] diagnostics)
    {
        await _sending.WaitAsync().ConfigureAwait(false);
        try { await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(uri, diagnostics)).ConfigureAwait(false); }
        finally { _sending.Release(); }
    }

    private async Task RunAsync()
    {
        Task<bool>? wake = null;
        Task? full = null; // the pass over every key that differs, while it runs
        long fullMarks = 0;
        while (true)
        {
            wake ??= _wake.Reader.WaitToReadAsync().AsTask();
            if (full is not null && await Task.WhenAny(wake, full).ConfigureAwait(false) == full)
            {
                full = null;
                // Changes made meanwhile that the documents' lane did not publish (a file changed on disk): a pass from the
                // newest snapshot diffs them now.
                if (Volatile.Read(ref _marks) != fullMarks) _wake.Writer.TryWrite(true);
                continue;
            }
            if (!await wake.ConfigureAwait(false)) break;
            wake = null;
            // Coalesce: wait until the last change is a whole debounce old — or, while typing goes on without a pause, for
            // MaxWait at most: the document's latest version is not held back.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (WorkspaceSession.Debounce - System.Diagnostics.Stopwatch.GetElapsedTime(Volatile.Read(ref _lastMark)) is var left
                   && left > TimeSpan.Zero && waited.Elapsed < MaxWait)
                await Task.Delay(left).ConfigureAwait(false);
            var marks = Volatile.Read(ref _marks);
            _wake.Reader.TryRead(out _); // before the snapshot is taken: a change made after wakes the next pass
            var snapshot = newest();
            if (full is not null)
            {
                // A long pass goes on (start-up's or a reload's 10,000 notes): the documents open in the editor are diffed
                // and published beside it, so an edit is not held back by it.
                await GuardedAsync(PassAsync(snapshot, everything: false, documentsOnly: true)).ConfigureAwait(false);
                continue;
            }
            List<(long Sequence, TaskCompletionSource Done)> waiting;
            lock (_waitersGate) waiting = [.. _waiters];
            var everything = Interlocked.Exchange(ref _force, 0) == 1;
            fullMarks = marks;
            full = FullPassAsync(snapshot, everything, waiting);
        }
        if (full is not null) await full.ConfigureAwait(false);
    }

    /// <summary>A pass over every key that differs; then the flushes it answers (those of a snapshot no newer than its own) are done.</summary>
    private async Task FullPassAsync(WorkspaceSnapshot snapshot, bool everything, List<(long Sequence, TaskCompletionSource Done)> waiting)
    {
        await Task.Yield();
        await GuardedAsync(PassAsync(snapshot, everything, documentsOnly: false)).ConfigureAwait(false);
        lock (_waitersGate)
        {
            foreach (var waiter in waiting.Where(w => w.Sequence <= snapshot.Sequence))
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    /// <summary>A pass whose failure is logged, not thrown: waiting on it would wedge start-up.</summary>
    private async Task GuardedAsync(Task pass)
    {
        try
        {
            await pass.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            client.LogFailure("diagnostics", null, e);
        }
    }

    /// <summary>
    /// Publishes the keys whose stamp differs from what was last published: every key, or only the documents open in the
    /// editor and the keys opened or closed since (the lane beside a long pass).
    /// </summary>
    private async Task PassAsync(WorkspaceSnapshot snapshot, bool everything, bool documentsOnly)
    {
        if (snapshot.Notes is not { } index) return;
        List<string> keys;
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            var candidates = documentsOnly
                ? snapshot.OpenDocuments.Select(d => d.Key).Concat(_published.Where(p => p.Value.Stamp.Generation != snapshot.GenerationOf(p.Key)).Select(p => p.Key))
                : index.AllKeys.Concat(snapshot.OpenDocuments.Select(d => d.Key)).Concat(_published.Keys);
            keys = [.. candidates
                .Distinct(StringComparer.Ordinal)
                .Where(key => !_published.TryGetValue(key, out var last) ? IsLive(snapshot, key) : everything || !last.Stamp.Same(Stamp.Of(snapshot, key)))
                .OrderBy(key => snapshot.OpenDocument(key) is null)
                .ThenBy(key => key, StringComparer.Ordinal)];
        }
        finally
        {
            _sending.Release();
        }
        if (keys.Count == 0) return;

        var next = -1;
        var sending = new ConcurrentQueue<Task>();
        var workers = Enumerable.Range(0, Math.Min(WorkspaceSession.Workers, keys.Count)).Select(_ => Task.Factory.StartNew(() =>
        {
            var batch = new List<(string Key, Stamp Stamp, Publication Publication)>(WorkspaceSession.PublishBatch);
            while (Interlocked.Increment(ref next) is var i && i < keys.Count)
            {
                var key = keys[i];
                batch.Add((key, Stamp.Of(snapshot, key), PublicationOf(snapshot, key)));
                if (!EndsBatch(batch.Count, last: i + 1 == keys.Count, open: snapshot.OpenDocument(key) is not null)) continue;
                sending.Enqueue(SendAllAsync([.. batch]));
                batch.Clear();
            }
            if (batch.Count > 0) sending.Enqueue(SendAllAsync([.. batch]));
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        foreach (var sent in sending) await sent.ConfigureAwait(false);
    }

    /// <summary>
    /// Whether a worker sends its batch after a key: when the batch is full, at the last key, or after a document open in
    /// the editor, which is not held back by the notes its worker checks after it (a long README read as a note takes half
    /// a minute).
    /// </summary>
    internal static bool EndsBatch(int count, bool last, bool open) => open || last || count >= WorkspaceSession.PublishBatch;

    /// <summary>Whether the snapshot holds anything for a key (a note, a problem, an open document): else it is published empty, once, and forgotten.</summary>
    private static bool IsLive(WorkspaceSnapshot snapshot, string key) => snapshot.Notes!.StampOf(key) is not null || snapshot.OpenDocument(key) is not null;

    /// <summary>What a snapshot holds for a key: findings, a problem, or nothing (an empty list).</summary>
    private static Publication PublicationOf(WorkspaceSnapshot snapshot, string key) =>
        PaperPublication(snapshot, key) ?? snapshot.Notes!.PublicationOf(key);

    /// <summary>
    /// A paper open in the editor: the statements its own dates contradict, as information with the passage that
    /// denies each (the paper is the source, not a note). Null for anything else, and for a paper once closed.
    /// </summary>
    private static Publication? PaperPublication(WorkspaceSnapshot snapshot, string key)
    {
        if (snapshot.OpenDocument(key) is not { } open || snapshot.Notes!.PaperAt(key) is not { } paper) return null;
        return new Publication(null, new NoteSummary(PaperAudit.Findings(paper, snapshot.Settings.SeverityOf), [], new Dictionary<string, int>()), null, open.Version);
    }

    private async Task SendAllAsync(IReadOnlyList<(string Key, Stamp Stamp, Publication Publication)> batch)
    {
        foreach (var (key, stamp, publication) in batch) await SendAsync(key, stamp, publication).ConfigureAwait(false);
    }

    /// <summary>
    /// The one place a key's diagnostics are sent. A publication whose key changed since (a newer one is on its way) or
    /// for a version older than the one last published is dropped; a key whose URI changed (the client spells it its
    /// own way) has its old URI cleared; a key the snapshot no longer holds is cleared and forgotten.
    /// </summary>
    private async Task SendAsync(string key, Stamp stamp, Publication publication)
    {
        Diagnostic[] diagnostics = publication switch
        {
            { Summary: { } summary } => [.. summary.Findings.Select(DiagnosticMapper.ToDiagnostic)],
            { Problem: { } problem } => [DiagnosticMapper.ToDiagnostic(problem)],
            _ => [],
        };
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            var current = newest();
            if (!Stamp.Of(current, key).Same(stamp)) return;
            _published.TryGetValue(key, out var last);
            if (last is not null && last.Stamp.Generation == stamp.Generation && publication.Version is { } version && last.Version is { } lastVersion && version < lastVersion)
                return;
            var uri = WorkspaceSession.UriOf(current, key);
            var digest = System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(diagnostics, LspJson.Options));
            var live = IsLive(current, key);
            if (live) _published[key] = new Published(uri, stamp, publication.Version, digest);
            else _published.Remove(key);
            // Findings already sent for this version (a file's: none) under this URI are not sent again: a reload or a save
            // leaves most of 10,000 notes unchanged. An open document's next version is always sent, as the editor waits for it.
            if (last is not null && last.Uri == uri && last.Stamp.Generation == stamp.Generation && publication.Version == last.Version && last.Digest.AsSpan().SequenceEqual(digest))
                return;
            if (!live && last is null) return; // never published: nothing to clear
            if (last is not null && last.Uri != uri)
                await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(last.Uri, [])).ConfigureAwait(false);
            await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(uri, diagnostics, publication.Version)).ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
        }
    }

    private sealed record Published(string Uri, Stamp Stamp, int? Version, byte[] Digest);

    /// <summary>What a snapshot holds for a key, compared by reference: the same stamp, the same publication.</summary>
    private readonly record struct Stamp(object? Entry, WorkspaceDocument? Document, int Generation, PaperLibrary? Library)
    {
        public static Stamp Of(WorkspaceSnapshot snapshot, string key) =>
            new(snapshot.Notes?.StampOf(key), snapshot.Documents.GetValueOrDefault(key), snapshot.GenerationOf(key), snapshot.Library);

        public bool Same(Stamp other) =>
            ReferenceEquals(Entry, other.Entry) && ReferenceEquals(Document, other.Document) && Generation == other.Generation && ReferenceEquals(Library, other.Library);
    }
}
