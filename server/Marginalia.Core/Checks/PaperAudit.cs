using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Checks;

/// <summary>How a paper contradicts itself.</summary>
public enum ContradictionKind
{
    /// <summary>A distance ("in 18 months") that does not fit the explicit dates on either side of it.</summary>
    Duration,
    /// <summary>A thing called by a year it does not have elsewhere in the paper ("the Moscow Format of 2018", introduced in 2017).</summary>
    YearName,
    /// <summary>Events told with "after" or "before" in an order their dates deny.</summary>
    Order,
}

/// <summary>The date a contradicting statement implies for an event the paper dates otherwise (the other side of the contradiction).</summary>
public sealed record ImpliedDate(Event Event, HistoricalDate Date);

/// <summary>
/// A statement of a paper that the paper's own dates contradict: the words that say it, the passage whose dates deny
/// it, and for each event at stake the date the statement implies instead.
/// </summary>
public sealed record PaperContradiction(ContradictionKind Kind, Paper Paper, Passage Said, Passage Against, string Message)
{
    public IReadOnlyList<ImpliedDate> Implied { get; init; } = [];

    /// <summary>What the passage that denies the statement is, shown beside it.</summary>
    public string AgainstMessage { get; init; } = "";
}

/// <summary>
/// Reads a paper against its own dates, with the same recognizer and the same reading of order and distance
/// (<see cref="Chronology"/>) as a note: a distance that does not fit the explicit dates around it, a thing called by a
/// year it does not have, events told in an order their dates deny. Only what is truly a contradiction is reported:
/// a hedged distance ("nearly three years", "about a month"), a side whose date the paper only implies, or a vague
/// span is never one.
/// </summary>
public static partial class PaperAudit
{
    /// <summary>The code of an audit finding on the paper.</summary>
    public const string Code = "MRG009";

    /// <summary>The audit's place in the catalog of checks: information by default (the paper is the source, not a note).</summary>
    public static CheckKind Kind { get; } = new(Code, "PaperAudit", "Paper contradicts itself", Severity.Information);

    // One audit per loaded paper, worked out once even when notes are checked in parallel: the paper read as a note
    // (NoteAnalysis memoizes as it goes) is used by one thread only.
    private static readonly ConditionalWeakTable<PaperKnowledge, Lazy<IReadOnlyList<PaperContradiction>>> Audits = new();

    /// <summary>
    /// The contradictions of a paper, in the order of the paper (worked out once per loaded paper). A paper whose text
    /// the note reader cannot take (Markdown nested past its limit) has none: the notes' checks ask for the audit, and
    /// one odd paper must not make every note unreadable.
    /// </summary>
    public static IReadOnlyList<PaperContradiction> Of(PaperKnowledge paper) =>
        Audits.GetValue(paper, static p => new Lazy<IReadOnlyList<PaperContradiction>>(() => AuditOrNone(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static IReadOnlyList<PaperContradiction> AuditOrNone(PaperKnowledge paper)
    {
        try
        {
            return Audit(paper);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return [];
        }
    }

    /// <summary>The contradictions as findings on the paper, at the severity the workspace sets for MRG009 (none when off).</summary>
    public static IReadOnlyList<Finding> Findings(PaperKnowledge paper, Func<string, Severity, Severity>? severityOf = null) =>
        (severityOf?.Invoke(Code, Kind.DefaultSeverity) ?? Kind.DefaultSeverity) is var severity && severity == Severity.Off ? []
        : [.. Of(paper).Select(c => new Finding(Code, severity, c.Said.Range, c.Message)
        {
            Related = [new RelatedPassage(c.Paper.Path, c.Against.Range, c.AgainstMessage)],
        })];

    /// <summary>
    /// The contradiction of the paper that explains a date a note gives an event: the date agrees with the date the
    /// paper's other statement implies for it ("the Moscow Format of 2018" for the format introduced in 2017).
    /// </summary>
    public static PaperContradiction? Explaining(KnowledgeBase knowledge, Event e, Func<HistoricalDate, bool> agrees)
    {
        if (knowledge.PaperOf(e) is not { } paper) return null;
        return Of(paper).FirstOrDefault(c => c.Implied.Any(i => ReferenceEquals(i.Event, e) && agrees(i.Date)));
    }

    private static IReadOnlyList<PaperContradiction> Audit(PaperKnowledge paper)
    {
        var found = new List<PaperContradiction>();
        var text = new PaperText(paper);
        foreach (var s in text.Analysis.Statements)
        {
            var contradiction = s.Distance is not null ? DistanceDenied(text, s) : OrderDenied(text, s);
            if (contradiction is not null) found.Add(contradiction);
        }
        found.AddRange(YearNames(text));
        found.Sort((a, b) => a.Said.Start.CompareTo(b.Said.Start));
        return found;
    }

    // ── A distance that does not fit ─────────────────────────────────────────────────────────────────────────────

    private static PaperContradiction? DistanceDenied(PaperText text, OrderStatement s)
    {
        var offset = s.Distance!.Relative!;
        if (!Hedges.ExactDistance(s.Distance.Text) || !Explicit(s.Subject) || !Explicit(s.Anchor)) return null;
        if (s.Subject.Event is { } se && ReferenceEquals(se, s.Anchor.Event)) return null;
        var (from, to) = offset.Direction == RelativeDirection.Before ? (s.Subject.When, s.Anchor.When) : (s.Anchor.When, s.Subject.When);
        if (Count(from, to, offset.Unit) is not { } count || (count.Min <= offset.Amount && offset.Amount <= count.Max)) return null;

        var said = text.PassageOf(s.Distance.Start, s.Distance.Length);
        var (against, other) = text.OtherSide(s, said);
        var unit = Unit(offset.Unit);
        var counted = count.Min == count.Max ? $"{count.Min} {unit}{(count.Min == 1 ? "" : "s")}" : $"{count.Min} to {count.Max} {unit}s";
        var message = $"The paper's own dates deny \u201c{s.Distance.Text}\u201d: from {Name(s.Anchor)} to {Name(s.Subject)} is {counted}, not {offset.Amount} "
            + $"({text.Paper.Paper.FileName}, line {against.Range.Start.DisplayLine})";
        var implied = new List<ImpliedDate>();
        // What the distance makes of each side counted from the other: the deal in March 2020, the talks in August 2018.
        if (text.EventOf(s.Subject) is { } subjectEvent && s.Distance.ResolveAgainst(s.Anchor.When) is { } atSubject)
            implied.Add(new ImpliedDate(subjectEvent, atSubject));
        if (text.EventOf(s.Anchor) is { } anchorEvent && Reversed(s.Distance).ResolveAgainst(s.Subject.When) is { } atAnchor)
            implied.Add(new ImpliedDate(anchorEvent, atAnchor));
        return new PaperContradiction(ContradictionKind.Duration, text.Paper.Paper, said, against, message)
        {
            Implied = implied,
            AgainstMessage = $"the paper dates {other} here",
        };
    }

    /// <summary>The distance counted the other way: "18 months after September 2018" from the far end is "18 months before".</summary>
    private static DateMention Reversed(DateMention distance) => distance with
    {
        Relative = distance.Relative! with
        {
            Direction = distance.Relative.Direction == RelativeDirection.After ? RelativeDirection.Before : RelativeDirection.After,
        },
    };

    /// <summary>A side the paper dates in words of its own: a date it states, or an event it dates without counting from another.</summary>
    private static bool Explicit(TimeSide side) =>
        side.When.IsValid && !DateAgreement.IsVague(side.When) && side.When.Precision != DatePrecision.Range
        && side.Basis switch
        {
            SideBasis.Stated => NoteAnalysis.IsStatedPoint(side.Date!),
            _ => side.Event!.AnchorId is null,
        };

    /// <summary>
    /// How many whole units lie from one date to another by the calendar, at the dates' precision: September 2018 to
    /// 29 February 2020 is 17 months; 18 May to 21 May is 3 days; mid-September to 8 September is 3 to 12 days, one
    /// week as a writer rounds it.
    /// </summary>
    private static (int Min, int Max)? Count(HistoricalDate from, HistoricalDate to, TimeUnit unit)
    {
        static int Month(DateOnly d) => d.Year * 12 + d.Month;
        return unit switch
        {
            TimeUnit.Day => (to.Start.DayNumber - from.End.DayNumber, to.End.DayNumber - from.Start.DayNumber),
            TimeUnit.Week => ((int)Math.Round((to.Start.DayNumber - from.End.DayNumber) / 7.0, MidpointRounding.AwayFromZero),
                              (int)Math.Round((to.End.DayNumber - from.Start.DayNumber) / 7.0, MidpointRounding.AwayFromZero)),
            TimeUnit.Month => (Month(to.Start) - Month(from.End), Month(to.End) - Month(from.Start)),
            TimeUnit.Year => (to.Start.Year - from.End.Year, to.End.Year - from.Start.Year),
            _ => null,
        };
    }

    private static string Unit(TimeUnit unit) => unit.ToString().ToLowerInvariant();

    private static string Name(TimeSide side) => side.Basis == SideBasis.Stated
        ? side.Date!.Text
        : $"'{side.Event!.Id}' ({DateWriter.Natural(side.When)})";


    // ── Events told in an order their dates deny ─────────────────────────────────────────────────────────────────

    private static PaperContradiction? OrderDenied(PaperText text, OrderStatement s)
    {
        if (!s.Contradicted || !Explicit(s.Subject) || !Explicit(s.Anchor)) return null;
        var said = text.PassageOf(s.Start, s.Length);
        var (against, other) = text.OtherSide(s, said);
        var actual = s.Relation == OrderRelation.Before ? "after" : "before";
        var message = $"The paper's own dates put {Name(s.Subject)} {actual} {Name(s.Anchor)}, not \u201c{s.Connector.Trim()}\u201d it "
            + $"({text.Paper.Paper.FileName}, line {against.Range.Start.DisplayLine})";
        return new PaperContradiction(ContradictionKind.Order, text.Paper.Paper, said, against, message)
        {
            AgainstMessage = $"the paper dates {other} here",
        };
    }


    // ── A thing called by a year it does not have ────────────────────────────────────────────────────────────────

    /// <summary>
    /// "The Moscow Format of 2018" (or "the 2018 Moscow Format"): a body, group or organisation of the paper called by a
    /// year, when the paper's event that introduces, forms or founds it dates it to another.
    /// </summary>
    private static IEnumerable<PaperContradiction> YearNames(PaperText text)
    {
        var paper = text.Paper;
        var reading = paper.Paper.Reading.Text;
        var knowledge = text.Knowledge;
        var years = paper.DateMentions.Where(d => d.Date is { Precision: DatePrecision.Year }).ToList();
        var yearAt = years.GroupBy(d => d.Start).ToDictionary(g => g.Key, g => g.First());
        var yearEndingAt = years.GroupBy(d => d.End).ToDictionary(g => g.Key, g => g.First());
        foreach (var mention in knowledge.Matcher.Find(reading))
        {
            if (mention.Actors is not [var actor] || actor.Kind is ActorKind.Person or ActorKind.State) continue;
            var end = mention.Start + mention.Length;
            // "… Format of 2018", "… Format of the year 2018"; "the 2018 Moscow Format".
            var of = Of().Match(reading, end);
            var year = of.Success && yearAt.TryGetValue(end + of.Length, out var after) ? after
                : mention.Start > 0 && reading[mention.Start - 1] == ' ' && yearEndingAt.TryGetValue(mention.Start - 1, out var before)
                  && Article().IsMatch(reading.AsSpan(Math.Max(0, before.Start - 4), Math.Min(4, before.Start))) ? before
                : null;
            if (year is null) continue;
            var founding = paper.Events.FirstOrDefault(e => e.Actors.Contains(actor) && e.AnchorId is null && Founding().IsMatch(e.Title)
                && !DateAgreement.IsVague(e.Date) && e.Date.IsValid);
            if (founding is null || DateAgreement.Agrees(year.Date!, founding.Date)) continue;
            var start = Math.Min(mention.Start, year.Start);
            var said = paper.Paper.MakePassage(start, Math.Max(end, year.End) - start);
            var message = $"The paper speaks of \u201c{said.Text}\u201d, but it dates '{founding.Id}' ({founding.Title}) to {DateWriter.Natural(founding.Date)} "
                + $"({founding.Paper.FileName}, line {founding.Passage.Range.Start.DisplayLine})";
            yield return new PaperContradiction(ContradictionKind.YearName, paper.Paper, said, founding.Passage, message)
            {
                Implied = [new ImpliedDate(founding, year.Date!)],
                AgainstMessage = $"the paper dates '{founding.Id}' here",
            };
        }
    }

    [GeneratedRegex(@"\G\s+of\s+(?:the\s+year\s+)?")]
    private static partial Regex Of();

    [GeneratedRegex(@"(?i:(?:^|\s)the\s)$")]
    private static partial Regex Article();

    /// <summary>What an event that brings a body into being says it did.</summary>
    [GeneratedRegex(@"(?i:\b(?:introduce[sd]?|forms?|formed|founds?|founded|establish(?:es|ed)?|creates?|created|sets?\s+up|launch(?:es|ed)?)\b)")]
    private static partial Regex Founding();
}

/// <summary>
/// A paper's reading text read as a note, so that order and distance statements are found by the same rules as in
/// notes: each paragraph a Markdown paragraph, every index mapped back to the reading text and so to the original file.
/// </summary>
internal sealed class PaperText
{
    private readonly int[] _toReading;

    public PaperText(PaperKnowledge paper)
    {
        Paper = paper;
        Knowledge = new KnowledgeBase([paper]);
        var reading = paper.Paper.Reading.Text;
        // A blank line after each paragraph line: Markdown paragraphs, with the offset of every character in the reading text.
        var markdown = new System.Text.StringBuilder(reading.Length * 2);
        var map = new List<int>(reading.Length * 2 + 1);
        for (var i = 0; i < reading.Length; i++)
        {
            markdown.Append(reading[i]);
            map.Add(i);
            if (reading[i] == '\n')
            {
                markdown.Append('\n');
                map.Add(i);
            }
        }
        map.Add(reading.Length);
        _toReading = [.. map];
        Analysis = NoteAnalysis.Analyze(Note.Parse(paper.Paper.Path, markdown.ToString()), Knowledge);
    }

    public PaperKnowledge Paper { get; }

    /// <summary>The paper's own knowledge alone: its events are the ones a sentence of it may name.</summary>
    public KnowledgeBase Knowledge { get; }
    public NoteAnalysis Analysis { get; }

    /// <summary>The reading-text index of a prose index.</summary>
    private int Reading(int proseIndex) => _toReading[Math.Clamp(Analysis.Note.Prose.ToSourceOffset(proseIndex), 0, _toReading.Length - 1)];

    /// <summary>A stretch of prose as a passage of the paper.</summary>
    public Passage PassageOf(int proseStart, int proseLength)
    {
        var start = Reading(proseStart);
        var end = Reading(proseStart + proseLength - 1) + 1;
        return Paper.Paper.MakePassage(start, end - start);
    }

    /// <summary>
    /// The event of the paper a side is: the event named, or for a date the paper states, the event whose passage
    /// states it ("The peace talks began in September 2018": 'us-taliban-talks-begin-2018').
    /// </summary>
    public Event? EventOf(TimeSide side)
    {
        if (side.Event is { } e) return e;
        if (side.Date is not { Date: { } date } stated) return null;
        var at = Reading(stated.Start);
        return Paper.Events.FirstOrDefault(x => x.Passage.Contains(at, 0) && x.AnchorId is null && DateAgreement.Agrees(date, x.Date) && DateAgreement.Agrees(x.Date, date));
    }

    /// <summary>
    /// The passage whose date denies a statement: the subject's (the event's passage, or the sentence of the date the
    /// paper states), else the anchor's, whichever lies outside the statement's own sentence; with what it dates.
    /// </summary>
    public (Passage Passage, string What) OtherSide(OrderStatement s, Passage said)
    {
        var own = Paper.Paper.SentenceAt(said.Start);
        (Passage Passage, string What) Of(TimeSide side) => side.Basis == SideBasis.Stated
            ? (Paper.Paper.SentenceAt(Reading(side.Date!.Start)) ?? PassageOf(side.Date!.Start, side.Date.Length), side.Date!.Text)
            : (side.Event!.Passage, $"'{side.Event.Id}'");
        var subject = Of(s.Subject);
        if (own is null || !own.Contains(subject.Passage.Start, 0)) return subject;
        var anchor = Of(s.Anchor);
        return own.Contains(anchor.Passage.Start, 0) ? subject : anchor;
    }
}
