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
/// editor — each checked lazily until its text changes, so one edit costs one note, whatever the size
/// of the workspace. Only notes open in the editor (and a few recently asked for) keep their whole
/// parse and analysis; the others keep a <see cref="NoteSummary"/>, and the workspace's answers (who
/// cites an id, how often the notes name an actor) are kept up to date one note at a time.
/// Papers and settings can be swapped; all notes are then rechecked.
/// Thread-safe: the editor's requests and the indexing run side by side.
/// </summary>
public sealed class NoteIndex
{
    /// <summary>How many closed notes keep their whole analysis after being asked for (hover in a note just closed, rename).</summary>
    public const int RecentClosedNotes = 8;

    private readonly Dictionary<string, Entry> _notes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private NoteChecker _checker;

    // Kept in step with the summaries: id → the notes citing it; id → how often the notes name it (prose and references).
    private readonly Dictionary<string, HashSet<string>> _citing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _named = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unsummarized = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _recent = new();
    private IReadOnlyList<string>? _keys;

    public NoteIndex(string? root, PaperLibrary library, WorkspaceSettings settings)
    {
        Root = root;
        _checker = new NoteChecker(library, settings);
    }

    /// <summary>The workspace folder, or null when the editor opened single files.</summary>
    public string? Root { get; }

    public NoteChecker Checker
    {
        get { lock (_lock) return _checker; }
    }

    public PaperLibrary Library => Checker.Library;
    public WorkspaceSettings Settings => Checker.Settings;

    /// <summary>Problems reading notes from disk (binary, not UTF-8, too large), by file.</summary>
    public IReadOnlyList<InputException> Problems
    {
        get { lock (_lock) return _notes.Values.Where(e => e.Problem is not null).Select(e => e.Problem!).ToList(); }
    }

    /// <summary>The notes' keys in path order (a snapshot, kept until a note comes or goes).</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            lock (_lock)
                return _keys ??= _notes.Where(kv => kv.Value.Note is not null).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Reads every note under the workspace folder from disk (open notes keep the editor's text).</summary>
    /// <param name="readAhead">The notes as already read (while the papers loaded), taken if read under this folder with these globs.</param>
    public IReadOnlyList<string> Scan(NotesRead? readAhead = null)
    {
        if (Root is null) return [];
        var read = readAhead is { } ahead && ahead.Root == Root && ahead.Globs.SequenceEqual(Settings.Notes) ? ahead : NoteFiles.ReadAll(Root, Settings);
        var paths = new List<string>(read.Files.Count);
        foreach (var file in read.Files)
        {
            if (Library.Files.Contains(file.Path)) continue;
            Store(file);
            paths.Add(file.Path);
        }
        // A note no longer on disk (its folder deleted or renamed, the globs changed) leaves, unless the editor has it open.
        var found = new HashSet<string>(paths, StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var (key, entry) in _notes.ToList())
                if (!found.Contains(key) && !entry.Open && IsUnder(Root, key)) Put(key, null);
        }
        return paths;
    }

    /// <summary>
    /// A folder appeared, vanished or changed on disk (editors report a deleted or renamed folder, not each file):
    /// the notes known under it are read again (dropped when gone) and any new ones under it are read.
    /// Returns the keys whose entry changed.
    /// </summary>
    public IReadOnlyList<string> FolderChanged(string folder)
    {
        List<string> known;
        lock (_lock) known = [.. _notes.Keys.Where(k => IsUnder(folder, k))];
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
        // The same limit as a file on disk: a 50 MB document took minutes and gigabytes to check, on every keystroke.
        var bytes = text.Text.Length <= NoteFiles.MaxNoteBytes / 3 ? 0 : Encoding.UTF8.GetByteCount(text.Text);
        var entry = bytes > NoteFiles.MaxNoteBytes
            ? new Entry(null, null, null)
            {
                Problem = new InputException(key, null, $"this document is {bytes / (1024.0 * 1024):0.#} MB; Marginalia checks notes up to {NoteFiles.MaxNoteBytes / (1024 * 1024)} MB"),
                Version = version,
            }
            : new Entry(new IndexedNote(key, text, version, isOpen: true), null, null);
        lock (_lock) Put(key, entry with { Open = true });
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
        lock (_lock) Put(key, null);
        if (FileSystem.Disk.FileExists(key) && IsWorkspaceNote(key)) ReadFromDisk(key);
    }

    /// <summary>The editor closed a document: it leaves the index until <see cref="FileChanged"/> reads its file (no I/O here).</summary>
    public void Closed(string key)
    {
        lock (_lock) Put(key, null);
    }

    /// <summary>A file changed, appeared or vanished on disk; an open note keeps the editor's text.</summary>
    public void FileChanged(string path)
    {
        lock (_lock)
        {
            if (_notes.TryGetValue(path, out var entry) && entry.Open) return;
            Put(path, null);
        }
        if (FileSystem.Disk.FileExists(path) && IsWorkspaceNote(path)) ReadFromDisk(path);
    }

    public bool IsWorkspaceNote(string path) =>
        Root is not null && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Library.Files.Contains(path)
        && !Path.GetRelativePath(Root, path).StartsWith("..", StringComparison.Ordinal)
        && NoteFiles.IsNote(Root, path, Settings);

    /// <summary>New papers or settings: every note is checked again when next asked.</summary>
    public void Reconfigure(PaperLibrary library, WorkspaceSettings settings)
    {
        lock (_lock)
        {
            _checker = new NoteChecker(library, settings);
            foreach (var key in _notes.Keys.ToList()) Put(key, _notes[key] with { Checked = null, Summary = null });
        }
    }

    /// <summary>
    /// What to publish for a key, all of one version: the note and its summary (checking it if needed), or the
    /// problem reading it, or nothing (the key is no note: publish an empty list).
    /// </summary>
    public Publication PublicationOf(string key)
    {
        while (true)
        {
            Entry? entry;
            lock (_lock) entry = _notes.GetValueOrDefault(key);
            if (entry is null) return new Publication(null, null, null, null);
            if (entry.Note is null) return new Publication(null, null, entry.Problem, entry.Version);
            var summary = Summarize(key);
            lock (_lock)
            {
                // The note changed while it was checked: the summary may be of the older text; take the newer one.
                if (_notes.GetValueOrDefault(key) is { } now && ReferenceEquals(now.Note, entry.Note) && summary is not null)
                    return new Publication(entry.Note, summary, null, entry.Note.Version);
            }
        }
    }

    public IndexedNote? Find(string key)
    {
        lock (_lock) return _notes.GetValueOrDefault(key)?.Note;
    }

    /// <summary>
    /// The checked note for a key: kept while the note is open in the editor (computed once per text),
    /// worked out again when asked of a closed note (a few recent ones are kept).
    /// </summary>
    public CheckedNote? Get(string key) => Get(key, null);

    private CheckedNote? Get(string key, IndexedNote? expected)
    {
        Entry? entry;
        NoteChecker checker;
        lock (_lock)
        {
            entry = _notes.GetValueOrDefault(key);
            checker = _checker;
            if (expected is not null && !ReferenceEquals(entry?.Note, expected)) entry = null;
            if (entry?.Note is not null && entry.Checked is { } done)
            {
                if (!entry.Note.IsOpen) Touch(key);
                return done;
            }
        }
        if (entry?.Note is null) return expected is null ? null : checker.Check(key, expected.Text.Text);
        var result = checker.Check(key, entry.Note.Text.Text);
        var summary = entry.Summary ?? result.Summarize();
        lock (_lock)
        {
            // Keep it only if the note did not change meanwhile.
            if (_notes.TryGetValue(key, out var now) && ReferenceEquals(now.Note, entry.Note) && ReferenceEquals(checker, _checker))
            {
                Put(key, now with { Checked = result, Summary = now.Summary ?? summary });
                if (!now.Note!.IsOpen) Touch(key);
            }
        }
        return result;
    }

    /// <summary>
    /// One text of a note checked: kept by the index (as <see cref="Get(string)"/>) while it is still the note's text,
    /// else worked out for that text alone (a request on an older snapshot) and not kept.
    /// </summary>
    public CheckedNote? Get(IndexedNote note) => Get(note.Key, note);

    /// <summary>What the workspace keeps of a note (checking it if it was not yet): its findings, citations and actors named.</summary>
    public NoteSummary? Summarize(string key)
    {
        Entry? entry;
        NoteChecker checker;
        lock (_lock)
        {
            entry = _notes.GetValueOrDefault(key);
            checker = _checker;
            if (entry?.Note is null) return null;
            if (entry.Summary is { } done) return done;
            if (entry.Checked is { } full) return StoreSummary(key, entry, full.Summarize());
        }
        var result = checker.Check(key, entry.Note.Text.Text);
        var summary = result.Summarize();
        lock (_lock)
        {
            if (_notes.TryGetValue(key, out var now) && ReferenceEquals(now.Note, entry.Note) && ReferenceEquals(checker, _checker))
            {
                // An open note keeps its analysis for the editor's requests; a closed one only its summary.
                Put(key, now with { Checked = now.Note!.IsOpen ? result : now.Checked, Summary = summary });
            }
        }
        return summary;
    }

    private NoteSummary StoreSummary(string key, Entry entry, NoteSummary summary)
    {
        Put(key, entry with { Summary = summary });
        return summary;
    }

    /// <summary>Every note checked (or summarized) at least once: what workspace-wide answers need.</summary>
    public void SummarizeAll()
    {
        while (true)
        {
            List<string> missing;
            lock (_lock)
            {
                if (_unsummarized.Count == 0) return;
                missing = [.. _unsummarized];
            }
            foreach (var key in missing) Summarize(key);
        }
    }

    /// <summary>Every reference to an id across the workspace's notes: notes in path order, references in text order.</summary>
    public IReadOnlyList<FileRange> ReferencesTo(string id)
    {
        SummarizeAll();
        var found = new List<FileRange>();
        lock (_lock)
        {
            if (!_citing.TryGetValue(id, out var keys)) return found;
            foreach (var key in keys.Order(StringComparer.Ordinal))
            {
                if (_notes.GetValueOrDefault(key)?.Summary is not { } summary) continue;
                foreach (var cited in summary.Citations)
                    if (cited.Id == id) found.Add(new FileRange(key, cited.Range));
            }
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
    public IReadOnlySet<string> CitedIds()
    {
        SummarizeAll();
        lock (_lock) return _citing.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The paper (with what is known of it) read from a path, or null when the path is no paper.</summary>
    public PaperKnowledge? PaperAt(string path) =>
        Library.Knowledge.Papers.FirstOrDefault(p => SamePath(p.Paper.Path, path));

    /// <summary>
    /// How often the notes name an actor, in prose or by a reference, across the notes checked so far
    /// (every note once the start-up check is done): never a reason to check the workspace during a hover.
    /// </summary>
    public int TimesNamed(string id)
    {
        lock (_lock) return _named.GetValueOrDefault(id);
    }

    private void ReadFromDisk(string path) => Store(NoteFiles.ReadUtf8(path));

    /// <summary>A note as read from disk, unless the editor has it open.</summary>
    private void Store(NoteFile file)
    {
        var entry = file.Utf8 is { } utf8
            ? new Entry(IndexedNote.FromDisk(file.Path, utf8), null, null)
            : new Entry(null, null, null) { Problem = file.Problem };
        lock (_lock)
        {
            if (_notes.TryGetValue(file.Path, out var existing) && existing.Open) return;
            Put(file.Path, entry);
        }
    }

    /// <summary>Replaces (or with null removes) a note's entry, keeping the workspace's answers in step. Under the lock.</summary>
    private void Put(string key, Entry? entry)
    {
        var old = _notes.GetValueOrDefault(key);
        if (old?.Summary is { } before && !ReferenceEquals(before, entry?.Summary)) Count(key, before, -1);
        if (entry?.Summary is { } after && !ReferenceEquals(old?.Summary, after)) Count(key, after, +1);
        if ((old?.Note is null) != (entry?.Note is null)) _keys = null;
        if (entry is null) _notes.Remove(key);
        else _notes[key] = entry;
        if (entry?.Note is not null && entry.Summary is null) _unsummarized.Add(key);
        else _unsummarized.Remove(key);
        // A closed note's full analysis is kept only among the recent few.
        if (entry?.Checked is null || entry.Note?.IsOpen == true) Forget(key);
    }

    private void Count(string key, NoteSummary summary, int sign)
    {
        foreach (var (id, times) in summary.ActorsNamed) Add(id, sign * times);
        foreach (var cited in summary.Citations)
        {
            Add(cited.Id, sign);
            if (sign > 0)
            {
                if (!_citing.TryGetValue(cited.Id, out var keys)) _citing[cited.Id] = keys = new HashSet<string>(StringComparer.Ordinal);
                keys.Add(key);
            }
            else if (_citing.TryGetValue(cited.Id, out var keys))
            {
                keys.Remove(key);
                if (keys.Count == 0) _citing.Remove(cited.Id);
            }
        }

        void Add(string id, int delta)
        {
            var total = _named.GetValueOrDefault(id) + delta;
            if (total == 0) _named.Remove(id);
            else _named[id] = total;
        }
    }

    /// <summary>A closed note whose analysis was just used: it stays among the recent ones; the oldest beyond them drops its analysis.</summary>
    private void Touch(string key)
    {
        Forget(key);
        _recent.AddFirst(key);
        while (_recent.Count > RecentClosedNotes)
        {
            var oldest = _recent.Last!.Value;
            _recent.RemoveLast();
            if (_notes.TryGetValue(oldest, out var entry) && entry.Note?.IsOpen != true && entry.Checked is not null)
                _notes[oldest] = entry with { Checked = null };
        }
    }

    private void Forget(string key)
    {
        if (_recent.Count > 0) _recent.Remove(key);
    }

    private sealed record Entry(IndexedNote? Note, CheckedNote? Checked, NoteSummary? Summary)
    {
        public InputException? Problem { get; init; }

        /// <summary>Open in the editor (its note, or its problem when too large): the editor's text wins over the disk's.</summary>
        public bool Open { get; init; } = Note?.IsOpen == true;

        /// <summary>The editor's version of a document refused as too large.</summary>
        public int? Version { get; init; }
    }
}
