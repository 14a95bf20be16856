using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>A note of the workspace as last read: from the editor when open, else from disk; checked on demand.</summary>
public sealed class IndexedNote
{
    private readonly SourceText? _text;
    private readonly byte[]? _utf8;

    public IndexedNote(string key, SourceText text, int? version, bool isOpen)
    {
        Key = key;
        _text = text;
        Version = version;
        IsOpen = isOpen;
    }

    private IndexedNote(string key, byte[] utf8)
    {
        Key = key;
        _utf8 = utf8;
    }

    /// <summary>
    /// A note read from disk, kept as UTF-8 until it is checked: half the size of a string, for the thousands
    /// of notes the editor does not show (decoding one is a small part of checking it).
    /// </summary>
    public static IndexedNote FromDisk(string key, byte[] utf8) => new(key, utf8);

    public string Key { get; }
    public int? Version { get; }
    public bool IsOpen { get; }

    /// <summary>The text: the editor's, or the file's as it was read.</summary>
    public SourceText Text => _text ?? new SourceText(Encoding.UTF8.GetString(_utf8!));
}

/// <summary>What the index says of a key at one moment: a note with its summary, a problem reading it, or nothing.</summary>
public sealed record Publication(IndexedNote? Note, NoteSummary? Summary, InputException? Problem, int? Version);

/// <summary>
/// Every note of a workspace — the notes on disk under its folders and the documents open in the
/// editor — each checked lazily, once per text, so one edit costs one note, whatever the size
/// of the workspace. Only notes open in the editor (and a few recently asked for) keep their whole
/// parse and analysis; the others keep a <see cref="NoteSummary"/>, and the workspace's answers (who
/// cites an id, how often the notes name an actor) are worked out from the summaries.
/// </summary>
/// <remarks>
/// The notes are an immutable map of entries, each with its check as a <c>Lazy</c> of its text and the papers; a change
/// (<see cref="SetOpen"/>, <see cref="FileChanged"/>, <see cref="Scan"/>, <see cref="Reconfigure"/>…) makes the next map,
/// sharing every entry it does not touch, so a note is checked once however many maps hold it. <see cref="Frozen"/> is
/// one map that no change reaches: what a <see cref="WorkspaceSnapshot"/> holds. Changes come from one writer at a time
/// (the workspace's); readers never wait for them, and take no lock.
/// </remarks>
public sealed class NoteIndex
{
    /// <summary>How many closed notes keep their whole analysis after being asked for (hover in a note just closed, rename).</summary>
    public const int RecentClosedNotes = 8;

    private State _state;
    private readonly bool _frozen;
    private readonly RecentChecks _recent;

    public NoteIndex(string? root, PaperLibrary library, WorkspaceSettings settings)
    {
        Root = root;
        _state = new State(new NoteChecker(library, settings), ImmutableDictionary.Create<string, Entry>(StringComparer.Ordinal), null).Fresh(keysChanged: true);
        _recent = new RecentChecks();
    }

    private NoteIndex(NoteIndex from, bool frozen)
    {
        Root = from.Root;
        _state = from.Current;
        _recent = from._recent;
        _frozen = frozen;
    }

    /// <summary>This index as it is now, which no later change reaches.</summary>
    public NoteIndex Frozen() => _frozen ? this : new NoteIndex(this, frozen: true);

    /// <summary>A copy of this index to change (the writer's), sharing every note with it.</summary>
    public NoteIndex Editable() => new(this, frozen: false);

    private State Current => Volatile.Read(ref _state);

    /// <summary>The workspace folder, or null when the editor opened single files.</summary>
    public string? Root { get; }

    public NoteChecker Checker => Current.Checker;

    public PaperLibrary Library => Checker.Library;
    public WorkspaceSettings Settings => Checker.Settings;

    /// <summary>Problems reading notes from disk (binary, not UTF-8, too large), by file.</summary>
    public IReadOnlyList<InputException> Problems => Current.Problems;

    /// <summary>The notes' keys in path order.</summary>
    public IReadOnlyList<string> Keys => Current.Keys;

    /// <summary>Reads every note under the workspace folder from disk (open notes keep the editor's text).</summary>
    /// <param name="readAhead">The notes as already read (while the papers loaded), taken if read under this folder with these globs.</param>
    public IReadOnlyList<string> Scan(NotesRead? readAhead = null)
    {
        if (Root is null) return [];
        var read = readAhead is { } ahead && ahead.Root == Root && ahead.Globs.SequenceEqual(Settings.Notes) ? ahead : NoteFiles.ReadAll(Root, Settings);
        var state = Current;
        var notes = state.Notes.ToBuilder();
        var paths = new List<string>(read.Files.Count);
        foreach (var file in read.Files)
        {
            if (Library.Files.Contains(file.Path)) continue;
            Store(notes, state.Checker, file);
            paths.Add(file.Path);
        }
        // A note no longer on disk (its folder deleted or renamed, the globs changed) leaves, unless the editor has it open.
        var found = new HashSet<string>(paths, StringComparer.Ordinal);
        foreach (var (key, entry) in state.Notes)
            if (!found.Contains(key) && !entry.Open && IsUnder(Root, key)) notes.Remove(key);
        Change(state with { Notes = notes.ToImmutable() }, keysChanged: true);
        return paths;
    }

    /// <summary>
    /// A folder appeared, vanished or changed on disk (editors report a deleted or renamed folder, not each file):
    /// the notes known under it are read again (dropped when gone) and any new ones under it are read.
    /// Returns the keys whose entry changed.
    /// </summary>
    public IReadOnlyList<string> FolderChanged(string folder)
    {
        List<string> known = [.. Current.Notes.Keys.Where(k => IsUnder(folder, k))];
        var found = Root is not null && FileSystem.Disk.FolderExists(folder) && IsUnder(Root, folder)
            ? NoteFiles.Find(Root, [folder], Settings, Library.Files).Notes
            : [];
        var changed = known.Union(found, StringComparer.Ordinal).ToList();
        foreach (var key in changed) FileChanged(key);
        return changed;
    }

    /// <summary>Whether a path lies inside a folder (not the folder itself).</summary>
    public static bool IsUnder(string? folder, string path)
    {
        if (folder is null) return false;
        var relative = Path.GetRelativePath(folder, path);
        return relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>The editor opened or changed a note. A paper or knowledge file open in the editor is not a note.</summary>
    /// <returns>The note as kept, or null when it is no note (a paper, a knowledge file) or too large to check.</returns>
    public IndexedNote? SetOpen(string key, SourceText text, int version)
    {
        if (IsPaperOrKnowledge(key)) return null;
        var state = Current;
        // The same limit as a file on disk: a 50 MB document took minutes and gigabytes to check, on every keystroke.
        var bytes = text.Text.Length <= NoteFiles.MaxNoteBytes / 3 ? 0 : Encoding.UTF8.GetByteCount(text.Text);
        var entry = bytes > NoteFiles.MaxNoteBytes
            ? new Entry(null, null)
            {
                Problem = new InputException(key, null, $"this document is {bytes / (1024.0 * 1024):0.#} MB; Marginalia checks notes up to {NoteFiles.MaxNoteBytes / (1024 * 1024)} MB"),
                Version = version,
                Open = true,
            }
            : Entry.Of(new IndexedNote(key, text, version, isOpen: true), state.Checker) with { Open = true };
        Put(key, entry);
        return entry.Note;
    }

    /// <summary>Whether a file is one of the papers or knowledge files (or looks like one), never read as a note.</summary>
    public bool IsPaperOrKnowledge(string path) =>
        Library.Files.Contains(path)
        || path.EndsWith(".knowledge.yaml", StringComparison.OrdinalIgnoreCase)
        || Library.Knowledge.Papers.Any(p => SamePath(p.Paper.Path, path) || (p.KnowledgePath is { } k && SamePath(k, path)));

    private static bool SamePath(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The editor closed a note: it falls back to its file, or leaves the index when it has none (or is not a note).</summary>
    public void Close(string key)
    {
        Put(key, null);
        if (FileSystem.Disk.FileExists(key) && IsWorkspaceNote(key)) ReadFromDisk(key);
    }

    /// <summary>The editor closed a document: it leaves the index until <see cref="FileChanged"/> reads its file (no I/O here).</summary>
    public void Closed(string key) => Put(key, null);

    /// <summary>A file changed, appeared or vanished on disk; an open note keeps the editor's text.</summary>
    public void FileChanged(string path)
    {
        if (Current.Notes.TryGetValue(path, out var entry) && entry.Open) return;
        Put(path, null);
        if (FileSystem.Disk.FileExists(path) && IsWorkspaceNote(path)) ReadFromDisk(path);
    }

    public bool IsWorkspaceNote(string path) =>
        Root is not null && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Library.Files.Contains(path)
        && !Path.GetRelativePath(Root, path).StartsWith("..", StringComparison.Ordinal)
        && NoteFiles.IsNote(Root, path, Settings);

    /// <summary>New papers or settings: every note is checked again when next asked.</summary>
    public void Reconfigure(PaperLibrary library, WorkspaceSettings settings)
    {
        var state = Current;
        var checker = new NoteChecker(library, settings);
        var notes = state.Notes.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.Note is { } note ? kv.Value with { Check = new NoteCheck(note, checker) } : kv.Value, StringComparer.Ordinal);
        Change(new State(checker, notes, null), keysChanged: true);
    }

    /// <summary>
    /// What to publish for a key, all of one version: the note and its summary (checking it if needed), or the
    /// problem reading it, or nothing (the key is no note: publish an empty list).
    /// </summary>
    public Publication PublicationOf(string key)
    {
        if (Current.Notes.GetValueOrDefault(key) is not { } entry) return new Publication(null, null, null, null);
        if (entry.Note is not { } note) return new Publication(null, null, entry.Problem, entry.Version);
        return new Publication(note, entry.Check!.Summary, null, note.Version);
    }

    public IndexedNote? Find(string key) => Current.Notes.GetValueOrDefault(key)?.Note;

    /// <summary>Every key the index holds something for: the notes, the problems reading them, documents refused as too large.</summary>
    public IEnumerable<string> AllKeys => Current.Notes.Keys;

    /// <summary>
    /// What the index holds for a key, to compare by reference (null when it holds nothing): the same object as long as
    /// the key's text, check and problem are the same, so a publisher diffs two snapshots without checking either.
    /// </summary>
    public object? StampOf(string key) => Current.Notes.GetValueOrDefault(key);

    /// <summary>
    /// The checked note for a key: kept while the note is open in the editor (computed once per text),
    /// worked out again when asked of a closed note (a few recent ones are kept).
    /// </summary>
    public CheckedNote? Get(string key) => Current.Notes.GetValueOrDefault(key) is { Check: { } check } ? Checked(check) : null;

    /// <summary>
    /// One text of a note checked: kept by the index (as <see cref="Get(string)"/>) while it is still the note's text,
    /// else worked out for that text alone (a request on an older snapshot) and not kept.
    /// </summary>
    public CheckedNote? Get(IndexedNote note)
    {
        var state = Current;
        return state.Notes.GetValueOrDefault(note.Key) is { Check: { } check } && ReferenceEquals(check.Note, note)
            ? Checked(check)
            : state.Checker.Check(note.Key, note.Text.Text);
    }

    private CheckedNote Checked(NoteCheck check) => check.Note.IsOpen ? check.Full : _recent.Get(check);

    /// <summary>What the workspace keeps of a note (checking it if it was not yet): its findings, citations and actors named.</summary>
    public NoteSummary? Summarize(string key) => Current.Notes.GetValueOrDefault(key)?.Check?.Summary;

    /// <summary>Every note checked (or summarized) at least once: what workspace-wide answers need.</summary>
    public void SummarizeAll()
    {
        foreach (var entry in Current.Notes.Values) _ = entry.Check?.Summary;
    }

    /// <summary>Every reference to an id across the workspace's notes: notes in path order, references in text order.</summary>
    public IReadOnlyList<FileRange> ReferencesTo(string id)
    {
        var state = Current;
        var found = new List<FileRange>();
        if (!state.Citing.TryGetValue(id, out var keys)) return found;
        foreach (var key in keys)
        {
            if (state.Notes.GetValueOrDefault(key)?.Check?.Summary is not { } summary) continue;
            foreach (var cited in summary.Citations)
                if (cited.Id == id) found.Add(new FileRange(key, cited.Range));
        }
        return found;
    }

    /// <summary>The papers' events and every note's claims about them (checking the notes not checked yet).</summary>
    public Timeline Timeline()
    {
        var knowledge = Library.Knowledge;
        var notes = new List<(string, IReadOnlyList<NoteClaim>)>();
        foreach (var key in Keys)
            if (Summarize(key) is { } summary) notes.Add((key, summary.Claims));
        return Workspace.Timeline.Of(knowledge, notes, CitedIds());
    }

    /// <summary>Every id the workspace's notes cite (every note summarized first): what coverage counts.</summary>
    public IReadOnlySet<string> CitedIds() => Current.Citing.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The paper (with what is known of it) read from a path, or null when the path is no paper.</summary>
    public PaperKnowledge? PaperAt(string path) =>
        Library.Knowledge.Papers.FirstOrDefault(p => SamePath(p.Paper.Path, path));

    /// <summary>
    /// How often the notes name an actor, in prose or by a reference, across the notes checked so far
    /// (every note once the start-up check is done): never a reason to check the workspace during a hover.
    /// </summary>
    public int TimesNamed(string id)
    {
        var times = 0;
        foreach (var entry in Current.Notes.Values)
            if (entry.Check is { IsSummarized: true } check) times += check.Summary.ActorsNamed.GetValueOrDefault(id);
        return times;
    }

    private void ReadFromDisk(string path)
    {
        var state = Current;
        var notes = state.Notes.ToBuilder();
        Store(notes, state.Checker, NoteFiles.ReadUtf8(path));
        Change(state with { Notes = notes.ToImmutable() }, keysChanged: true);
    }

    /// <summary>A note as read from disk, unless the editor has it open.</summary>
    private static void Store(ImmutableDictionary<string, Entry>.Builder notes, NoteChecker checker, NoteFile file)
    {
        if (notes.TryGetValue(file.Path, out var existing) && existing.Open) return;
        notes[file.Path] = file.Utf8 is { } utf8 ? Entry.Of(IndexedNote.FromDisk(file.Path, utf8), checker) : new Entry(null, null) { Problem = file.Problem };
    }

    /// <summary>Replaces (or with null removes) a note's entry.</summary>
    private void Put(string key, Entry? entry)
    {
        var state = Current;
        var old = state.Notes.GetValueOrDefault(key);
        var notes = entry is null ? state.Notes.Remove(key) : state.Notes.SetItem(key, entry);
        Change(state with { Notes = notes }, keysChanged: (old?.Note is null) != (entry?.Note is null) || (old is null) != (entry is null));
    }

    private void Change(State next, bool keysChanged)
    {
        if (_frozen) throw new InvalidOperationException("A frozen index is never changed: change its Editable() copy.");
        Volatile.Write(ref _state, next.Fresh(keysChanged));
    }

    /// <summary>One map of the notes, with what is worked out from it once when first asked.</summary>
    private sealed record State(NoteChecker Checker, ImmutableDictionary<string, Entry> Notes, Lazy<IReadOnlyList<string>>? KeysKept)
    {
        private readonly Lazy<IReadOnlyList<InputException>> _problems = new(() => [.. Notes.Values.Where(e => e.Problem is not null).Select(e => e.Problem!)]);
        private readonly Lazy<ImmutableSortedDictionary<string, ImmutableSortedSet<string>>> _citing = new(() => CitingOf(Notes));

        public IReadOnlyList<string> Keys => KeysKept!.Value;
        public IReadOnlyList<InputException> Problems => _problems.Value;

        /// <summary>Id → the notes citing it, in path order (every note summarized first).</summary>
        public ImmutableSortedDictionary<string, ImmutableSortedSet<string>> Citing => _citing.Value;

        /// <summary>This map with its derived answers to work out again (the keys only when a note came or went).</summary>
        public State Fresh(bool keysChanged)
        {
            var notes = Notes;
            var keys = !keysChanged && KeysKept is { } kept ? kept
                : new Lazy<IReadOnlyList<string>>(() => [.. notes.Where(kv => kv.Value.Note is not null).Select(kv => kv.Key).Order(StringComparer.Ordinal)]);
            return new State(Checker, Notes, keys);
        }

        private static ImmutableSortedDictionary<string, ImmutableSortedSet<string>> CitingOf(ImmutableDictionary<string, Entry> notes)
        {
            var citing = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var (key, entry) in notes)
            {
                if (entry.Check?.Summary is not { } summary) continue;
                foreach (var cited in summary.Citations)
                {
                    if (!citing.TryGetValue(cited.Id, out var keys)) citing[cited.Id] = keys = new SortedSet<string>(StringComparer.Ordinal);
                    keys.Add(key);
                }
            }
            return citing.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.ToImmutableSortedSet(StringComparer.Ordinal), StringComparer.Ordinal);
        }
    }

    private sealed record Entry(IndexedNote? Note, NoteCheck? Check)
    {
        public static Entry Of(IndexedNote note, NoteChecker checker) => new(note, new NoteCheck(note, checker));

        public InputException? Problem { get; init; }

        /// <summary>Open in the editor (its note, or its problem when too large): the editor's text wins over the disk's.</summary>
        public bool Open { get; init; } = Note?.IsOpen == true;

        /// <summary>The editor's version of a document refused as too large.</summary>
        public int? Version { get; init; }
    }

    /// <summary>
    /// One text of a note against one set of papers and settings, checked once when first asked: an open note keeps the
    /// whole analysis; a closed one only its summary (its analysis among the recent few, <see cref="RecentChecks"/>).
    /// </summary>
    private sealed class NoteCheck
    {
        private readonly Lazy<CheckedNote> _full;
        private readonly Lazy<NoteSummary> _summary;

        public NoteCheck(IndexedNote note, NoteChecker checker)
        {
            Note = note;
            Checker = checker;
            _full = new Lazy<CheckedNote>(Check);
            _summary = new Lazy<NoteSummary>(() => (note.IsOpen || _full.IsValueCreated ? _full.Value : Check()).Summarize());
        }

        public IndexedNote Note { get; }
        public NoteChecker Checker { get; }

        /// <summary>The whole analysis, kept: only for an open note.</summary>
        public CheckedNote Full => _full.Value;

        public NoteSummary Summary => _summary.Value;
        /// <summary>Checked already (summarized, or its whole analysis worked out for a request): counted in the workspace's answers.</summary>
        public bool IsSummarized => _summary.IsValueCreated || _full.IsValueCreated;

        public CheckedNote Check() => Checker.Check(Note.Key, Note.Text.Text);
    }

    /// <summary>The analyses of the few closed notes last asked for, shared by every map of one index; the oldest beyond them drop.</summary>
    private sealed class RecentChecks
    {
        private readonly ConcurrentDictionary<NoteCheck, Lazy<CheckedNote>> _checks = new();
        private readonly ConcurrentQueue<NoteCheck> _order = new();

        public CheckedNote Get(NoteCheck check)
        {
            var added = false;
            var done = _checks.GetOrAdd(check, c => { added = true; return new Lazy<CheckedNote>(c.Check); });
            if (added)
            {
                _order.Enqueue(check);
                while (_order.Count > RecentClosedNotes && _order.TryDequeue(out var oldest)) _checks.TryRemove(oldest, out _);
            }
            return done.Value;
        }
    }
}
