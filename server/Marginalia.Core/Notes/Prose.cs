using System.Text.RegularExpressions;
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
/// A stretch of prose whose characters lie in the note from <paramref name="SourceStart"/>: one after another
/// (<paramref name="Step"/> 1, a literal's text), or all at that one offset (<paramref name="Step"/> 0, an entity's characters).
/// It ends where the next run starts.
/// </summary>
internal readonly record struct ProseRun(int ProseStart, int SourceStart, int Step);

/// <summary>
/// The words of a note a reader reads, with code, HTML, link targets and front matter left out,
/// block after block (separated by '\n'), each character mapped back to its offset in the note.
/// </summary>
public sealed partial class Prose
{
    // The map to the note as runs, not one offset per character: offsets never decrease, and a literal's characters are consecutive.
    private readonly ProseRun[] _runs;

    internal Prose(string text, ProseRun[] runs, IReadOnlyList<ProseScope> scopes, SourceText source)
    {
        Text = text;
        _runs = runs;
        Scopes = scopes;
        Source = source;
    }

    public string Text { get; }
    public IReadOnlyList<ProseScope> Scopes { get; }

    /// <summary>The arrows of a chain of steps ("A → B ⇒ C"): each step a thing of its own.</summary>
    public static readonly System.Buffers.SearchValues<char> Arrows = System.Buffers.SearchValues.Create("→⇒");

    /// <summary>
    /// Whether a dash that sets words apart stands at a place: "—", or "--" between spaces as notes type one ("Peace
    /// plan endorsed in June 2010 -- three months later…"); for "--", at either hyphen.
    /// </summary>
    public static bool IsDashAt(string text, int i)
    {
        if (text[i] == '—') return true;
        if (text[i] != '-') return false;
        var start = i > 0 && text[i - 1] == '-' ? i - 1 : i;
        return start + 1 < text.Length && text[start + 1] == '-' && (start == 0 || text[start - 1] == ' ')
            && (start + 2 == text.Length || text[start + 2] is ' ' or '\n');
    }
    public SourceText Source { get; }

    /// <summary>The note offset of a prose index (the end of the note for the end of the prose).</summary>
    public int ToSourceOffset(int index) =>
        index < Text.Length ? OffsetAt(index) : Text.Length == 0 ? 0 : OffsetAt(Text.Length - 1) + 1;

    private int OffsetAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        int lo = 0, hi = _runs.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_runs[mid].ProseStart <= index) lo = mid;
            else hi = mid - 1;
        }
        var run = _runs[lo];
        return run.SourceStart + run.Step * (index - run.ProseStart);
    }

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
        var i = BinarySearch(sourceOffset);
        return i >= 0 ? i : null;
    }

    /// <summary>The prose index nearest at or after a note offset.</summary>
    public int ToProseIndexAtOrAfter(int sourceOffset)
    {
        var i = BinarySearch(sourceOffset);
        return i >= 0 ? i : ~i;
    }

    // Array.BinarySearch over the offsets of every character, probe for probe: where several characters share an
    // offset (an entity's), it answers the same one.
    private int BinarySearch(int sourceOffset)
    {
        int lo = 0, hi = Text.Length - 1;
        while (lo <= hi)
        {
            var i = lo + ((hi - lo) >> 1);
            var order = OffsetAt(i).CompareTo(sourceOffset);
            if (order == 0) return i;
            if (order < 0) lo = i + 1;
            else hi = i - 1;
        }
        return ~lo;
    }

    /// <summary>
    /// Whether a place heads the list item or table row right after the one that holds an earlier place (or ends there): a
    /// timeline's "- two days later: …" counts from the item before it.
    /// </summary>
    public bool ContinuesTimeline(int earlier, int at)
    {
        var index = IndexAt(at);
        if (index < 1 || Scopes[index] is not { Kind: ScopeKind.ListItem or ScopeKind.TableRow } item) return false;
        var before = Scopes[index - 1];
        return before.Kind == item.Kind && before.Contains(Math.Max(0, earlier - 1)) && Text.AsSpan(before.End, item.Start - before.End).Count('\n') == 1
            && (Text.AsSpan(item.Start, at - item.Start).Trim(" \t|*_-:>").IsEmpty || OpensWithDate(before, earlier));
    }

    /// <summary>
    /// Whether the item or row before opens with the date that ends at a place, set off by a colon, a dash or a cell's
    /// bar ("- 13 July 2011: first 650 US soldiers leave"): a timeline's entry, which the next one's "two years later"
    /// counts from wherever it stands.
    /// </summary>
    private bool OpensWithDate(ProseScope item, int dateEnd)
    {
        var rest = Text.AsSpan(dateEnd, item.End - dateEnd).TrimStart(" *_");
        return rest.Length > 0 && rest[0] is ':' or '—' or '–' or '|' && Text.AsSpan(item.Start, dateEnd - item.Start).IndexOfAny(":.;—|") < 0;
    }

    public ProseScope? ScopeAt(int index) => IndexAt(index) is var i and >= 0 ? Scopes[i] : null;

    /// <summary>
    /// The question a scope answers, when the scope right before it (in its paragraph or the one before) asks when
    /// something happened: "Q: When did Najibullah resign?" then "A: 16 April 1993." — the answer's date is a claim about
    /// what the question names. Null otherwise. (A labelled answer in the question's own paragraph is already one sentence
    /// with it: see the parser.)
    /// </summary>
    public ProseScope? QuestionBefore(ProseScope scope) =>
        AskedBefore(scope) is { } before && AsksWhen().IsMatch(Text.AsSpan(before.Start, before.Length)) ? before : null;

    /// <summary>The scope just before, when it asks a question and stands no more than a blank line away.</summary>
    public ProseScope? AskedBefore(ProseScope scope) =>
        ScopeBefore(scope) is { } before && Text.AsSpan(before.Start, before.Length).TrimEnd(" \t*_\"'”’)").EndsWith('?') ? before : null;

    /// <summary>
    /// The scope just before, when what stands at <paramref name="at"/> opens its scope (only markup before it): what a
    /// sentence's opening words may go on from ("## Najibullah's fall" then "He resigned …").
    /// </summary>
    public ProseScope? ScopeBeforeOpening(ProseScope scope, int at) =>
        Text.AsSpan(scope.Start, at - scope.Start).Trim(" \t*_>-").IsEmpty ? ScopeBefore(scope) : null;

    /// <summary>The text from start to end with the stretches given (prose indices) blanked out: what is said besides them.</summary>
    public string Without(int start, int end, IEnumerable<(int From, int To)> stretches)
    {
        var text = Text.ToCharArray(start, end - start);
        foreach (var (from, to) in stretches)
            for (var i = Math.Max(from, start); i < Math.Min(to, end); i++) text[i - start] = ' ';
        return new string(text);
    }

    /// <summary>The scope just before (a sentence, a heading, an item), when it stands no more than a blank line away.</summary>
    public ProseScope? ScopeBefore(ProseScope scope)
    {
        var index = IndexAt(scope.Start);
        if (index < 1) return null;
        var before = Scopes[index - 1];
        return Text.AsSpan(before.End, scope.Start - before.End).Count('\n') > 2 ? null : before;
    }

    [GeneratedRegex(@"(?i)(?<![\w-])(?:when|what\s+(?:year|date|month|day)|which\s+(?:year|date|month|day))(?![\w-])")]
    private static partial Regex AsksWhen();

    /// <summary>The position in <see cref="Scopes"/> of the scope that holds a prose index, or -1.</summary>
    private int IndexAt(int index)
    {
        int lo = 0, hi = Scopes.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (index < Scopes[mid].Start) hi = mid - 1;
            else if (index >= Scopes[mid].End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
