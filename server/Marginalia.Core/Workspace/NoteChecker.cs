using Marginalia.Core.Checks;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Workspace;

/// <summary>A note checked against the papers: the parse, the analysis and the findings.</summary>
public sealed record CheckedNote(Note Note, NoteAnalysis Analysis, IReadOnlyList<Finding> Findings);

/// <summary>Checks notes against a workspace's papers with its settings: what `check` prints and the server publishes.</summary>
public sealed class NoteChecker(PaperLibrary library, WorkspaceSettings settings)
{
    public PaperLibrary Library { get; } = library;
    public WorkspaceSettings Settings { get; } = settings;

    public CheckedNote Check(string path, string text)
    {
        var note = Note.Parse(path, text);
        var analysis = NoteAnalysis.Analyze(note, Library.Knowledge);
        return new CheckedNote(note, analysis, NoteChecks.Run(analysis, Settings.SeverityOf));
    }
}
