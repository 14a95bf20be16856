namespace Marginalia.LanguageServer.Protocol;

public sealed record PublishDiagnosticsParams(string Uri, Diagnostic[] Diagnostics, int? Version = null);

/// <summary><c>code</c> is typed as a string: every Marginalia code is one.</summary>
public sealed record Diagnostic(
    Range Range,
    string Message,
    DiagnosticSeverity? Severity = null,
    string? Code = null,
    string? Source = null,
    DiagnosticRelatedInformation[]? RelatedInformation = null,
    object? Data = null);

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public sealed record DiagnosticRelatedInformation(Location Location, string Message);
