namespace Marginalia.Core.Sources;

/// <summary>
/// A place in a file: 0-based line and 0-based UTF-16 column, the convention LSP speaks.
/// People and the terminal see 1-based lines; <see cref="DisplayLine"/> is the only conversion.
/// </summary>
public readonly record struct SourcePosition(int Line, int Column) : IComparable<SourcePosition>
{
    public int DisplayLine => Line + 1;
    public int DisplayColumn => Column + 1;

    public int CompareTo(SourcePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public static bool operator <(SourcePosition a, SourcePosition b) => a.CompareTo(b) < 0;
    public static bool operator >(SourcePosition a, SourcePosition b) => a.CompareTo(b) > 0;
    public static bool operator <=(SourcePosition a, SourcePosition b) => a.CompareTo(b) <= 0;
    public static bool operator >=(SourcePosition a, SourcePosition b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{DisplayLine}:{DisplayColumn}";
}

/// <summary>A half-open range of a file, End exclusive.</summary>
public readonly record struct SourceRange(SourcePosition Start, SourcePosition End)
{
    public bool Contains(SourcePosition position) => Start <= position && position <= End;
    public bool Contains(SourceRange other) => Start <= other.Start && other.End <= End;
    public bool Overlaps(SourceRange other) => Start < other.End && other.Start < End;
    public override string ToString() => $"{Start}-{End}";
}
