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
internal sealed class NoteParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];
    private readonly List<ProseScope> _scopes = [];
    private readonly List<(int Start, int Length)> _paragraphs = [];
    private readonly string _source;

    private NoteParser(string source) => _source = source;

    public YamlFrontMatterBlock? FrontMatter { get; private set; }

    public static (Prose Prose, YamlFrontMatterBlock? FrontMatter) Parse(SourceText source)
    {
        var parser = new NoteParser(source.Text);
        parser.Walk(Markdown.Parse(source.Text, Pipeline));
        var text = parser._text.ToString();
        foreach (var (start, length) in parser._paragraphs)
        {
            foreach (var (s, l) in SentenceSplitter.Split(text, start, length)) parser._scopes.Add(new ProseScope(s, l, ScopeKind.Sentence));
        }
        parser._scopes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (new Prose(text, parser._offsets.ToArray(), parser._scopes, source), parser.FrontMatter);
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
                case ParagraphBlock paragraph:
                    var from = _text.Length;
                    AppendInlines(paragraph.Inline);
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

    private void AppendInlines(ContainerInline? container)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    // The slice addresses Markdig's copy of the paragraph; Span is the place in the note.
                    var slice = literal.Content;
                    var at = SourceOffset(slice.AsSpan(), literal.Span.Start);
                    for (var i = slice.Start; i <= slice.End; i++) Append(slice.Text[i], at + i - slice.Start);
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
        return spanStart;
    }

    private bool Matches(ReadOnlySpan<char> text, int at) =>
        at >= 0 && at + text.Length <= _source.Length && _source.AsSpan(at, text.Length).SequenceEqual(text);

    private int LastOffset => _offsets.Count == 0 ? -1 : _offsets[^1];

    private void Append(char c, int offset)
    {
        // Offsets never go backwards, so a note offset finds its prose index by binary search.
        _text.Append(c is '\u00A0' or '\u2009' or '\u202F' ? ' ' : c);
        _offsets.Add(Math.Max(offset, LastOffset));
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
}
