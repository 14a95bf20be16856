namespace Marginalia.Core.Checks;

/// <summary>
/// A kind of finding a workspace can set the severity of: its stable code, its name (SARIF's rule name), what it
/// reports in a few words (the SARIF rule's description, the settings' descriptions, the README's table) and how it is
/// reported unless set otherwise.
/// </summary>
public sealed record CheckKind(string Code, string Name, string Title, Severity DefaultSeverity);
