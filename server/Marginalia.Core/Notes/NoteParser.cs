using System.Buffers;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Notes;

/// <summary>
/// Reads a note with Markdig into its <see cref="Prose"/>: the text of headings, paragraphs, list
/// items, block quotes and table cells, emphasis dissolved; code, HTML, link targets, images and
/// front matter left out. Scopes: a sentence, a heading, a whole list item, a table row.
/// </summary>
internal sealed partial class NoteParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    // Read as spaces: prose words are split on ' ' alone.
    private static readonly SearchValues<char> NarrowSpaces = SearchValues.Create("\u00A0\u2009\u202F");

    private readonly StringBuilder _text;
    private readonly List<ProseRun> _runs = [];
    private int _lastOffset = -1;
    private readonly List<ProseScope> _scopes = [];
    private readonly List<(int Start, int Length)> _paragraphs = [];
    private readonly string _source;

    private NoteParser(string source)
    {
        _source = source;
        _text = new StringBuilder(source.Length); // the prose is about as long as the note: seldom copied to grow
    }

    public YamlFrontMatterBlock? FrontMatter { get; private set; }

    public static (Prose Prose, YamlFrontMatterBlock? FrontMatter) Parse(SourceText source)
    {
        var parser = new NoteParser(source.Text);
        parser.Walk(Markdown.Parse(source.Text, Pipeline));
        var text = parser._text.ToString();
        foreach (var (start, length) in parser._paragraphs)
        {
            var sentences = SentenceSplitter.Split(text, start, length).ToList();
            for (var i = 0; i < sentences.Count; i++)
            {
                var (s, l) = sentences[i];
                // A question and the answer after it are read as one ("Q: when did Najibullah resign? A: 16 April 1992"): the
                // answer's date is about what the question asks.
                if (i + 1 < sentences.Count && text.AsSpan(s, l).TrimEnd().EndsWith("?") && sentences[i + 1] is var (a, al) && Answer().IsMatch(text.AsSpan(a, al)))
                    (l, i) = (a + al - s, i + 1);
                parser._scopes.Add(new ProseScope(s, l, ScopeKind.Sentence));
            }
        }
        parser._scopes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (new Prose(text, parser._runs.ToArray(), parser._scopes, source), parser.FrontMatter);
    }

    private void Walk(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case YamlFrontMatterBlock front:
                    FrontMatter = front;
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>()) ReadRow(row);
                    break;
                case ListItemBlock item:
                    ReadListItem(item);
                    break;
                case HeadingBlock heading:
                    var start = _text.Length;
                    AppendInlines(heading.Inline);
                    AddScope(start, ScopeKind.Heading);
                    EndBlock();
                    break;
                case ParagraphBlock paragraph when IsBlank(paragraph):
                    // What Markdig's pipe tables can leave of the paragraph they were read from (a form feed after a
                    // row): placed before the table though it comes after it, it would make the table's offsets go backwards.
                    break;
                case ParagraphBlock paragraph:
                    var from = _text.Length;
                    // A callout's first line ("> [!note] Deadline for Q&A") is its title, a heading of its own.
                    var title = IsCallout(paragraph) ? paragraph.Inline!.FirstOrDefault(i => i is LineBreakInline) : null;
                    foreach (var inline in paragraph.Inline ?? [])
                    {
                        if (ReferenceEquals(inline, title))
                        {
                            AddScope(from, ScopeKind.Heading);
                            EndBlock();
                            from = _text.Length;
                            continue;
                        }
                        AppendInline(inline);
                    }
                    _paragraphs.Add((from, _text.Length - from));
                    EndBlock();
                    break;
                case ContainerBlock inner:
                    Walk(inner);
                    break;
                // Code blocks, HTML blocks, thematic breaks and link definitions are never prose.
            }
        }
    }

    private static bool IsBlank(ParagraphBlock paragraph) => paragraph.Inline is { } inline && IsBlank(inline);

    private static bool IsBlank(ContainerInline container) => container.All(i => i switch
    {
        LiteralInline literal => literal.Content.AsSpan().IsWhiteSpace(),
        ContainerInline inner => IsBlank(inner),
        _ => false,
    });

    private void ReadRow(TableRow row)
    {
        var start = _text.Length;
        foreach (var cell in row.OfType<TableCell>())
        {
            if (_text.Length > start) Append(' ', LastOffset + 1);
            foreach (var paragraph in cell.OfType<LeafBlock>()) AppendInlines(paragraph.Inline);
        }
        AddScope(start, ScopeKind.TableRow);
        EndBlock();
    }

    private void ReadListItem(ListItemBlock item)
    {
        // The item's own paragraphs are one scope; a nested list's items are their own.
        var start = _text.Length;
        foreach (var child in item)
        {
            if (child is ParagraphBlock paragraph)
            {
                if (_text.Length > start) Append(' ', LastOffset + 1);
                AppendInlines(paragraph.Inline);
            }
            else
            {
                AddScope(start, ScopeKind.ListItem);
                EndBlock();
                if (child is ContainerBlock inner) Walk(inner);
                start = _text.Length;
            }
        }
        AddScope(start, ScopeKind.ListItem);
        EndBlock();
    }

    /// <summary>Whether a paragraph opens a quote with an Obsidian callout's marker ("> [!note] Title").</summary>
    private bool IsCallout(ParagraphBlock paragraph) =>
        paragraph.Parent is QuoteBlock quote && ReferenceEquals(quote.FirstOrDefault(), paragraph)
        && CalloutMarker().IsMatch(_source.AsSpan(paragraph.Span.Start, Math.Min(paragraph.Span.Length, 40)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\[![\w-]+\][+-]?")]
    private static partial System.Text.RegularExpressions.Regex CalloutMarker();

    private void AppendInlines(ContainerInline? container)
    {
        if (container is null) return;
        foreach (var inline in container) AppendInline(inline);
    }

    private void AppendInline(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                // The slice addresses Markdig's copy of the paragraph; Span is the place in the note.
                var slice = literal.Content;
                AppendSlice(slice.Text, slice.Start, slice.Length, SourceOffset(slice.AsSpan(), literal.Span.Start));
                break;
            case LineBreakInline lineBreak:
                Append(' ', lineBreak.Span.Start);
                break;
            case HtmlEntityInline entity:
                foreach (var c in entity.Transcoded.ToString()) Append(c, entity.Span.Start);
                break;
            case LinkInline { IsImage: false } link:
                AppendInlines(link);
                break;
            case ContainerInline inner:
                AppendInlines(inner);
                break;
            default:
                // Code spans, HTML, autolinks and images: a word break, never words.
                Append(' ', Math.Max(inline.Span.Start, LastOffset + 1));
                break;
        }
    }

    /// <summary>
    /// Where a literal's text lies in the note. Markdig's span is exact except in some pipe-table
    /// cells, where it can be off by a column or two: take the nearest place the text really is.
    /// </summary>
    private int SourceOffset(ReadOnlySpan<char> text, int spanStart)
    {
        if (Matches(text, spanStart)) return spanStart;
        for (var delta = 1; delta <= 3; delta++)
        {
            if (Matches(text, spanStart + delta)) return spanStart + delta;
            if (Matches(text, spanStart - delta)) return spanStart - delta;
        }
        // Further off (a cell padded with spaces): the nearest place on the same line where the text is, not before what was read.
        if (text.IsEmpty || spanStart < 0 || spanStart > _source.Length) return spanStart;
        var lineStart = _source.LastIndexOf('\n', Math.Max(0, Math.Min(spanStart, _source.Length - 1))) + 1;
        var lineEnd = _source.IndexOf('\n', spanStart);
        if (lineEnd < 0) lineEnd = _source.Length;
        var from = Math.Max(lineStart, _lastOffset + 1);
        var best = -1;
        for (var at = from; at + text.Length <= lineEnd; at++)
        {
            if (!Matches(text, at)) continue;
            if (best < 0 || Math.Abs(at - spanStart) < Math.Abs(best - spanStart)) best = at;
            else break;
        }
        return best >= 0 ? best : spanStart;
    }

    private bool Matches(ReadOnlySpan<char> text, int at) =>
        at >= 0 && at + text.Length <= _source.Length && _source.AsSpan(at, text.Length).SequenceEqual(text);

    private int LastOffset => _lastOffset;

    /// <summary>A character of markup read as prose (a separator, a line break, an entity's character).</summary>
    private void Append(char c, int offset)
    {
        // Offsets never go backwards, so a note offset finds its prose index by binary search.
        offset = Math.Max(offset, _lastOffset);
        Map(_text.Length, offset, 1, step: 1);
        _text.Append(NarrowSpaces.Contains(c) ? ' ' : c);
        _lastOffset = offset;
    }

    /// <summary>A literal's characters, written at consecutive offsets of the note from <paramref name="sourceStart"/>.</summary>
    private void AppendSlice(string text, int start, int count, int sourceStart)
    {
        if (count <= 0) return;
        var at = _text.Length;
        // A start before the last offset (a table cell Markdig placed a column off) holds at the last offset until it passes it.
        var held = Math.Min(count, _lastOffset - sourceStart + 1);
        if (held > 0) Map(at, _lastOffset, held, step: 0);
        if (held < count) Map(at + Math.Max(held, 0), sourceStart + Math.Max(held, 0), count - Math.Max(held, 0), step: 1);
        _lastOffset = Math.Max(_lastOffset, sourceStart + count - 1);

        var span = text.AsSpan(start, count);
        if (!span.ContainsAny(NarrowSpaces))
        {
            _text.Append(text, start, count);
            return;
        }
        foreach (var c in span) _text.Append(NarrowSpaces.Contains(c) ? ' ' : c);
    }

    /// <summary>Maps <paramref name="length"/> prose characters from <paramref name="proseStart"/> to the note, extending the last run when they continue it.</summary>
    private void Map(int proseStart, int sourceStart, int length, int step)
    {
        if (_runs.Count > 0)
        {
            var last = _runs[^1];
            var lastLength = proseStart - last.ProseStart;
            var lastOffset = last.SourceStart + last.Step * (lastLength - 1);
            // A run of one character continues either way.
            if (step == 1 && (last.Step == 1 || lastLength == 1) && sourceStart == lastOffset + 1)
            {
                if (last.Step != 1) _runs[^1] = last with { Step = 1 };
                return;
            }
            if ((step == 0 || length == 1) && (last.Step == 0 || lastLength == 1) && sourceStart == lastOffset)
            {
                if (last.Step != 0) _runs[^1] = last with { Step = 0 };
                return;
            }
        }
        _runs.Add(new ProseRun(proseStart, sourceStart, length == 1 ? 1 : step));
    }

    private void AddScope(int start, ScopeKind kind)
    {
        var end = _text.Length;
        while (start < end && _text[start] == ' ') start++;
        while (end > start && _text[end - 1] == ' ') end--;
        if (end > start) _scopes.Add(new ProseScope(start, end - start, kind));
    }

    private void EndBlock()
    {
        if (_text.Length > 0 && _text[^1] != '\n') Append('\n', Math.Min(LastOffset + 1, _source.Length));
    }

    /// <summary>The words that label an answer: "A:", "Ans.", "Answer:", a flashcard's "Back:".</summary>
    internal const string AnswerLabels = "A|Ans|Answer|Back";

    /// <summary>"A:", "A.", "Answer:": an answer to the question before it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:" + AnswerLabels + @")\s*[:.]\s")]
    private static partial System.Text.RegularExpressions.Regex Answer();
}
