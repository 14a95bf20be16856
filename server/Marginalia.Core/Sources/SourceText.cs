namespace Marginalia.Core.Sources;

/// <summary>
/// The original text of a file exactly as it is on disk (after UTF-8 decoding), with the
/// offset ↔ line/column map. Every range Marginalia reports points into this text.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }
    public int Length => Text.Length;
    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The line's text without its line break.</summary>
    public string GetLine(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text[start..end];
    }

    public SourcePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new SourcePosition(line, offset - _lineStarts[line]);
    }

    public SourceRange GetRange(int start, int length) =>
        new(GetPosition(start), GetPosition(start + length));

    /// <summary>The offset of a position, or null when the position is outside the text.</summary>
    public int? TryGetOffset(SourcePosition position)
    {
        if (position.Line < 0 || position.Line >= _lineStarts.Length || position.Column < 0) return null;
        var start = _lineStarts[position.Line];
        var lineLength = GetLine(position.Line).Length;
        return position.Column <= lineLength ? start + position.Column : null;
    }

    /// <summary>The offset of a position, clamped into the text (editors send positions past line ends).</summary>
    public int GetOffset(SourcePosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lineStarts.Length) return Text.Length;
        var start = _lineStarts[position.Line];
        return start + Math.Clamp(position.Column, 0, GetLine(position.Line).Length);
    }

    public string Slice(SourceRange range) => Text[GetOffset(range.Start)..GetOffset(range.End)];
}
