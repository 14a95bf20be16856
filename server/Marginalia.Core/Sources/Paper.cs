using System.Text.RegularExpressions;

namespace Marginalia.Core.Sources;

/// <summary>
/// A source paper: its original text, its reading text and the map between them, and the
/// addressable parts a reader names — paragraphs, sentences, section headings, footnotes.
/// </summary>
public sealed partial class Paper
{
    private Paper(string path, SourceText original, ReadingText reading)
    {
        Path = path;
        Original = original;
        Reading = reading;
        var paragraphs = new List<Passage>();
        var sentences = new List<Passage>();
        var headings = new List<Heading>();
        foreach (var (start, length) in SplitParagraphs(reading.Text))
        {
            var paragraph = MakePassage(start, length);
            paragraphs.Add(paragraph);
            if (IsHeading(paragraph)) headings.Add(MakeHeading(paragraph));
            else foreach (var (s, l) in SentenceSplitter.Split(reading.Text, start, length)) sentences.Add(MakePassage(s, l));
        }
        Paragraphs = paragraphs;
        Sentences = sentences;
        Headings = headings;
    }

    /// <summary>Where the paper was read from: a file path, or the name of the embedded default.</summary>
    public string Path { get; }
    public string FileName => System.IO.Path.GetFileName(Path);
    public SourceText Original { get; }
    public ReadingText Reading { get; }
    public IReadOnlyList<Passage> Paragraphs { get; }
    public IReadOnlyList<Passage> Sentences { get; }
    public IReadOnlyList<Heading> Headings { get; }
    public IReadOnlyList<FootnoteMarker> Footnotes => Reading.Footnotes;

    public static Paper FromText(string path, string text)
    {
        var original = new SourceText(text);
        return new Paper(path, original, ReadingText.Build(original));
    }

    public static Paper Load(string path) => FromText(path, TextFile.Read(path));

    public Passage MakePassage(int start, int length) =>
        new(start, length, Reading.ToOriginalRange(start, length), Reading.Text.Substring(start, length));

    /// <summary>The sentence that holds a reading-text index, if any (headings hold no sentences).</summary>
    public Passage? SentenceAt(int readingIndex)
    {
        var i = BinarySearch(Sentences, readingIndex);
        return i >= 0 ? Sentences[i] : null;
    }

    public Passage? ParagraphAt(int readingIndex)
    {
        var i = BinarySearch(Paragraphs, readingIndex);
        return i >= 0 ? Paragraphs[i] : null;
    }

    /// <summary>The section a reading-text index is in: the last heading before it.</summary>
    public Heading? SectionAt(int readingIndex) => Headings.LastOrDefault(h => h.Passage.Start <= readingIndex);

    /// <summary>Every place a phrase occurs in the reading text (ordinal, whitespace-insensitive).</summary>
    public IReadOnlyList<Passage> Find(string phrase)
    {
        var normalized = Whitespace().Replace(phrase.Trim(), " ");
        var found = new List<Passage>();
        if (normalized.Length == 0) return found;
        for (var at = Reading.Text.IndexOf(normalized, StringComparison.Ordinal); at >= 0;
             at = Reading.Text.IndexOf(normalized, at + 1, StringComparison.Ordinal))
        {
            found.Add(MakePassage(at, normalized.Length));
        }
        return found;
    }

    private static int BinarySearch(IReadOnlyList<Passage> passages, int index)
    {
        int lo = 0, hi = passages.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var p = passages[mid];
            if (index < p.Start) hi = mid - 1;
            else if (index >= p.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private static IEnumerable<(int Start, int Length)> SplitParagraphs(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var s = start;
            var e = end;
            while (s < e && text[s] == ' ') s++;
            while (e > s && text[e - 1] == ' ') e--;
            if (e > s) yield return (s, e - s);
            start = end + 1;
        }
    }

    /// <summary>
    /// A heading is a paragraph of a single short line that does not end like a sentence,
    /// e.g. "Introduction" or "An overview of Russia-Afghan relations 1989–2001".
    /// </summary>
    private bool IsHeading(Passage paragraph) =>
        paragraph.Range.Start.Line == paragraph.Range.End.Line
        && paragraph.Length <= 100
        && char.IsUpper(paragraph.Text[0])
        && !".,;:!?”\"".Contains(paragraph.Text[^1]);

    private static Heading MakeHeading(Passage passage)
    {
        var m = YearSpan().Match(passage.Text);
        if (!m.Success) return new Heading(passage, null, null);
        var from = int.Parse(m.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var to = int.Parse(m.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new Heading(passage, from, to);
    }

    [GeneratedRegex(@"(?<from>[0-9]{4})\s*[–-]\s*(?<to>[0-9]{4})\s*$")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
