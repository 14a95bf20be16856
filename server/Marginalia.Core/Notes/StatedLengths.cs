using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
using Marginalia.Core.Dates.Forms;
using Marginalia.Core.Knowledge;

namespace Marginalia.Core.Notes;

/// <summary>
/// A length of time a note gives for an event whose title gives another: "Najibullah's regime outlasted the withdrawal by
/// barely two years" of a regime that "resists the mujahideen for more than three years after the withdrawal".
/// Start and Length address the note's words for the length, or the date of the note that holds them (prose indices).
/// </summary>
public sealed record LengthStatement(int Start, int Length, string Written, Event Event, string PaperWords)
{
    public int End => Start + Length;
}

/// <summary>
/// The lengths the paper gives in its events' titles ("18 months before the deal", "after six months", "within 14 months")
/// and the sentences that give one of those events another. A sentence is about the event when it cites it, when one
/// side of an order it states is the event, or when its words name the event; the length is its only one of that scale
/// (none of the sentence's lengths being the paper's), and not the distance of an order between other things.
/// </summary>
public static partial class StatedLengths
{
    private enum Bound { About, MoreThan, Nearly, Within }

    /// <summary>A title's length: its words, in months, how it bounds, and on which side of the event its other end lies.</summary>
    private sealed record PaperLength(string Words, double Months, Bound Bound, OrderRelation OtherEnd);

    private static readonly ConditionalWeakTable<KnowledgeBase, Dictionary<Event, PaperLength>> Known = new();

    /// <summary>How high the words of a term's clause must rank an event to tie the term to it, naming it by no phrase.</summary>
    private const double RankedAtLeast = 0.35;

    /// <summary>Whether the paper's title gives the event a length ("within 14 months"): a bound a note sets it is read against that.</summary>
    internal static bool HasLength(KnowledgeBase knowledge, Event e) => Known.GetValue(knowledge, Lengths).ContainsKey(e);

    /// <summary>
    /// Whether a length is the one the paper's title gives the event itself to last ("Putin becomes President for the third
    /// time, for six years"): "Putin began his third term in 2012, this time for six years" says how long it lasted.
    /// </summary>
    internal static bool IsItsOwnSpan(Event e, RelativeOffset length) =>
        Amount().Match(e.Title) is { Success: true } m && IsSpanOfItsOwn(e.Title, m)
        && DateWords.Offset(m.Groups["num"].Value, m.Groups["unit"].Value, RelativeDirection.Lasting) is var own
        && own.Amount == length.Amount && own.Unit == length.Unit;

    /// <summary>Whether a title's length is how long the event itself lasted ("for six years", "for its first two years"), not a distance to another thing.</summary>
    private static bool IsSpanOfItsOwn(string title, Match length) => SpanFor().IsMatch(title.AsSpan(0, length.Index));

    public static IReadOnlyList<LengthStatement> Find(NoteAnalysis note)
    {
        var lengths = Known.GetValue(note.Knowledge, Lengths);
        if (lengths.Count == 0) return [];
        var text = note.Note.Prose.Text;
        var found = new List<LengthStatement>();
        foreach (var scope in note.Note.Prose.Scopes)
        {
            var amounts = Chronology.MatchesIn(Amount(), text, scope)
                .Where(m => !note.DatesIn(scope).Any(d => d.Kind is DateMentionKind.Absolute or DateMentionKind.ContextResolved && d.Start < m.Index + m.Length && m.Index < d.End))
                .ToList();
            // (Nor the length of a range the sentence states, or, for a sentence the length opens, the sentence just before it:
            // "The Soviet war, 1979–89: ten years that crippled …", "The Soviet war, 1979–89. Ten years that crippled …".)
            amounts.RemoveAll(m => note.DatesIn(scope)
                .Concat(note.Note.Prose.ScopeBeforeOpening(scope, m.Index) is { } before ? note.DatesIn(before) : [])
                .Any(d => d.Date is { Precision: DatePrecision.Range } range && Math.Abs(range.Length / 30.44 - Months(m)) <= (Months(m) >= 12 ? 12 : Months(m) / 4)));
            if (amounts.Count == 0) continue;
            var statements = note.Statements.Where(s => scope.Contains(s.Start)).ToList();
            // (Or what a date of the sentence is read as about, surely: "Deal signed 29 February 2020; the US promised to pull
            // out all forces … within 24 months" is the commitment.)
            var tied = note.CitedIn(scope).Select(c => c.Event)
                .Concat(statements.SelectMany(s => new[] { s.Subject.Event, s.Anchor.Event }).OfType<Event>())
                .Concat(note.Claims.Where(c => SurelyAbout(c) && scope.Contains(c.Date.Start)).Select(c => c.Event))
                .Where(lengths.ContainsKey).ToHashSet();
            // (Or what the words of a length's own clause, or sentence, name: "the US undertook to pull out all forces within 18 months".)
            // (Or, for a term the note sets, "within 18 months", an event the paper gives a term and the clause's words rank first
            // by a clear margin: "the US committed to pulling all its forces out within 12 months".)
            foreach (var m in amounts)
            {
                var clause = EventInference.ClauseOf(note, scope, m.Index, m.Index + m.Length) ?? scope;
                if (EventInference.Named(note, clause.Start, clause.End) is { } named && lengths.ContainsKey(named.Event))
                    tied.Add(named.Event);
                else if (WithinBefore().IsMatch(text.AsSpan(scope.Start, m.Index - scope.Start))
                    && EventInference.Rank(note, clause, null) is [var top, ..] ranked && lengths.TryGetValue(top.Event, out var term) && term.Bound == Bound.Within
                    && top.Confidence >= RankedAtLeast && (ranked.Count == 1 || top.Confidence - ranked[1].Confidence >= EventInference.ClearMargin))
                    tied.Add(top.Event);
            }
            foreach (var e in tied)
            {
                var paper = lengths[e];
                var candidates = amounts.Where(m => Comparable(paper, m) && Measures(note, statements, m, e, paper)).ToList();
                if (candidates.Count != 1 || Agrees(paper, candidates[0], WithinBefore().IsMatch(text.AsSpan(scope.Start, candidates[0].Index - scope.Start)))) continue;
                var m = candidates[0];
                // (An order already denied by its dates says it.)
                if (statements.Any(s => s.Distance is { } d && d.Start <= m.Index && m.Index < d.End && s.Contradicted)) continue;
                // (Where a date of the note holds the length, "within the next 24 months", it stands for the date: hover and
                // check say the same of it.)
                var (start, end) = note.DatesIn(scope).FirstOrDefault(d => d.Start <= m.Index && m.Index + m.Length <= d.End) is { } held
                    ? (held.Start, held.End) : (m.Index, m.Index + m.Length);
                found.Add(new LengthStatement(start, end - start, m.Value, e, paper.Words));
            }
        }
        return found;
    }

    /// <summary>Whether a length is of the scale of the paper's: months and years, or days and weeks.</summary>
    private static bool Comparable(PaperLength paper, Match m) => (paper.Months >= 1) == (Months(m) >= 1);

    /// <summary>
    /// Whether a length may be the event's: the distance of an order between the event and the one the paper counts it from
    /// ("outlasted the withdrawal by barely two years"), or a length that is no distance to anything ("within 24 months",
    /// "after a pause of three months") — not "two months after the talks began", which times something else by them.
    /// </summary>
    /// <remarks>
    /// (A side the note dates is the event its date is surely about: "A Taliban delegation arrived in Moscow in mid-September
    /// 2019, two weeks after Trump called off the Camp David meeting" is the visit "a week after the collapse".)
    /// </remarks>
    private static bool Measures(NoteAnalysis note, List<OrderStatement> statements, Match m, Event e, PaperLength paper)
    {
        if (statements.FirstOrDefault(s => s.Distance is { } d && d.Start <= m.Index && m.Index < d.End) is { } of)
        {
            var (self, other) = Is(of.Subject) ? (of.Subject, of.Anchor) : (of.Anchor, of.Subject);
            return Is(self) && other.Event?.Id == e.AnchorId && e.AnchorId is not null
                && (ReferenceEquals(self, of.Subject) ? of.Relation != paper.OtherEnd : of.Relation == paper.OtherEnd);
        }
        return !Distance().IsMatch(note.Note.Prose.Text.AsSpan(m.Index + m.Length));

        bool Is(TimeSide side) => ReferenceEquals(side.Event, e)
            || (side is { Basis: SideBasis.Stated, Date: { } date } && note.Claims.Any(c => ReferenceEquals(c.Date, date) && ReferenceEquals(c.Event, e) && SurelyAbout(c)));
    }

    /// <summary>Whether a claim the note's words infer is surely about its event: read with confidence, by a clear margin.</summary>
    private static bool SurelyAbout(DateClaim c) => c is { Basis: ClaimBasis.Inferred, Confidence: >= 0.6, Match.Margin: >= EventInference.ClearMargin };

    /// <summary>"within", "within the next", "within the following": a length that bounds.</summary>
    [GeneratedRegex(@"(?i)\bwithin\s+(?:the\s+(?:next|following)\s+)?$")]
    private static partial Regex WithinBefore();

    /// <summary>Words after a length that make it a distance to something: "two months after", "a year before", "18 months from".</summary>
    [GeneratedRegex(@"^\s*(?:(?i:after|before|later|earlier|since|prior|ago|from|on|into|apart|separated|between|to\s+the\s+day|short\s+of)\b|-)")]
    private static partial Regex Distance();

    /// <summary>
    /// Whether a length agrees with the paper's. A bound the paper gives ("within three years of the withdrawal") holds any
    /// distance the note gives up to it ("two years after the withdrawal"); a bound the note gives is its term, and must
    /// be the paper's ("within 24 months" of a commitment "within 14 months"), unless the paper's is a distance, which it
    /// may hold ("within two weeks" of "a week after").
    /// </summary>
    private static bool Agrees(PaperLength paper, Match m, bool noteBound)
    {
        var months = Months(m);
        if (paper.Bound == Bound.Within && !noteBound) return months <= paper.Months * 1.1;
        var (low, high) = paper.Bound switch
        {
            Bound.MoreThan => (paper.Months, paper.Months + (paper.Months >= 24 ? 12 : paper.Months / 2)),
            Bound.Nearly => (paper.Months - (paper.Months >= 24 ? 12 : paper.Months / 4), paper.Months),
            _ => (paper.Months * 0.9, paper.Months * 1.1),
        };
        // (A bound the note sets on a distance the paper gives holds any distance up to it: "within two weeks" of "a week after".)
        if (noteBound && paper.Bound != Bound.Within) return low <= months * 1.1 + 1e-9;
        // The note's own bound: "more than five years" at least five, "barely two years" at most two, "about" either side.
        var approx = string.Join(' ', m.Groups["approx"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var (from, to) = approx switch
        {
            "" => (months, months),
            _ when approx.StartsWith("more", StringComparison.Ordinal) || approx is "over" or "at least" => (months, months * 1.5),
            _ when approx.StartsWith("less", StringComparison.Ordinal) || approx is "barely" or "just" or "only" or "nearly" or "almost" or "under" => (months * 0.75, months),
            _ => (months * 0.85, months * 1.15),
        };
        return from <= high + 1e-9 && low <= to + 1e-9;
    }

    /// <summary>A length in months, with what "and" adds to it: "two years and ten months", "a year and a half".</summary>
    private static double Months(Match m) =>
        Months(m.Groups["num"].Value, m.Groups["unit"].Value) + (m.Groups["more"].Success
            ? m.Groups["half"].Success ? Months("half a", m.Groups["unit"].Value) : Months(m.Groups["num2"].Value, m.Groups["unit2"].Value)
            : 0);

    private static double Months(string number, string unit)
    {
        var offset = DateWords.Offset(number, unit, RelativeDirection.After);
        return offset.Unit switch
        {
            TimeUnit.Day => offset.Amount / 30.44,
            TimeUnit.Week => offset.Amount * 7 / 30.44,
            TimeUnit.Month => offset.Amount,
            TimeUnit.Year => offset.Amount * 12,
            _ => offset.Amount * 120,
        };
    }

    private static Dictionary<Event, PaperLength> Lengths(KnowledgeBase knowledge)
    {
        var lengths = new Dictionary<Event, PaperLength>(ReferenceEqualityComparer.Instance);
        foreach (var e in knowledge.Events)
        {
            // (Not a span of its own, "for six years", "the decade-long war": a note's lengths around it measure other things.)
            if (Amount().Match(e.Title) is not { Success: true } m) continue;
            var approx = m.Groups["approx"].Value.ToLowerInvariant();
            var before = e.Title[..m.Index];
            var bound = approx.StartsWith("more", StringComparison.Ordinal) ? Bound.MoreThan : approx.StartsWith("nearly", StringComparison.Ordinal) ? Bound.Nearly
                : WithinBefore().IsMatch(before) ? Bound.Within : Bound.About;
            var after = e.Title[(m.Index + m.Length)..];
            var other = Regex.IsMatch(after, @"^\s+before\b") ? OrderRelation.After
                : Regex.IsMatch(after, @"^\s+(?:after|of|into)\b") ? OrderRelation.Before
                : IsSpanOfItsOwn(e.Title, m) ? (OrderRelation?)null
                : OrderRelation.Before;
            if (other is { } end) lengths[e] = new PaperLength(m.Value, Months(m), bound, end);
        }
        return lengths;
    }

    /// <summary>"18 months", "more than three years", "barely two years", "a full year": a length, with the words that bound it.</summary>
    [GeneratedRegex(@"(?<![\w-])(?<approx>(?i:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|at\s+least|barely|just|only|under)\s+)?"
        + PatternParts.Number + @"\s+" + PatternParts.Unit + @"(?![\w-])"
        + @"(?<more>\s+and\s+(?:(?<half>(?i:an?\s+half))|(?<num2>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|an?)|[0-9]{1,2})\s+(?<unit2>(?i:day|week|month|year))s?)(?![\w-]))?")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?i)\bfor\s+(?:its\s+first\s+|the\s+(?:next\s+)?)?$")]
    private static partial Regex SpanFor();
}
