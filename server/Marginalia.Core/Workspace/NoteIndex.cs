using Marginalia.Core.Notes;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>A note of the workspace as last read: from the editor when open, else from disk; checked on demand.</summary>
public sealed record IndexedNote(string Key, SourceText Text, int? Version, bool IsOpen);

/// <summary>
/// Every note of a workspace — the notes on disk under its folders and the documents open in the
/// editor — each checked lazily and cached until its text changes, so one edit costs one note,
/// whatever the size of the workspace. Papers and settings can be swapped; all notes are then rechecked.
/// Thread-safe: the editor's requests and the indexing run side by side.
/// </summary>
public sealed class NoteIndex
{
    private readonly Dictionary<string, Entry> _notes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private NoteChecker _checker;

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

    public IReadOnlyList<string> Keys
    {
        get { lock (_lock) return _notes.Where(kv => kv.Value.Note is not null).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList(); }
    }

    /// <summary>Reads every note under the workspace folder from disk (open notes keep the editor's text).</summary>
    public IReadOnlyList<string> Scan()
    {
        if (Root is null) return [];
        var (paths, _) = NoteFiles.Find(Root, ["."], Settings, Library.Files);
        foreach (var path in paths) ReadFromDisk(path);
        return paths;
    }

    /// <summary>The editor opened or changed a note. A paper or knowledge file open in the editor is not a note.</summary>
    public void SetOpen(string key, SourceText text, int version)
    {
        if (IsPaperOrKnowledge(key)) return;
        lock (_lock) _notes[key] = new Entry(new IndexedNote(key, text, version, IsOpen: true), null);
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
        lock (_lock) _notes.Remove(key);
        if (File.Exists(key) && IsWorkspaceNote(key)) ReadFromDisk(key);
    }

    /// <summary>A file changed, appeared or vanished on disk; an open note keeps the editor's text.</summary>
    public void FileChanged(string path)
    {
        lock (_lock)
        {
            if (_notes.TryGetValue(path, out var entry) && entry.Note?.IsOpen == true) return;
            _notes.Remove(path);
        }
        if (File.Exists(path) && IsWorkspaceNote(path)) ReadFromDisk(path);
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
            foreach (var key in _notes.Keys.ToList()) _notes[key] = _notes[key] with { Checked = null };
        }
    }

    public IndexedNote? Find(string key)
    {
        lock (_lock) return _notes.GetValueOrDefault(key)?.Note;
    }

    /// <summary>The checked note for a key, computed once per text.</summary>
    public CheckedNote? Get(string key)
    {
        Entry? entry;
        NoteChecker checker;
        lock (_lock)
        {
            entry = _notes.GetValueOrDefault(key);
            checker = _checker;
            if (entry?.Note is null) return null;
            if (entry.Checked is { } done) return done;
        }
        var result = checker.Check(key, entry.Note.Text.Text);
        lock (_lock)
        {
            // Keep it only if the note did not change meanwhile.
            if (_notes.TryGetValue(key, out var now) && ReferenceEquals(now.Note, entry.Note) && ReferenceEquals(checker, _checker))
                _notes[key] = now with { Checked = result };
        }
        return result;
    }

    /// <summary>Every checked note (checking those not yet checked).</summary>
    public IEnumerable<CheckedNote> All() => Keys.Select(Get).OfType<CheckedNote>();

    /// <summary>Every reference to an id across the workspace's notes.</summary>
    public IEnumerable<(CheckedNote Note, Reference Reference)> ReferencesTo(string id) =>
        All().SelectMany(n => n.Note.References.Where(r => r.Id == id).Select(r => (n, r)));

    private void ReadFromDisk(string path)
    {
        Entry entry;
        try
        {
            entry = new Entry(new IndexedNote(path, new SourceText(NoteFiles.Read(path)), null, IsOpen: false), null);
        }
        catch (InputException e)
        {
            entry = new Entry(null, null) { Problem = e };
        }
        lock (_lock)
        {
            if (_notes.TryGetValue(path, out var existing) && existing.Note?.IsOpen == true) return;
            _notes[path] = entry;
        }
    }

    private sealed record Entry(IndexedNote? Note, CheckedNote? Checked)
    {
        public InputException? Problem { get; init; }
    }
}
