using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>
/// Every note of the workspace that cites an event or actor (open in the editor or on disk), and
/// the passage of the paper that states it — from a citation in a note, or from a place in the paper.
/// </summary>
public static class ReferenceFinder
{
    /// <summary>From a place in a paper or in a note, whichever the file is.</summary>
    public static IReadOnlyList<FileRange> Find(NoteIndex index, string path, SourcePosition position, bool includeDeclaration, CancellationToken cancellationToken = default) =>
        IsPaper(index, path)
            ? FromPaper(index, path, position, includeDeclaration, cancellationToken)
            : FromNote(index, path, position, includeDeclaration, cancellationToken);

    /// <summary>From the citation under the cursor in a note; the passage first when the declaration is asked for.</summary>
    public static IReadOnlyList<FileRange> FromNote(NoteIndex index, string key, SourcePosition position, bool includeDeclaration, CancellationToken cancellationToken = default)
    {
        if (IsPaperOrKnowledge(index, key) || index.Get(key)?.Note.ReferenceAt(position) is not { } reference) return [];
        var declarations = includeDeclaration ? Declaration(index, reference.Id) : [];
        return [.. declarations, .. Citations(index, [reference.Id], cancellationToken)];
    }

    /// <summary>From a place in a paper: the notes citing the events whose passage holds it.</summary>
    public static IReadOnlyList<FileRange> FromPaper(NoteIndex index, string paperPath, SourcePosition position, bool includeDeclaration, CancellationToken cancellationToken = default)
    {
        var paper = index.Library.Knowledge.Papers.FirstOrDefault(p => SamePath(p.Paper.Path, paperPath));
        if (paper is null) return [];
        var events = paper.Events.Where(e => e.Passage.Range.Contains(position)).ToList();
        if (events.Count == 0) return [];
        var declarations = includeDeclaration ? events.Select(e => new FileRange(paper.Paper.Path, e.Passage.Range)).Distinct() : [];
        return [.. declarations, .. Citations(index, [.. events.Select(e => e.Id)], cancellationToken)];
    }

    private static IEnumerable<FileRange> Declaration(NoteIndex index, string id)
    {
        var knowledge = index.Library.Knowledge;
        var place = knowledge.FindEvent(id) is { } e ? new FileRange(e.Paper.Path, e.Passage.Range)
            : knowledge.FindActor(id) is { } actor && knowledge.FirstMention(actor) is { } first && knowledge.PaperOf(actor) is { } paper
                ? new FileRange(paper.Paper.Path, first.Range)
                : null;
        // The embedded default has no file to point at when its copy beside the server is missing.
        return place is not null && System.IO.Path.IsPathFullyQualified(place.Path) ? [place] : [];
    }

    /// <summary>Notes in path order, citations in text order: from the index's id → citing notes map, no note is read.</summary>
    private static IEnumerable<FileRange> Citations(NoteIndex index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<FileRange>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            found.AddRange(index.ReferencesTo(id).Where(r => !IsPaperOrKnowledge(index, r.Path))); // open in the editor, but not a note
        }
        if (ids.Count > 1) found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path) is var c && c != 0 ? c : a.Range.Start.CompareTo(b.Range.Start));
        return found;
    }

    private static bool IsPaper(NoteIndex index, string path) =>
        index.Library.Knowledge.Papers.Any(p => SamePath(p.Paper.Path, path));

    /// <summary>A paper or knowledge file is never a note, even when the editor has it open.</summary>
    public static bool IsPaperOrKnowledge(NoteIndex index, string path) => index.IsPaperOrKnowledge(path);

    private static bool SamePath(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
