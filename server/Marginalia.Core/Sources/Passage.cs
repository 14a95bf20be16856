namespace Marginalia.Core.Sources;

/// <summary>
/// A stretch of a paper: a sentence, a paragraph, a heading or a quoted passage. Start and Length
/// address the reading text; Range is the exact place in the original file.
/// </summary>
public sealed record Passage(int Start, int Length, SourceRange Range, string Text)
{
    public int End => Start + Length;
    public bool Contains(int readingIndex) => Start <= readingIndex && readingIndex < End;
    public bool Contains(int start, int length) => Start <= start && start + length <= End;
}

/// <summary>A section heading, with the year span it carries ("Russian reassertion in Afghanistan 2011-2015").</summary>
public sealed record Heading(Passage Passage, int? FromYear, int? ToYear);
