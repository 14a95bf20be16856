using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
using Marginalia.Core.Dates.Forms;
using Marginalia.Core.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Marginalia.Core.Notes;

/// <summary>A problem with a note itself (broken front matter), with its place.</summary>
public sealed record NoteProblem(SourceRange Range, string Message);

/// <summary>
/// A Markdown research note, parsed: its prose, the event and actor ids it references, the dates
/// it writes, and the paper its front matter names. Knows nothing of the papers; see <see cref="NoteAnalysis"/>.
/// </summary>
public sealed partial class Note
{
    private Note(string path, SourceText text, Prose prose, string? paperName, IReadOnlyList<NoteProblem> problems, DateOrder order)
    {
        Path = path;
        Text = text;
        Prose = prose;
        PaperName = paperName;
        Problems = problems;
        References = FindReferences(prose);
        var dates = DateRecognizer.Recognize(WithoutIds(prose.Text, References), continues: prose.ContinuesTimeline, order: order);
        // Where the workspace sets no order, the note's own: "07/05/2005" in a note that writes "15/02/1989", or says it
        // writes day first ("(day/month)", "day-first"), is 7 May.
        if (order == DateOrder.Either && dates.Any(d => d.AlternativeReading is not null) && OwnOrder(prose.Text, dates) is { } own)
            dates = [.. dates.Select(d => DateOrders.Settle(d, own))];
        Dates = dates;
    }

    /// <summary>
    /// How a note writes its numeric dates, by its own word ("day-first", "dd/mm") or by the ones that read only one way
    /// ("15/02/1989", "02/15/1989"), when they all agree; null when it does not say.
    /// </summary>
    private static DateOrder? OwnOrder(string text, IReadOnlyList<DateMention> dates)
    {
        var said = SaysOrder().Matches(text).Select(m => m.Groups["day"].Success ? DateOrder.DayFirst : DateOrder.MonthFirst).Distinct().ToList();
        // (Only a day over 12 shows the order: "05/05/2005" reads the same both ways.)
        var shown = dates.Where(d => d.AlternativeReading is null && d.Date is { Precision: DatePrecision.Day, Start.Day: > 12 }
                && d.Style is DateStyle.Slashed or DateStyle.Dotted or DateStyle.SlashedMonthFirst)
            .Select(d => d.Style == DateStyle.SlashedMonthFirst ? DateOrder.MonthFirst : DateOrder.DayFirst).Distinct().ToList();
        var all = said.Concat(shown).Distinct().ToList();
        return all is [var one] ? one : null;
    }

    /// <summary>"day-first", "day/month", "dd/mm"; "month-first", "month/day", "mm/dd".</summary>
    [GeneratedRegex(@"(?i)(?<![\w-])(?:(?<day>day[- ]first|day/month|dd/mm|dd\.mm)|month[- ]first|month/day|mm/dd)(?![\w-])")]
    private static partial Regex SaysOrder();

    /// <summary>
    /// The prose with each reference's id written over (as long, in letters): an id names an event, it writes no date
    /// ("[@lavrov-recalls-soviet-intervention-1980s]" says nothing of the 1980s).
    /// </summary>
    private static string WithoutIds(string text, IReadOnlyList<Reference> references)
    {
        if (references.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var r in references)
        {
            Array.Fill(chars, 'x', r.Start, r.Length);
            // (Nor does a label that is a number of the id's other than its year: "[[unsc-resolution-1267-1999|1267]]".)
            if (r.Kind != ReferenceKind.Wikilink || r.End >= text.Length || text[r.End] != '|') continue;
            var close = text.IndexOf("]]", r.End, StringComparison.Ordinal);
            var label = close < 0 ? "" : text[(r.End + 1)..close].Trim();
            if (label.Length > 0 && label.All(char.IsAsciiDigit) && r.Id.Contains($"-{label}-", StringComparison.Ordinal))
                Array.Fill(chars, 'x', r.End + 1, close - r.End - 1);
        }
        return new string(chars);
    }

    public string Path { get; }
    public SourceText Text { get; }
    public Prose Prose { get; }

    /// <summary>The paper the front matter names (<c>paper: file.txt</c>), for workspaces with several.</summary>
    public string? PaperName { get; }
    public IReadOnlyList<NoteProblem> Problems { get; }
    public IReadOnlyList<Reference> References { get; }

    /// <summary>Every date expression of the prose, in order (prose indices).</summary>
    public IReadOnlyList<DateMention> Dates { get; }

    /// <param name="order">How the workspace writes numeric dates that read both ways ("07/05/2005").</param>
    public static Note Parse(string path, string text, DateOrder order = DateOrder.Either)
    {
        var source = new SourceText(text);
        var (prose, front) = NoteParser.Parse(source);
        var problems = new List<NoteProblem>();
        string? paper = null;
        if (front is not null) paper = ReadFrontMatter(source, front, problems);
        return new Note(path, source, prose, paper, problems, order);
    }

    public SourceRange RangeOf(DateMention date) => Prose.ToSourceRange(date.Start, date.Length);

    /// <summary>The reference whose id or brackets hold a note offset.</summary>
    public Reference? ReferenceAt(SourcePosition position) =>
        References.FirstOrDefault(r => r.Whole.Contains(position));

    public DateMention? DateAt(SourcePosition position) =>
        Dates.FirstOrDefault(d => RangeOf(d).Contains(position));

    private static string? ReadFrontMatter(SourceText source, Markdig.Extensions.Yaml.YamlFrontMatterBlock front, List<NoteProblem> problems)
    {
        // The block spans the fences; YAML line numbers count from the first line inside them.
        var firstLine = front.Line + 1;
        var yaml = string.Join('\n', Enumerable.Range(firstLine, Math.Max(0, front.Lines.Count)).Select(i => i < source.LineCount ? source.GetLine(i) : "")
            .TakeWhile(l => l.TrimEnd() is not ("---" or "...")));
        try
        {
            var stream = SafeYaml.Load(yaml, YamlLimits.FrontMatter);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return null;
            return map.Children.TryGetValue(new YamlScalarNode("paper"), out var value) && value is YamlScalarNode s ? s.Value : null;
        }
        catch (YamlException e)
        {
            var line = Math.Min(firstLine + (int)e.Start.Line - 1, source.LineCount - 1);
            var at = new SourcePosition(line, 0);
            problems.Add(new NoteProblem(new SourceRange(at, new SourcePosition(line, source.GetLine(line).Length)),
                $"broken YAML front matter: {(e.InnerException?.Message ?? e.Message).Split(" (Line:")[0].Trim()}; the note is checked without it"));
            return null;
        }
    }

    /// <summary>What an event id holds and a note's name seldom does: a hyphen or a digit ("soviet-withdrawal-1989").</summary>
    private static readonly System.Buffers.SearchValues<char> IdMarks = System.Buffers.SearchValues.Create("-0123456789");

    // The patterns are enumerated as spans (no Match or Group objects: a note holds dozens of references);
    // the id within each is found by the pattern's own shape.
    private static IReadOnlyList<Reference> FindReferences(Prose prose)
    {
        var found = new List<Reference>();
        var text = prose.Text;
        foreach (var m in Wikilink().EnumerateMatches(text))
        {
            // "[[ id | alias ]]": the id is what stands before "|" or "]]", trimmed.
            var inner = text.AsSpan(m.Index + 2, m.Length - 4);
            var bar = inner.IndexOf('|');
            var id = bar < 0 ? inner : inner[..bar];
            var trimmed = id.Trim();
            // ("[[Burhanuddin Rabbani]]" and "[[Karzai]]" link other notes of the vault: no event id holds a space, and a
            // capitalized name with no hyphen or digit is no id mistyped.)
            if (trimmed.IsEmpty || trimmed.ContainsAny(' ', '\t') || (trimmed.IndexOfAnyInRange('A', 'Z') >= 0 && !trimmed.ContainsAny(IdMarks))) continue;
            var start = m.Index + 2 + (id.Length - id.TrimStart().Length);
            found.Add(Make(prose, trimmed.ToString(), ReferenceKind.Wikilink, start, m.Index, m.Length));
        }
        // Wikilinks are found in text order: whether one lies in a citation group is a binary search.
        var wikilinkStarts = found.Select(r => r.Start).ToArray();
        foreach (var m in CitationGroup().EnumerateMatches(text))
        {
            var firstAtOrAfter = Array.BinarySearch(wikilinkStarts, m.Index);
            if (firstAtOrAfter < 0) firstAtOrAfter = ~firstAtOrAfter;
            if (firstAtOrAfter < wikilinkStarts.Length && wikilinkStarts[firstAtOrAfter] < m.Index + m.Length) continue;
            var group = text.AsSpan(m.Index, m.Length);
            foreach (var key in CitationKey().EnumerateMatches(group))
            {
                // "-@id" or "@id": the id follows the "@".
                var at = group.Slice(key.Index, key.Length).IndexOf('@') + 1;
                found.Add(Make(prose, group.Slice(key.Index + at, key.Length - at).ToString(), ReferenceKind.Citation, m.Index + key.Index + at, m.Index, m.Length));
            }
        }
        var starts = found.Select(r => r.Start).ToHashSet();
        foreach (var m in Surroundings.InTextCitation().EnumerateMatches(text))
        {
            // "@id": the id follows the "@".
            if (starts.Contains(m.Index + 1)) continue;
            found.Add(Make(prose, text.Substring(m.Index + 1, m.Length - 1), ReferenceKind.InText, m.Index + 1, m.Index, m.Length));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static Reference Make(Prose prose, string id, ReferenceKind kind, int idStart, int wholeStart, int wholeLength) =>
        new(id, kind, idStart, id.Length, prose.ToSourceRange(idStart, id.Length), prose.ToSourceRange(wholeStart, wholeLength));

    [GeneratedRegex(@"\[\[(?<id>[^\[\]|\n]*)(?:\|[^\[\]\n]*)?\]\]")]
    private static partial Regex Wikilink();

    /// <summary>A bracketed Pandoc citation group: "[@a]", "[see @a, p. 4; @b]".</summary>
    [GeneratedRegex(@"\[(?=[^\[\]\n]*@)[^\[\]\n]*\]")]
    private static partial Regex CitationGroup();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])-?@(?<id>[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?)")]
    private static partial Regex CitationKey();
}
