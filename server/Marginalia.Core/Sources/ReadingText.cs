using System.Text;
using System.Text.RegularExpressions;

namespace Marginalia.Core.Sources;

/// <summary>
/// The paper as a person reads it: lines of a paragraph joined by one space, words hyphenated
/// across a line break joined, footnote numbers taken out, no-break and thin spaces read as
/// spaces, runs of spaces collapsed, paragraphs separated by one line break. Every character
/// maps back to its exact offset in the original file, and every original offset to the
/// reading text, so anything found while reading is reported where it is written.
/// </summary>
public sealed partial class ReadingText
{
    private readonly int[] _toOriginal;   // reading index → original offset (one extra entry: the end)
    private readonly int[] _toReading;    // original offset → reading index of it, or of the next kept character

    private ReadingText(SourceText original, string text, int[] toOriginal, int[] toReading, IReadOnlyList<FootnoteMarker> footnotes)
    {
        Original = original;
        Text = text;
        _toOriginal = toOriginal;
        _toReading = toReading;
        Footnotes = footnotes;
    }

    public SourceText Original { get; }
    public string Text { get; }
    public IReadOnlyList<FootnoteMarker> Footnotes { get; }

    public int ToOriginalOffset(int readingIndex) => _toOriginal[Math.Clamp(readingIndex, 0, Text.Length)];

    public int ToReadingIndex(int originalOffset) => _toReading[Math.Clamp(originalOffset, 0, Original.Length)];

    /// <summary>The original range of a stretch of reading text: from its first character to just after its last.</summary>
    public SourceRange ToOriginalRange(int start, int length)
    {
        var (from, to) = ToOriginalSpan(start, length);
        return new SourceRange(Original.GetPosition(from), Original.GetPosition(to));
    }

    /// <summary>The original offsets [from, to) of a stretch of reading text.</summary>
    public (int From, int To) ToOriginalSpan(int start, int length)
    {
        var from = ToOriginalOffset(start);
        var to = length <= 0 ? from : ToOriginalOffset(start + length - 1) + 1;
        return (from, to);
    }

    /// <summary>The reading-text stretch [start, end) that covers an original range.</summary>
    public (int Start, int End) ToReadingSpan(SourceRange range) =>
        (ToReadingIndex(Original.GetOffset(range.Start)), ToReadingIndex(Original.GetOffset(range.End)));

    public static ReadingText Build(SourceText original)
    {
        var s = original.Text;
        var drop = new bool[s.Length];
        var footnotes = new List<FootnoteMarker>();
        foreach (var (number, offset, length) in FootnoteFinder.Find(s))
        {
            for (var i = offset; i < offset + length; i++) drop[i] = true;
            footnotes.Add(new FootnoteMarker(number, offset, length, original.GetRange(offset, length)));
        }

        var joiner = new HyphenJoiner(s);
        var text = new StringBuilder(s.Length);
        var toOriginal = new List<int>(s.Length + 1);

        void Emit(char c, int at) { text.Append(c); toOriginal.Add(at); }

        var pendingSpaceAt = -1;      // original offset of the whitespace to emit before the next character
        var blankLineSeen = false;    // a blank line since the last character: a paragraph break
        var joinNextLine = false;     // the line ended in a joined hyphen break: no space before the next line
        for (var line = 0; line < original.LineCount; line++)
        {
            var start = original.LineStart(line);
            var content = original.GetLine(line);
            if (string.IsNullOrWhiteSpace(content))
            {
                blankLineSeen = text.Length > 0;
                continue;
            }
            if (text.Length > 0)
            {
                if (blankLineSeen) { Emit('\n', start - 1); pendingSpaceAt = -1; }
                else if (pendingSpaceAt < 0 && !joinNextLine) pendingSpaceAt = start - 1;
            }
            blankLineSeen = false;

            var end = start + content.Length;
            var hyphen = joiner.BreakAt(start, content);
            var i = start;
            if (joinNextLine) while (i < end && IsSpace(s[i])) i++;
            for (; i < end; i++)
            {
                if (drop[i]) continue;
                if (hyphen is { } h && i >= h.HyphenOffset)
                {
                    if (i == h.HyphenOffset && h.KeepHyphen) Emit('-', i);
                    continue;
                }
                var c = s[i];
                if (IsSpace(c))
                {
                    if (pendingSpaceAt < 0 && text.Length > 0 && text[^1] != '\n') pendingSpaceAt = i;
                    continue;
                }
                if (pendingSpaceAt >= 0)
                {
                    if (text.Length > 0 && text[^1] != '\n') Emit(' ', pendingSpaceAt);
                    pendingSpaceAt = -1;
                }
                Emit(c, i);
            }
            // A joined hyphen break carries straight on into the next line's first word.
            joinNextLine = hyphen is not null;
            pendingSpaceAt = joinNextLine ? -1 : end;
        }
        toOriginal.Add(s.Length);

        var toReading = new int[s.Length + 1];
        var r = text.Length;
        toReading[s.Length] = text.Length;
        for (var o = s.Length - 1; o >= 0; o--)
        {
            while (r > 0 && toOriginal[r - 1] >= o) r--;
            // r is now the first reading index whose original offset is >= o.
            toReading[o] = r;
        }
        return new ReadingText(original, text.ToString(), toOriginal.ToArray(), toReading, footnotes);
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F' or '\u2007' or '\u2002' or '\u2003';

    /// <summary>
    /// Decides, for a word hyphenated at a line end, whether the hyphen is typesetting ("so-|cial"
    /// reads "social") or part of the word ("anti-|terrorism"). The text is its own dictionary:
    /// whichever form occurs elsewhere in it wins.
    /// </summary>
    private sealed partial class HyphenJoiner
    {
        private readonly Dictionary<string, int> _words = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _hyphenPrefixes = new(StringComparer.OrdinalIgnoreCase);
        private readonly string _text;

        public HyphenJoiner(string text)
        {
            _text = text;
            foreach (Match m in Word().Matches(text))
            {
                var w = m.Value.TrimEnd('-');
                _words[w] = _words.GetValueOrDefault(w) + 1;
                var dash = w.IndexOf('-');
                if (dash > 0) _hyphenPrefixes.Add(w[..dash]);
            }
        }

        public readonly record struct Break(int HyphenOffset, bool KeepHyphen);

        public Break? BreakAt(int lineStart, string content)
        {
            var trimmed = content.TrimEnd();
            if (trimmed.Length < 2 || trimmed[^1] != '-' || !char.IsLetter(trimmed[^2])) return null;
            var nextStart = lineStart + content.Length;
            // Skip the line break and the next line's leading spaces (page-break lines start with one).
            while (nextStart < _text.Length && (_text[nextStart] is '\r' or '\n' || IsSpace(_text[nextStart]))) nextStart++;
            if (nextStart >= _text.Length || !char.IsLetter(_text[nextStart])) return null;
            if (_text.AsSpan(lineStart + content.Length, nextStart - lineStart - content.Length).Count('\n') > 1) return null;

            var before = Word().Match(trimmed[FragmentStart(trimmed)..^1]).Value;
            var after = Word().Match(_text, nextStart).Value.TrimEnd('-');
            return new Break(lineStart + trimmed.Length - 1, KeepHyphen(before, after));
        }

        private static int FragmentStart(string line)
        {
            var i = line.Length - 1;
            while (i > 0 && (char.IsLetter(line[i - 1]) || line[i - 1] == '-')) i--;
            return i;
        }

        private bool KeepHyphen(string before, string after)
        {
            var joined = _words.GetValueOrDefault(before + after);
            var hyphenated = _words.GetValueOrDefault(before + "-" + after);
            if (joined != hyphenated) return hyphenated > joined;
            if (after.Length > 0 && char.IsUpper(after[0])) return true;   // "Soviet-|Afghan"
            var prefix = before.Contains('-') ? before[(before.LastIndexOf('-') + 1)..] : before;
            return prefix.Length >= 3 && _hyphenPrefixes.Contains(prefix); // "anti-|terrorism" when "anti-Taliban" is in the text
        }

        [GeneratedRegex(@"\p{L}[\p{L}’'-]*")]
        private static partial Regex Word();
    }
}
