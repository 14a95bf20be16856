using Marginalia.Core.Notes;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Checks;

/// <summary>Every check, run over a note with the workspace's severities; the one entry point of the front ends.</summary>
public static class NoteChecks
{
    /// <summary>Code of a problem with the note itself (broken front matter).</summary>
    public const string NoteProblemCode = "MRG000";

    public static IReadOnlyList<NoteCheck> All { get; } =
    [
        new UnknownReferenceCheck(),
        new CitedDateCheck(),
        new InferredDateCheck(),
        new ImpossibleDateCheck(),
        new WeekdayCheck(),
        new ChronologyCheck(),
        new OfficeCheck(),
        new AmbiguityCheck(),
    ];

    /// <summary>Every kind of finding whose severity a workspace sets: the note checks', then the paper audit's (MRG009).</summary>
    public static IReadOnlyList<CheckKind> Catalog { get; } = [.. All.Select(c => new CheckKind(c.Code, c.GetType().Name.Replace("Check", "", StringComparison.Ordinal), c.Title, c.DefaultSeverity)), PaperAudit.Kind];

    public static IReadOnlyList<Finding> Run(NoteAnalysis note, Func<string, Severity, Severity>? severityOf = null)
    {
        severityOf ??= (_, fallback) => fallback;
        var findings = new List<Finding>();
        foreach (var problem in note.Note.Problems.Concat(PaperProblems(note)))
        {
            var severity = severityOf(NoteProblemCode, Severity.Warning);
            if (severity != Severity.Off) findings.Add(new Finding(NoteProblemCode, severity, problem.Range, problem.Message));
        }
        foreach (var check in All)
        {
            var severity = severityOf(check.Code, check.DefaultSeverity);
            if (severity == Severity.Off) continue;
            findings.AddRange(check.Run(note).Select(f => f with { Severity = severity }));
        }
        findings.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start) is var c && c != 0 ? c : string.CompareOrdinal(a.Code, b.Code));
        return findings;
    }

    /// <summary>Front matter naming a paper the workspace does not have: the note is read against every paper.</summary>
    private static IEnumerable<NoteProblem> PaperProblems(NoteAnalysis note)
    {
        if (note.Note.PaperName is not { } name || note.Paper is not null) yield break;
        var line = Enumerable.Range(0, note.Note.Text.LineCount).FirstOrDefault(i => note.Note.Text.GetLine(i).TrimStart().StartsWith("paper:", StringComparison.Ordinal));
        var at = new SourceRange(new SourcePosition(line, 0), new SourcePosition(line, note.Note.Text.GetLine(line).Length));
        var papers = string.Join(", ", note.Knowledge.Papers.Select(p => p.Paper.FileName));
        yield return new NoteProblem(at, $"the front matter names the paper '{name}', which is not among the papers ({papers}); the note is read against all of them");
    }
}
