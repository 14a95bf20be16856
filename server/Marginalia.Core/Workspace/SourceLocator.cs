using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>
/// Where what a note points at is written in its paper: the passage that states a cited event, the
/// first mention of a cited or named actor. Only places in a file an editor can open are given.
/// </summary>
public static class SourceLocator
{
    public static IReadOnlyList<FileRange> Locate(CheckedNote note, SourcePosition position)
    {
        var knowledge = note.Analysis.Knowledge;
        if (note.Note.ReferenceAt(position) is { } reference)
        {
            if (knowledge.FindEvent(reference.Id) is { } e) return InFile(e.Paper, e.Passage);
            return knowledge.FindActor(reference.Id) is { } actor ? FirstMentions([actor], knowledge) : [];
        }
        return ActorsNamedAt(note, position) is { Count: > 0 } actors ? FirstMentions(actors, knowledge) : [];
    }

    /// <summary>The actors an alias in the prose names, when the position is on it ("Kabul" may name two).</summary>
    public static IReadOnlyList<Actor> ActorsNamedAt(CheckedNote note, SourcePosition position) =>
        note.Analysis.Actors.FirstOrDefault(m => note.Note.Prose.ToSourceRange(m.Start, m.Length).Contains(position))?.Actors ?? [];

    private static IReadOnlyList<FileRange> FirstMentions(IEnumerable<Actor> actors, KnowledgeBase knowledge) =>
        [.. actors.SelectMany(a => knowledge.FirstMention(a) is { } passage && knowledge.PaperOf(a) is { } paper
            ? InFile(paper.Paper, passage) : [])];

    /// <summary>Nothing for a paper known only by its bare name (the embedded default, when its copy beside the server is missing).</summary>
    private static IReadOnlyList<FileRange> InFile(Paper paper, Passage passage) =>
        System.IO.Path.IsPathFullyQualified(paper.Path) ? [new FileRange(paper.Path, passage.Range)] : [];
}
