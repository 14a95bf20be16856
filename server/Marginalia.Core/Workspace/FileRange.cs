using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>A stretch of a file of the workspace: a note's citation, a paper's passage, a line of a knowledge file.</summary>
public sealed record FileRange(string Path, SourceRange Range);

/// <summary>A replacement of a stretch of a file, one part of a change that spans several files.</summary>
public sealed record FileEdit(string Path, SourceRange Range, string NewText);
