using System.Collections.Immutable;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>
/// What can happen to a workspace: the closed set of changes its one writer applies, in order
/// (<see cref="WorkspaceSnapshot.Apply"/>). Nothing else changes the state.
/// </summary>
public abstract record WorkspaceChange
{
    private WorkspaceChange() { }

    /// <summary>The editor opened a document (<paramref name="Uri"/> as the client spells it, <paramref name="LanguageId"/> as it names its language).</summary>
    public sealed record Opened(string Uri, string Key, string Text, int Version, string LanguageId) : WorkspaceChange;

    /// <summary>The editor changed a document: each edit's range refers to the text after the previous one; a null range is the whole text.</summary>
    public sealed record Edited(string Uri, string Key, int Version, IReadOnlyList<TextEdit> Edits) : WorkspaceChange;

    /// <summary>The editor closed a document; one with a file (<paramref name="IsFile"/>) falls back to the file on disk.</summary>
    public sealed record Closed(string Uri, string Key, bool IsFile) : WorkspaceChange;

    /// <summary>Files or folders changed, appeared or vanished on disk (editors report a deleted or renamed folder, not its files).</summary>
    public sealed record FilesChanged(IReadOnlyList<string> Paths) : WorkspaceChange;

    /// <summary>The editor's settings changed: the papers and settings must be loaded again (<see cref="Applied.NeedsReload"/>).</summary>
    public sealed record Reconfigured : WorkspaceChange;

    /// <summary>
    /// The papers and settings, loaded at start-up or again by a reload: a new index of the notes, the open documents in
    /// it, and — when given — the notes on disk as read by the loader (else, on a reload, read by this step).
    /// </summary>
    /// <param name="ReadAfter">
    /// The <see cref="WorkspaceSnapshot.Sequence"/> of the snapshot after which <paramref name="Notes"/> were read: a file
    /// reported changed (or a note closed) by a later change is read again by this step, as the read may predate it.
    /// </param>
    public sealed record Loaded(string? Root, PaperLibrary Library, WorkspaceSettings Settings, bool IsReload, NotesRead? Notes = null, long ReadAfter = 0) : WorkspaceChange;

    /// <summary>
    /// The notes under the workspace folder, read at start-up after the papers (null: read them in this step); a file
    /// reported changed after <paramref name="ReadAfter"/> (start-up reads ahead, from the empty snapshot) is read again.
    /// </summary>
    public sealed record Scanned(NotesRead? Notes, long ReadAfter = 0) : WorkspaceChange;

    /// <summary>One edit of a document's text: <paramref name="Range"/> null replaces the whole text.</summary>
    public sealed record TextEdit(SourceRange? Range, string NewText);
}

/// <summary>A change applied: the snapshot after it, the keys whose findings may have changed, and what the writer must do next.</summary>
/// <param name="Changed">Keys to publish again (for a reload: the notes gone from the workspace).</param>
/// <param name="NeedsReload">The change touched papers, knowledge or settings: a reload must load them again.</param>
/// <param name="Ignored">Why the change was not applied (an edit to a document never opened), for the log.</param>
public sealed record Applied(WorkspaceSnapshot Snapshot, IReadOnlyList<string> Changed, bool NeedsReload = false, string? Ignored = null);

/// <summary>
/// A document the editor told us about, in one snapshot: the URI the client used for it (kept after close for a file,
/// so its findings are published under it), the generation (bumped by every open and close), the text and version
/// while open, and — for a note — its check, worked out once for this text when first asked.
/// </summary>
public sealed record WorkspaceDocument(string Key, string Uri, OpenDocument? Open)
{
    private readonly Lazy<CheckedNote?>? _checked;

    internal WorkspaceDocument(string key, string uri, OpenDocument? open, Lazy<CheckedNote?>? check) : this(key, uri, open) => _checked = check;

    public bool IsOpen => Open is not null;

    /// <summary>The note checked, for an open note of this snapshot (null for a paper, a knowledge file, a document too large, a closed one).</summary>
    public CheckedNote? Checked => _checked?.Value;
}

/// <summary>
/// The workspace at one moment, never changed once made: the folder, the papers and settings, the documents the
/// editor has told us about, and the notes' index. Readers (every request) take the current snapshot; the one writer
/// makes the next from it with <see cref="Apply"/>. Start-up is <see cref="Empty"/> with <see cref="WorkspaceChange.Loaded"/>
/// and <see cref="WorkspaceChange.Scanned"/> applied.
/// </summary>
/// <remarks>
/// The notes are a frozen <see cref="NoteIndex"/>: a change works on an <see cref="NoteIndex.Editable"/> copy (sharing
/// every note it does not touch, with its check) and freezes it into the next snapshot.
/// </remarks>
public sealed record WorkspaceSnapshot
{
    public static WorkspaceSnapshot Empty { get; } = new();

    private WorkspaceSnapshot() { }

    /// <summary>How many changes were applied to reach this snapshot.</summary>
    public long Sequence { get; private init; }

    /// <summary>The workspace folder, or null when the editor opened single files (or before the papers are loaded).</summary>
    public string? Root { get; private init; }

    /// <summary>The notes of the workspace, checked lazily; null until the papers are loaded.</summary>
    public NoteIndex? Notes { get; private init; }

    /// <summary>The papers the notes are checked against; null until loaded.</summary>
    public PaperLibrary? Library { get; private init; }

    public WorkspaceSettings Settings { get; private init; } = WorkspaceSettings.Default;

    /// <summary>Whether the notes on disk have been read (the start-up's second step).</summary>
    public bool IsScanned { get; private init; }

    /// <summary>The documents the editor has open, and the files it had open (their URI kept), by key.</summary>
    public ImmutableDictionary<string, WorkspaceDocument> Documents { get; private init; } = ImmutableDictionary.Create<string, WorkspaceDocument>(StringComparer.Ordinal);

    /// <summary>
    /// The files reported changed on disk (and the notes closed, read again from disk), each with the sequence of the
    /// change that reported it: what a read of the notes made off the writer (start-up's, a reload's) may have missed.
    /// Kept until a reload lands after start-up's read (no earlier read is then in flight); one entry per file at most.
    /// </summary>
    private ImmutableDictionary<string, long> Reported { get; init; } = ImmutableDictionary.Create<string, long>(StringComparer.Ordinal);

    /// <summary>Each key's generation: bumped by every open and close, so what was worked out for an earlier opening is not published.</summary>
    public ImmutableDictionary<string, int> Generations { get; private init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    public bool IsLoaded => Notes is not null;

    /// <summary>The documents open in the editor.</summary>
    public IEnumerable<OpenDocument> OpenDocuments => Documents.Values.Where(d => d.Open is not null).Select(d => d.Open!);

    /// <summary>The document as the editor has it, or null when it is not open.</summary>
    public OpenDocument? OpenDocument(string key) => Documents.GetValueOrDefault(key)?.Open;

    /// <summary>The URI the client used for a key (kept after a file is closed), or null.</summary>
    public string? UriOf(string key) => Documents.GetValueOrDefault(key)?.Uri;

    public int GenerationOf(string key) => Generations.GetValueOrDefault(key);

    /// <summary>The checked note of a key: an open note's of this snapshot's text, else the note on disk's (null for anything else).</summary>
    public CheckedNote? CheckedNote(string key)
    {
        if (Notes is null) return null;
        if (Documents.GetValueOrDefault(key) is { Open: not null } open) return open.Checked;
        return Notes.Get(key);
    }

    /// <summary>
    /// The text of a file as this snapshot holds it: the editor's when open, else a note's as last read from disk, else a
    /// knowledge file's as loaded; null for any other file. Never read from disk: a file changed there since is read by
    /// the change that reports it, into a later snapshot.
    /// </summary>
    public string? TextOf(string path) =>
        OpenDocument(path)?.Text.Text ?? Notes?.Find(path)?.Text.Text ?? Library?.KnowledgeText(path);

    /// <summary>Makes the next snapshot: the only way the workspace changes. Disk reads a change needs happen here.</summary>
    public Applied Apply(WorkspaceChange change)
    {
        var applied = change switch
        {
            WorkspaceChange.Opened opened => Open(opened),
            WorkspaceChange.Edited edited => Edit(edited),
            WorkspaceChange.Closed closed => Close(closed),
            WorkspaceChange.FilesChanged files => FilesChanged(files),
            WorkspaceChange.Reconfigured => new Applied(this, [], NeedsReload: true), // during start-up too: the reload waits for it
            WorkspaceChange.Loaded loaded => Load(loaded),
            WorkspaceChange.Scanned scanned => Scan(scanned),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "not a workspace change"),
        };
        return applied with { Snapshot = applied.Snapshot with { Sequence = Sequence + 1 } };
    }

    private Applied Open(WorkspaceChange.Opened opened)
    {
        var generations = Generations.SetItem(opened.Key, GenerationOf(opened.Key) + 1);
        var notes = Notes?.Editable();
        var document = Track(notes, opened.Key, opened.Uri, new OpenDocument(opened.Key, new SourceText(opened.Text), opened.Version, opened.LanguageId));
        return new Applied(this with { Documents = Documents.SetItem(opened.Key, document), Generations = generations, Notes = notes?.Frozen() }, Notes is null ? [] : [opened.Key]);
    }

    private Applied Edit(WorkspaceChange.Edited edited)
    {
        if (OpenDocument(edited.Key) is not { } current)
            return new Applied(this, [], Ignored: $"Change to {edited.Key} ignored: it was never opened.");
        foreach (var edit in edited.Edits) current = current.Edited(edited.Version, edit.Range, edit.NewText);
        var notes = Notes?.Editable();
        var document = Track(notes, edited.Key, edited.Uri, current);
        return new Applied(this with { Documents = Documents.SetItem(edited.Key, document), Notes = notes?.Frozen() }, Notes is null ? [] : [edited.Key]);
    }

    private Applied Close(WorkspaceChange.Closed closed)
    {
        var generations = Generations.SetItem(closed.Key, GenerationOf(closed.Key) + 1);
        // The URI the client used is kept: a file's findings stay, under it; a scratch document's are cleared under it.
        var documents = Documents.SetItem(closed.Key, new WorkspaceDocument(closed.Key, Documents.GetValueOrDefault(closed.Key)?.Uri ?? closed.Uri, null));
        var notes = Notes?.Editable();
        if (notes is not null)
        {
            notes.Closed(closed.Key);
            if (closed.IsFile) notes.FileChanged(closed.Key); // the file may be anything: read here, by the writer, not by the handler
        }
        var reported = closed.IsFile ? Reported.SetItem(closed.Key, Sequence + 1) : Reported;
        return new Applied(this with { Documents = documents, Generations = generations, Notes = notes?.Frozen(), Reported = reported }, Notes is null ? [] : [closed.Key]);
    }

    private Applied FilesChanged(WorkspaceChange.FilesChanged files)
    {
        // Kept even before the papers are loaded: start-up's read ahead may predate the change.
        var reported = Reported.SetItems(files.Paths.Select(p => KeyValuePair.Create(p, Sequence + 1)));
        if (Notes is null) return new Applied(this with { Reported = reported }, []);
        if (files.Paths.Any(p => NeedsReload(Notes, p))) return new Applied(this with { Reported = reported }, [], NeedsReload: true);
        var notes = Notes.Editable();
        var changed = ReadAgain(notes, files.Paths);
        return new Applied(this with { Notes = notes.Frozen(), Reported = reported }, changed);
    }

    /// <summary>Notes and folders of notes read again from disk into an editable index; returns the keys whose entry changed.</summary>
    private static List<string> ReadAgain(NoteIndex notes, IEnumerable<string> paths)
    {
        var changed = new List<string>();
        foreach (var path in paths)
        {
            if (IsNoteFile(path))
            {
                notes.FileChanged(path);
                changed.Add(path);
            }
            else changed.AddRange(notes.FolderChanged(path)); // editors report a deleted or renamed folder, not its files
        }
        return changed;
    }

    /// <summary>
    /// After the notes read off the writer are stored: the files reported since that read began are read again (a paper,
    /// knowledge or settings file among them asks for a reload of its own).
    /// </summary>
    private bool CatchUp(NoteIndex notes, long readAfter)
    {
        var since = Reported.Where(kv => kv.Value > readAfter).OrderBy(kv => kv.Value).Select(kv => kv.Key).ToList();
        var reload = since.Where(p => NeedsReload(notes, p)).ToHashSet(StringComparer.Ordinal);
        ReadAgain(notes, since.Where(p => !reload.Contains(p)));
        return reload.Count > 0;
    }

    private static bool IsNoteFile(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !FileSystem.Disk.FolderExists(path);

    /// <summary>Papers, knowledge files and settings need a reload; a note or a folder of notes does not.</summary>
    private bool NeedsReload(NoteIndex notes, string path)
    {
        if (Root is not null && string.Equals(path, System.IO.Path.Combine(Root, WorkspaceSettings.FileName), StringComparison.Ordinal)) return true;
        if (notes.IsPaperOrKnowledge(path) || notes.Library.Files.Any(f => NoteIndex.IsUnder(path, f))) return true;
        if (IsNoteFile(path)) return false;
        // A folder (there now, or known by the notes under it) is handled note by note; any other file may be a new paper.
        return !FileSystem.Disk.FolderExists(path) && !notes.Keys.Any(k => NoteIndex.IsUnder(path, k)) && !notes.Problems.Any(p => NoteIndex.IsUnder(path, p.Path));
    }

    private Applied Load(WorkspaceChange.Loaded loaded)
    {
        var before = Notes is { } old ? old.Keys.Concat(old.Problems.Select(p => p.Path)).ToList() : [];
        var notes = new NoteIndex(loaded.Root, loaded.Library, loaded.Settings);
        var documents = Documents.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.Open is { } open ? Track(notes, kv.Key, kv.Value.Uri, open) : kv.Value, StringComparer.Ordinal);
        var next = this with { Root = loaded.Root, Library = loaded.Library, Settings = loaded.Settings, Documents = documents };
        if (!loaded.IsReload) return new Applied(next with { Notes = notes.Frozen(), IsScanned = false }, []);
        notes.Scan(loaded.Notes);
        // A paper, knowledge or settings file among them asked for the reload that follows this one when reported.
        if (loaded.Notes is not null) CatchUp(notes, loaded.ReadAfter);
        // Once start-up's read is in, no read in flight began before this one (reloads run one after another).
        var reported = IsScanned ? Reported.RemoveRange(Reported.Where(kv => kv.Value <= loaded.ReadAfter).Select(kv => kv.Key)) : Reported;
        // Notes gone from disk (or no longer notes under the new globs) are cleared, not left as ghosts.
        var now = notes.Keys.Concat(notes.Problems.Select(p => p.Path)).ToHashSet(StringComparer.Ordinal);
        return new Applied(next with { Notes = notes.Frozen(), IsScanned = true, Reported = reported }, [.. before.Where(k => !now.Contains(k))]);
    }

    private Applied Scan(WorkspaceChange.Scanned scanned)
    {
        if (Notes is null) return new Applied(this, []);
        var notes = Notes.Editable();
        notes.Scan(scanned.Notes);
        var reload = scanned.Notes is not null && CatchUp(notes, scanned.ReadAfter);
        return new Applied(this with { Notes = notes.Frozen(), IsScanned = true }, [], NeedsReload: reload);
    }

    /// <summary>An open document in the index (a note), with its check worked out once for this text when first asked.</summary>
    private static WorkspaceDocument Track(NoteIndex? notes, string key, string uri, OpenDocument open)
    {
        if (notes is null || !open.MayBeNote) return new WorkspaceDocument(key, uri, open, null);
        var note = notes.SetOpen(key, open.Text, open.Version);
        return new WorkspaceDocument(key, uri, open, note is null ? null : new Lazy<CheckedNote?>(() => notes.Get(note)));
    }
}
