using Marginalia.Core.Sources;

namespace Marginalia.Core.Checks;

/// <summary>A replacement of a stretch of the note.</summary>
public sealed record TextEdit(SourceRange Range, string NewText);

/// <summary>A one-click repair of a finding.</summary>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits)
{
    /// <summary>
    /// Whether an editor may apply it without asking (LSP's isPreferred: "Fix all", auto-fix on save): only a fix
    /// that is right whenever the finding is, never one that guesses which event a sentence is about.
    /// </summary>
    public bool IsPreferred { get; init; }

    public static Fix Replace(string title, SourceRange range, string newText, bool preferred = false) =>
        new(title, [new TextEdit(range, newText)]) { IsPreferred = preferred };

    public static Fix Insert(string title, SourcePosition at, string newText) => new(title, [new TextEdit(new SourceRange(at, at), newText)]);
}

/// <summary>A place in a paper that explains a finding: the passage that dates the event.</summary>
public sealed record RelatedPassage(string Path, SourceRange Range, string Message);

/// <summary>What a check found in a note: a stable code, where, a message a researcher understands, and fixes.</summary>
public sealed record Finding(string Code, Severity Severity, SourceRange Range, string Message)
{
    public IReadOnlyList<Fix> Fixes { get; init; } = [];
    public IReadOnlyList<RelatedPassage> Related { get; init; } = [];
}
