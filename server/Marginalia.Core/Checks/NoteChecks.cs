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

    public static IReadOnlyList<Finding> Run(NoteAnalysis note, Func<string, Severity, Severity>? severityOf = null)
    {
        severityOf ??= (_, fallback) => fallback;
        var findings = new List<Finding>();
        foreach (var problem in note.Note.Problems)
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
}
