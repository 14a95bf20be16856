namespace Marginalia.Core.Sources;

/// <summary>
/// A footnote number glued to a word or a year by PDF extraction ("Kabul1.", "in 199610."),
/// with its exact place in the original file. The reading text leaves it out.
/// </summary>
public sealed record FootnoteMarker(int Number, int Offset, int Length, SourceRange Range);
