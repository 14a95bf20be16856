using Marginalia.Core.Sources;

namespace Marginalia.Core.Checks;

/// <summary>A replacement of a stretch of the note.</summary>
public sealed record TextEdit(SourceRange Range, string NewText);

/// <summary>A one-click repair of a finding.</summary>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits)
{
    public static Fix Replace(string title, SourceRange range, string newText) => new(title, [new TextEdit(range, newText)]);
}

/// <summary>A place in a paper that explains a finding: the passage that dates the event.</summary>
public sealed record RelatedPassage(string Path, SourceRange Range, string Message);

/// <summary>What a check found in a note: a stable code, where, a message a researcher understands, and fixes.</summary>
public sealed record Finding(string Code, Severity Severity, SourceRange Range, string Message)
{
    public IReadOnlyList<Fix> Fixes { get; init; } = [];
    public IReadOnlyList<RelatedPassage> Related { get; init; } = [];
}
