using Marginalia.Core.Sources;

namespace Marginalia.Core.Notes;

/// <summary>What a scope of prose is: the unit a claim is read in.</summary>
public enum ScopeKind { Sentence, Heading, ListItem, TableRow }

/// <summary>A stretch of a note's prose read as one unit: a sentence, a heading, a whole list item or a table row.</summary>
public sealed record ProseScope(int Start, int Length, ScopeKind Kind)
{
    public int End => Start + Length;
    public bool Contains(int index) => Start <= index && index < End;
}

/// <summary>
/// The words of a note a reader reads, with code, HTML, link targets and front matter left out,
/// block after block (separated by '\n'), each character mapped back to its offset in the note.
/// </summary>
public sealed class Prose
{
    private readonly int[] _offsets;

    internal Prose(string text, int[] offsets, IReadOnlyList<ProseScope> scopes, SourceText source)
    {
        Text = text;
        _offsets = offsets;
        Scopes = scopes;
        Source = source;
    }

    public string Text { get; }
    public IReadOnlyList<ProseScope> Scopes { get; }
    public SourceText Source { get; }

    /// <summary>The note offset of a prose index (the end of the note for the end of the prose).</summary>
    public int ToSourceOffset(int index) =>
        index < _offsets.Length ? _offsets[index] : _offsets.Length == 0 ? 0 : _offsets[^1] + 1;

    /// <summary>The note range of a stretch of prose: from its first character to just after its last.</summary>
    public SourceRange ToSourceRange(int start, int length)
    {
        var from = ToSourceOffset(start);
        var to = length == 0 ? from : ToSourceOffset(start + length - 1) + 1;
        return Source.GetRange(from, to - from);
    }

    /// <summary>The prose index at a note offset, or null when the offset is not in prose (code, a link target, markup).</summary>
    public int? ToProseIndex(int sourceOffset)
    {
        var i = Array.BinarySearch(_offsets, sourceOffset);
        return i >= 0 ? i : null;
    }

    /// <summary>The prose index nearest at or after a note offset.</summary>
    public int ToProseIndexAtOrAfter(int sourceOffset)
    {
        var i = Array.BinarySearch(_offsets, sourceOffset);
        return i >= 0 ? i : ~i;
    }

    public ProseScope? ScopeAt(int index)
    {
        int lo = 0, hi = Scopes.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (index < Scopes[mid].Start) hi = mid - 1;
            else if (index >= Scopes[mid].End) lo = mid + 1;
            else return Scopes[mid];
        }
        return null;
    }
}
