using Marginalia.Core.Checks;
using Marginalia.Core.Notes;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>A note checked against the papers: the parse, the analysis and the findings.</summary>
public sealed record CheckedNote(Note Note, NoteAnalysis Analysis, IReadOnlyList<Finding> Findings)
{
    /// <summary>What the workspace keeps of this note once the editor no longer has it open.</summary>
    public NoteSummary Summarize() => NoteSummary.Of(this);
}

/// <summary>An id a note writes, and where: a citation or wikilink of an event or actor.</summary>
public readonly record struct CitedId(string Id, SourceRange Range);

/// <summary>
/// What the workspace needs of a note it does not show: the findings to publish, the ids it cites (for
/// references and renames), how often it names each actor in prose (for actor cards), by actor id, and its
/// claims about events (for the timeline). A few hundred bytes where the whole parse and analysis take tens of kilobytes.
/// </summary>
public sealed record NoteSummary(IReadOnlyList<Finding> Findings, IReadOnlyList<CitedId> Citations, IReadOnlyDictionary<string, int> ActorsNamed)
{
    public IReadOnlyList<NoteClaim> Claims { get; init; } = [];

    public static NoteSummary Of(CheckedNote note)
    {
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in note.Analysis.Actors)
            foreach (var actor in mention.Actors)
                named[actor.Id] = named.GetValueOrDefault(actor.Id) + 1;
        return new NoteSummary(note.Findings, [.. note.Note.References.Select(r => new CitedId(r.Id, r.Range))], named)
        {
            Claims = NoteClaim.Of(note.Note, note.Analysis),
        };
    }
}

/// <summary>Checks notes against a workspace's papers with its settings: what `check` prints and the server publishes.</summary>
public sealed class NoteChecker(PaperLibrary library, WorkspaceSettings settings)
{
    public PaperLibrary Library { get; } = library;
    public WorkspaceSettings Settings { get; } = settings;

    public CheckedNote Check(string path, string text)
    {
        try
        {
            return CheckText(path, text);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // One note must never stop the others (or the server): it is checked as blank text of the same shape, so
            // every position still holds, and says on its first line why it was not read.
            var blank = Note.Parse(path, Blank(text), Settings.DateOrder);
            var analysis = NoteAnalysis.Analyze(blank, Library.Knowledge);
            var line = new SourceText(text).GetLine(0);
            var problem = new Finding(NoteChecks.NoteProblemCode, Severity.Error,
                new SourceRange(new SourcePosition(0, 0), new SourcePosition(0, line.Length)),
                $"Marginalia could not read this note, so it is not checked: {Reason(e)}");
            return new CheckedNote(blank, analysis, [problem]);
        }
    }

    private CheckedNote CheckText(string path, string text)
    {
        var note = Note.Parse(path, text, Settings.DateOrder);
        var analysis = NoteAnalysis.Analyze(note, Library.Knowledge);
        return new CheckedNote(note, analysis, NoteChecks.Run(analysis, Settings.SeverityOf));
    }

    private static string Reason(Exception e) =>
        e.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase)
            ? "its Markdown is nested too deeply (a line of many '>' or a list indented hundreds of levels)"
            : $"{e.GetType().Name}: {e.Message}";

    /// <summary>The text with every character but line breaks turned into a space.</summary>
    private static string Blank(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < span.Length; i++) span[i] = source[i] is '\n' or '\r' ? source[i] : ' ';
    });
}
