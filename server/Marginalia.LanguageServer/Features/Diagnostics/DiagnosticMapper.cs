using Marginalia.Core;
using Marginalia.Core.Checks;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Diagnostics;

/// <summary>Findings as LSP diagnostics: the one place a Core finding becomes a protocol record.</summary>
public static class DiagnosticMapper
{
    public const string Source = "marginalia";

    public static Diagnostic ToDiagnostic(Finding finding) => new(
        finding.Range.ToProtocol(),
        finding.Message,
        finding.Severity switch
        {
            Severity.Error => DiagnosticSeverity.Error,
            Severity.Warning => DiagnosticSeverity.Warning,
            Severity.Information => DiagnosticSeverity.Information,
            _ => DiagnosticSeverity.Hint,
        },
        finding.Code,
        Source,
        finding.Related.Count == 0 ? null
            : [.. finding.Related.Select(r => new DiagnosticRelatedInformation(new Location(PaperUri(r.Path), r.Range.ToProtocol()), r.Message))]);

    // Related passages are in the papers: a few paths, written as URIs once rather than for every finding of every note.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> PaperUris = new(StringComparer.Ordinal);

    private static string PaperUri(string path) =>
        PaperUris.TryGetValue(path, out var uri) ? uri : PaperUris.GetOrAdd(path, DocumentUris.FromPath);

    /// <summary>A note that cannot be read (binary, not UTF-8, too large), shown on its first line.</summary>
    public static Diagnostic ToDiagnostic(InputException problem)
    {
        var line = Math.Max(0, (problem.Line ?? 1) - 1);
        return new Diagnostic(new Protocol.Range(new Position(line, 0), new Position(line, 0)), problem.Problem, DiagnosticSeverity.Error, NoteChecks.NoteProblemCode, Source);
    }
}
