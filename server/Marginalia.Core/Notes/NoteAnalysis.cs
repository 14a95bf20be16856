using Marginalia.Core.Dates;
using Marginalia.Core.Dates.Forms;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Notes;

/// <summary>How a date in a note was tied to the event it speaks of.</summary>
public enum ClaimBasis
{
    /// <summary>The event is cited in the same sentence, list item or table row.</summary>
    Cited,
    /// <summary>No citation: the sentence was matched against the paper's events.</summary>
    Inferred,
}

/// <summary>A date a note writes, tied to the event it is taken to be about, with how sure that tie is (0..1).</summary>
public sealed record DateClaim(DateMention Date, SourceRange Range, Event Event, ClaimBasis Basis, double Confidence, ProseScope Scope)
{
    public bool Agrees => Date.Date is not null && (Counted is { } counted ? !counted.Contradicted : DateAgreement.Agrees(Date, Against));

    /// <summary>
    /// The edge of the event's span that the date's own words name, when they name one: "Putin began his third term on 7 May
    /// 2013 [@putin-third-term-2012]" speaks of the start of 2012–2018, 2012.
    /// </summary>
    public (HistoricalDate When, bool IsStart)? Edge { get; init; }

    /// <summary>The paper's date the claim is held to: its event's, the edge of it the words name, or the range it starts or ends.</summary>
    public HistoricalDate Against => Edge?.When ?? HeldTo(Event.Date);

    /// <summary>The paper's date of the event, or of the edge of it the words name: what a message says the paper dates.</summary>
    public HistoricalDate Dated => Edge?.When ?? Event.Date;

    /// <summary>
    /// For a range the note gives an event the paper dates by its start (true) or by its end (false), of which the range is
    /// held to that end alone (see NoteAnalysis.ByItsStart); null otherwise.
    /// </summary>
    public bool? ByItsStart { get; init; }

    /// <summary>What the claim is held to for a date of the paper's: that date, or for a range the note gives an event the paper
    /// dates by one end, the note's range with that end the date.</summary>
    public HistoricalDate HeldTo(HistoricalDate paper) => ByItsStart is { } start && Date.Date is { } said
        ? start ? new HistoricalDate(paper.Start, said.End, DatePrecision.Range, said.Text) : new HistoricalDate(said.Start, paper.End, DatePrecision.Range, said.Text)
        : paper;

    /// <summary>
    /// For a relative date counted from the date before it ("On 28 August 1992 rockets hit the embassy. The following
    /// month two Russians were killed"): the statement it makes, the event put at that distance from that date. It
    /// agrees or not by the rule every distance is read by (the slack of its unit, the paper's own words).
    /// </summary>
    public OrderStatement? Counted =>
        Date is { Kind: DateMentionKind.Relative, Anchor: { Date: { } from } anchor, Relative.Direction: RelativeDirection.Before or RelativeDirection.After }
            ? new OrderStatement(Date.Start, Date.Length, Date.Text, Date.Relative.Direction == RelativeDirection.Before ? OrderRelation.Before : OrderRelation.After,
                new TimeSide(Basis == ClaimBasis.Cited ? SideBasis.Cited : SideBasis.Named, Event.Date, Event, null), new TimeSide(SideBasis.Stated, from, null, anchor)) { Distance = Date }
            : null;

    /// <summary>For an inferred claim, how the sentence was tied to its event.</summary>
    public EventMatch? Match { get; init; }
}

/// <summary>
/// A note read against the papers: which events and actors its references resolve to, which
/// actors its prose names, and which event each of its dates is a claim about.
/// </summary>
public sealed partial class NoteAnalysis
{
    private NoteAnalysis(Note note, KnowledgeBase knowledge)
    {
        Note = note;
        Knowledge = knowledge;
        Paper = note.PaperName is { } name ? knowledge.PaperNamed(name) : null;
        _referenceStarts = [.. note.References.Select(r => r.Start)];
        _dateStarts = [.. note.Dates.Select(d => d.Start)];
        _datesSorted = IsSorted(_dateStarts);
        // The furthest end among the references up to each one (they are sorted by start): overlap tests by binary search.
        _referenceEndsSoFar = new int[_referenceStarts.Length];
        for (var i = 0; i < _referenceStarts.Length; i++)
            _referenceEndsSoFar[i] = Math.Max(i == 0 ? int.MinValue : _referenceEndsSoFar[i - 1], note.References[i].End);
        Actors = NarrowOfficesToHolders(knowledge.Matcher.Find(note.Prose.Text)
            .Where(m => !OverlapsReference(m.Start, m.End)));
        _actorStarts = [.. Actors.Select(m => m.Start)];
        Claims = BindClaims().ToList();
    }

    public Note Note { get; }
    public KnowledgeBase Knowledge { get; }

    /// <summary>The paper the note's front matter names, when the workspace has it.</summary>
    public PaperKnowledge? Paper { get; }

    /// <summary>The events an uncited sentence may be about: those of the note's paper, or of every paper.</summary>
    public IEnumerable<Event> CandidateEvents => Paper?.Events ?? Knowledge.Events;

    /// <summary>Actors named in the prose (not inside a reference), prose indices.</summary>
    public IReadOnlyList<ActorMention> Actors { get; }
    public IReadOnlyList<DateClaim> Claims { get; }

    /// <summary>The note's statements of order and distance ("[@a] came before [@b]", "three days later [@b]"), read once.</summary>
    public IReadOnlyList<OrderStatement> Statements => _statements ??= Chronology.Find(this);
    private IReadOnlyList<OrderStatement>? _statements;

    /// <summary>The lengths of time the note gives for events whose titles give others (<see cref="StatedLengths"/>).</summary>
    public IReadOnlyList<LengthStatement> Lengths => _lengths ??= StatedLengths.Find(this);
    private IReadOnlyList<LengthStatement>? _lengths;

    public static NoteAnalysis Analyze(Note note, KnowledgeBase knowledge) => new(note, knowledge);

    /// <summary>A value worked out once per analysis (the words of a sentence read for every date in it).</summary>
    internal T Memo<T>((string What, int Start, int Length) key, Func<T> make)
    {
        _memo ??= [];
        if (_memo.TryGetValue(key, out var found)) return (T)found;
        var value = make()!;
        _memo[key] = value;
        return value;
    }

    private Dictionary<(string, int, int), object>? _memo;

    public Event? EventOf(Reference reference) => Knowledge.FindEvent(reference.Id);
    public Actor? ActorOf(Reference reference) => Knowledge.FindActor(reference.Id);

    /// <summary>Events cited in a scope, in text order.</summary>
    public IReadOnlyList<(Reference Reference, Event Event)> CitedIn(ProseScope scope)
    {
        var cited = new List<(Reference, Event)>();
        var (from, to) = Within(_referenceStarts, scope);
        for (var i = from; i < to; i++)
            if (Knowledge.FindEvent(Note.References[i].Id) is { } e) cited.Add((Note.References[i], e));
        return cited;
    }

    private bool CitesUnknown(ProseScope scope)
    {
        var (from, to) = Within(_referenceStarts, scope);
        for (var i = from; i < to; i++)
            if (Knowledge.FindEvent(Note.References[i].Id) is null) return true;
        return false;
    }

    /// <summary>Actors named in a scope, in text order.</summary>
    public IEnumerable<ActorMention> ActorsIn(ProseScope scope)
    {
        var (from, to) = Within(_actorStarts, scope);
        return Enumerable.Range(from, to - from).Select(i => Actors[i]);
    }

    public IEnumerable<DateMention> DatesIn(ProseScope scope)
    {
        if (!_datesSorted) return Note.Dates.Where(d => scope.Contains(d.Start));
        var (from, to) = Within(_dateStarts, scope);
        return Enumerable.Range(from, to - from).Select(i => Note.Dates[i]);
    }

    // References are sorted by start (Note.References), dates are in text order: a scope's share is found by binary search.
    private readonly int[] _actorStarts; // in text order: the matcher finds them left to right
    private readonly int[] _referenceStarts;
    private readonly int[] _referenceEndsSoFar;
    private readonly int[] _dateStarts;
    private readonly bool _datesSorted;

    private static (int From, int To) Within(int[] starts, ProseScope scope) => (LowerBound(starts, scope.Start), LowerBound(starts, scope.End));

    /// <summary>The first index whose start is at or after a value.</summary>
    private static int LowerBound(int[] starts, int value)
    {
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (starts[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private bool OverlapsReference(int start, int end)
    {
        var before = LowerBound(_referenceStarts, end); // references that start before the end
        return before > 0 && _referenceEndsSoFar[before - 1] > start;
    }

    /// <summary>
    /// An office named on its own ("the Russian President") means whoever held it at the date of its sentence
    /// (<see cref="DateOf"/>): Medvedev in May 2011, Putin in 2001. A date that spans several terms leaves it ambiguous
    /// among their holders; a date when nobody the papers know held it leaves no actor, so the mention is dropped;
    /// a sentence without a date leaves every holder.
    /// </summary>
    private List<ActorMention> NarrowOfficesToHolders(IEnumerable<ActorMention> mentions)
    {
        var narrowed = new List<ActorMention>();
        foreach (var mention in mentions)
        {
            // (An office the sentence's subject takes names no one else, only whose office it is: "Putin first became Russian
            // president circa 1996" names Russia, not Yeltsin.)
            if (mention.Office is not null && RoleTaken().IsMatch(Note.Prose.Text.AsSpan(Math.Max(0, mention.Start - 40), Math.Min(40, mention.Start))))
                narrowed.Add(mention with { Actors = mention.Within });
            else if (mention.Office is { } office && Note.Prose.ScopeAt(mention.Start) is { } scope && DateOf(scope) is { } date)
            {
                var holders = Knowledge.HoldersDuring(office, date);
                if (holders.Count > 0) narrowed.Add(mention with { Actors = holders });
            }
            else narrowed.Add(mention);
        }
        return narrowed;
    }

    /// <summary>Words that make what follows a role taken, not someone: "became", "was elected", "sworn in as", "as".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:became|becomes|become|becoming|(?:re-?)?elected|sworn\s+in\s+as|appointed|named|made|as)\s+(?:the\s+|a\s+)?(?:first\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex RoleTaken();

    private static bool IsSorted(int[] starts)
    {
        for (var i = 1; i < starts.Length; i++) if (starts[i] < starts[i - 1]) return false;
        return true;
    }

    /// <summary>The date a scope is about: its first stated date, else the date of the first event it cites.</summary>
    public HistoricalDate? DateOf(ProseScope scope) =>
        DatesIn(scope).FirstOrDefault(d => IsStatedPoint(d))?.Date ?? CitedIn(scope).FirstOrDefault().Event?.Date;

    /// <summary>A date that says when something happened, rather than how long or how far from something else.</summary>
    public static bool IsStatedPoint(DateMention d) =>
        d.Date is not null && d.Kind is DateMentionKind.Absolute or DateMentionKind.ContextResolved;

    private IEnumerable<DateClaim> BindClaims()
    {
        // A date that times the other side of an order statement ("fifteen years after Moscow closed its mission in
        // 1992") says when that was, not when the sentence's event was; a date on the subject's side of a statement
        // whose other side is an event ("Yeltsin's halt, effective 1 Jan 1992, preceded Najibullah's resignation
        // [@najibullah-resigns-1992]") is the subject's, not that event's.
        // (An anchor's date may span words around a date: "the 18th anniversary of 9/11" holds 9/11.)
        // (Not a date in a sentence of its own that a distance after it counts from, when that sentence is about the event the
        // paper orders the statement's by: "…held its first meeting in Beijing in April 2014. The second met in Islamabad seven
        // months later" — April 2014 is said of the first meeting.)
        var anchors = Statements.Where(s => !SaidOfWhatItFollows(s)).Select(s => s.Anchor.Date).OfType<DateMention>().ToList();
        // (With where the statement's words stand: the date's own side is before them.)
        var otherSide = new Dictionary<DateMention, OrderStatement>(ReferenceEqualityComparer.Instance);
        foreach (var s in Statements)
            if (s.Subject is { Basis: SideBasis.Stated, Date: { } d } && s.Anchor.Event is not null) otherSide.TryAdd(d, s);
        foreach (var scope in Note.Prose.Scopes)
        {
            if (StatedPointsIn(scope) is not { } dates) continue;
            var anchored = anchors.Count > 0 ? dates.Where(d => anchors.Any(a => a.Start <= d.Start && d.End <= a.End)).ToList() : [];
            dates.RemoveAll(anchored.Contains);
            foreach (var claim in AnchorClaims(scope, anchored)) yield return claim;
            // A relative date a statement reads ("three days later [@b]") is that statement's.
            dates.RemoveAll(d => d.Kind == DateMentionKind.Relative && Statements.Any(s => ReferenceEquals(s.Distance, d)));
            if (dates.Count == 0) continue;
            var cited = CitedIn(scope);
            // A citation of an id the paper does not have (MRG001) says the sentence is about some event: which one is the
            // writer's to fix, not a guess's ("The Moscow talks of 6–7 February 2019 [@moscow-intra-afghan-talks-2019]").
            if (cited.Count == 0 && CitesUnknown(scope)) continue;
            // In a sentence of several clauses ("…closed the mission [[…]]; it would not reopen until 2007") a date
            // belongs to a citation of its own clause; without one, it is read as uncited. Citations that close the
            // sentence ("…, and referred to the 1980s [@a; @b].") are the whole sentence's.
            // (So are citations that open it, as a card's or a bullet's tag: "[[trilateral-first-meeting-2013]] first trilateral
            // mtg → Beijing, April 2012".)
            var closing = cited.Count > 0 && (cited.All(c => ClosesScope(c.Reference, scope)) || cited.All(c => OpensScope(c.Reference, scope)));
            // (Not over an arrow of a chain, whose steps are things of their own: "Combat troops gone (28 Dec 2014) → days after →
            // IS declares itself in Afghanistan [[islamic-state-in-afghanistan-2015]]" dates the troops' leaving, not the declaration.)
            // (Nor over the sentences of a list item or a table row, when the citing one already dates its event and the date's
            // cites nothing: "- 13/07/2011 — first 650 US soldiers leave [@us-drawdown-begins-2011]. Start of the drawdown meant to
            // finish at the end of 2014" tells the plan's end in a sentence of its own.)
            var byClause = dates.GroupBy(d => OfAnotherSentence(scope, d, cited, dates) ?? (closing && !ArrowsApart(d, cited) ? scope : EventInference.ClauseOf(this, scope, d) ?? scope)).ToList();
            foreach (var clause in byClause)
            {
                var clauseCited = clause.Key == scope ? cited : [.. cited.Where(c => clause.Key.Contains(c.Reference.Start))];
                if (clauseCited.Count > 0)
                {
                    // (A relative date beside a citation no statement read is left alone: the citation may be its anchor's.)
                    // (With the dates of the sentence's clauses that cite nothing: one may give the cited event's date.)
                    var uncitedClauses = byClause.Where(c => c.Key != clause.Key && !cited.Any(r => c.Key.Contains(r.Reference.Start)));
                    foreach (var claim in BindCited(scope, [.. clause.Where(d => d.Kind != DateMentionKind.Relative)], clauseCited,
                                 [.. uncitedClauses.SelectMany(c => c).Where(d => d.Kind != DateMentionKind.Relative)]))
                    {
                        // "The talks stalled in mid-2015; after a six-month pause they revived in January 2016 [@…revive-2016]":
                        // a date the statement reads as its anchor is the cited event's, so the citation is for that one.
                        if (!claim.Agrees && anchored.Any(d => clause.Key.Contains(d.Start) && DateAgreement.Agrees(d, claim.Event.Date))) continue;
                        if (otherSide.TryGetValue(claim.Date, out var other) && ReferenceEquals(other.Anchor.Event, claim.Event) && !CitesTheSubject(scope, other, claim.Event, claim.Date)) continue;
                        // "9/11" names the attacks: it dates them, not the cited event.
                        if (!claim.Agrees && NineElevenForm.Names(claim.Date)) continue;
                        // "In the wake of the 9/11 attacks a US airbase went up at Manas [[manas-airbase-2001]]": 9/11 is the other thing's.
                        // (Not when the statement reads the citation as that other thing's: "Putin was the first to ring Bush
                        // after the attacks of 11 Sept 2002 [@september-11-attacks-2001]" misdates the attacks.)
                        if (!claim.Agrees && Chronology.DatesTheOtherThing(this, scope, claim.Date)
                            && !Statements.Any(s => s.Anchor.Basis == SideBasis.Cited && ReferenceEquals(s.Anchor.Event, claim.Event)
                                                    && scope.Contains(s.Start) && s.End <= claim.Date.Start)) continue;
                        // "…took effect on 1 January 1992 — one week after Gorbachev resigned [[gorbachev-resigns-1991]]": the citation is the other thing's.
                        if (!claim.Agrees && Chronology.CitesTheOtherThing(this, scope, claim.Date, claim.Event)) continue;
                        yield return claim;
                    }
                    continue;
                }
                foreach (var date in clause)
                {
                    if (otherSide.ContainsKey(date) && cited.Count > 0) continue;
                    // A date in the words a connector opens is of what they name ("After winning a second term in August 2008").
                    var reach = Chronology.ReachOf(this, scope, date) ?? Answering(scope, date);
                    var best = EventInference.Best(this, reach, date);
                    // A relative date whose anchor is the very event's date, or a date read as about the same event, speaks of
                    // something after it ("…withdrew from the run-off on 1 November 2009; the commission declared Karzai the
                    // winner the next day"), not of it: of the best of the others, when one stands out ("The trilateral platform
                    // met first in Beijing in April 2013 and again in Islamabad five months later" is the second meeting's date).
                    if (best is { } counted && date is { Kind: DateMentionKind.Relative, Anchor: { } anchor } && DateAgreement.Agrees(anchor, counted.Event.Date)
                        && CountsFromElsewhere(anchor, counted.Event))
                        best = EventInference.Best(this, reach, date, besides: counted.Event);
                    if (best is not null && otherSide.TryGetValue(date, out var side)) best = OnItsOwnSide(best, side, date, clause.Key.Start, scope.Kind);
                    if (best is not null) best = OfTheAside(best, scope, date);
                    if (best is not null && NineElevenForm.Names(date) && !DateAgreement.Agrees(date, best.Event.Date)) best = null;
                    if (best is { } match
                        && !(date.Kind == DateMentionKind.Relative && date.Anchor is { } from && CountsFromElsewhere(from, match.Event)))
                        yield return new DateClaim(date, Note.RangeOf(date), match.Event, ClaimBasis.Inferred, match.Confidence, scope) { Match = match, Edge = EdgeBefore(date, match.Event, uncited: true), ByItsStart = ByItsStart(date, match.Event, scope) };
                }
            }
        }
    }

    /// <summary>Whether a statement's distance counts from a date of another sentence that is about the event the paper orders its subject by.</summary>
    private bool SaidOfWhatItFollows(OrderStatement s) =>
        s is { Distance: not null, Subject.Event: { } subject, Anchor: { Basis: SideBasis.Stated, Date: { } date } }
        && Note.Prose.ScopeAt(date.Start) is { } own && !own.Contains(s.Start)
        && EventInference.Best(this, own, date) is { } about && subject.OrderAgainst(about.Event) is not null;

    /// <summary>
    /// A date that times the other side of an order, in a sentence that cites nothing, is a claim about what the words
    /// the connector opens name: "After winning a second term in August 2010, Karzai declared himself ready for
    /// reconciliation" misdates the re-election, not the offer — when the sentence's best event besides the subject's stands
    /// clear, is tied only by words within those, and the date denies it and every event those words name as surely.
    /// </summary>
    private IEnumerable<DateClaim> AnchorClaims(ProseScope scope, List<DateMention> anchored)
    {
        if (anchored.Count == 0 || CitedIn(scope).Count > 0 || CitesUnknown(scope)) yield break;
        foreach (var date in anchored)
        {
            if (date.Kind != DateMentionKind.Absolute
                || Statements.FirstOrDefault(s => ReferenceEquals(s.Anchor.Date, date) && s.Anchor.Basis == SideBasis.Stated) is not { } statement
                || Chronology.WordsHolding(this, scope, date) is not { } reach) continue;
            // (To the next connector: "after the Soviet withdrawal of February 1989 before it collapsed in April 1992".)
            var end = Statements.Where(s => s.Start >= date.End && s.Start < reach.End).Select(s => s.Start).DefaultIfEmpty(reach.End).Min();
            var words = reach with { Length = end - reach.Start };
            // (The sentence's people count, wherever they stand: "Karzai announced … after winning a second term in August 2010".)
            if (EventInference.Best(this, scope, date, besides: statement.Subject.Event) is not { Margin: >= EventInference.TieMargin, Words.Count: > 0 } best
                || DateAgreement.Agrees(date, best.Event.Date)
                || !best.Words.All(w => Holds(words, w))
                || EventInference.DatedBy(this, words, date, best.Event) is not null) continue;
            yield return new DateClaim(date, Note.RangeOf(date), best.Event, ClaimBasis.Inferred, best.Confidence, scope) { Match = best };
        }
    }

    /// <summary>
    /// The event the participle set between commas right after a name (<see cref="EventInference.PhraseOf"/>) names, when the
    /// sentence's best is tied only by the words outside it: "Karzai, re-elected around 2012, announced he was ready to
    /// reconcile" — what the date is of, said of that someone. Else the best.
    /// </summary>
    private EventMatch OfTheAside(EventMatch best, ProseScope scope, DateMention date)
    {
        if (EventInference.PhraseOf(this, scope, date) is not { } aside || best.Words.Count == 0 || best.Words.Any(w => Holds(aside, w))) return best;
        var comma = aside.Start - 1;
        if (!ActorsIn(scope).Any(a => a.End <= comma && Note.Prose.Text.AsSpan(a.End, comma - a.End).IsWhiteSpace())) return best;
        return EventInference.Best(this, scope, date, besides: best.Event) is { Words.Count: > 0 } own && own.Words.All(w => Holds(aside, w)) ? own : best;
    }

    /// <summary>Whether a stretch holds a word (as written, in any case).</summary>
    private bool Holds(ProseScope stretch, string word) => Note.Prose.Text.AsSpan(stretch.Start, stretch.Length).Contains(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The clause of a date's own sentence, in a list item or a table row, when that sentence cites nothing and every citation of
    /// the item stands in a sentence holding a date that agrees with the cited event; else null.
    /// </summary>
    private ProseScope? OfAnotherSentence(ProseScope scope, DateMention date, IReadOnlyList<(Reference Reference, Event Event)> cited, List<DateMention> dates)
    {
        if (cited.Count == 0 || scope.Kind is not (ScopeKind.ListItem or ScopeKind.TableRow)) return null;
        var own = EventInference.SentenceStart(this, scope, date.Start);
        if (cited.Any(c => EventInference.SentenceStart(this, scope, c.Reference.Start) == own)) return null;
        var dated = cited.All(c => EventInference.SentenceStart(this, scope, c.Reference.Start) is var citing
                                   && dates.Any(d => d.Date is not null && EventInference.SentenceStart(this, scope, d.Start) == citing && DateAgreement.Agrees(d, c.Event.Date)));
        return dated ? EventInference.ClauseOf(this, scope, date.Start, date.End, sentences: true) : null;
    }

    /// <summary>Whether an arrow of a chain ("→", "⇒") leads from a date to every citation after it (a tag that opens the line is the date's).</summary>
    private bool ArrowsApart(DateMention date, IEnumerable<(Reference Reference, Event Event)> cited) =>
        cited.All(c => c.Reference.Start >= date.End && Note.Prose.Text.AsSpan(date.End, c.Reference.Start - date.End).ContainsAny(Prose.Arrows));

    /// <summary>
    /// Whether a citation an order reads as its other side is the subject's, by the words: "Trump called off the Camp David
    /// meeting on 8 October 2019 after an insurgent attack in Kabul [[camp-david-meeting-cancelled-2019]]" names the
    /// cancellation before the connector, nothing of it after.
    /// </summary>
    private bool CitesTheSubject(ProseScope scope, OrderStatement statement, Event cited, DateMention date)
    {
        if (CitedIn(scope).FirstOrDefault(c => ReferenceEquals(c.Event, cited)).Reference is not { } citation || citation.Start < statement.End) return false;
        // (Unless the date is the paper's for another event those words speak of: "The withdrawal, agreed at Geneva in April 1988, …".)
        return EventInference.Names(this, scope.Start, statement.Start, cited)
               && EventInference.DatedBy(this, new ProseScope(scope.Start, statement.Start - scope.Start, scope.Kind), date, cited) is null
               && EventInference.Named(this, statement.End, citation.Start, among: [cited], cited: true) is null;
    }

    /// <summary>An answer read with the question it answers ("Q: When did Najibullah resign?" / "A: 16 April 1993"), else the scope.</summary>
    private ProseScope Answering(ProseScope scope, DateMention date) =>
        Note.Prose.QuestionBefore(scope) is { } question && BareAnswer(scope, date) ? new ProseScope(question.Start, scope.End - question.Start, scope.Kind) : scope;

    /// <summary>Whether a scope says nothing but the date, after a label ("A:", "*Model answer:*"): all it says is the question's.</summary>
    private bool BareAnswer(ProseScope scope, DateMention date) => SaysOnly(Note.Prose.Text, scope, date, AnswerWords());

    /// <summary>Whether a stretch says nothing but its date once the words a pattern matches are set aside ("A:", "in the paper").</summary>
    internal static bool SaysOnly(string text, ProseScope stretch, DateMention date, System.Text.RegularExpressions.Regex besides) =>
        !besides.Replace(text[stretch.Start..date.Start] + " " + text[date.End..stretch.End], " ").Any(char.IsLetterOrDigit);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(?<![\w-])(?:(?:model|short)\s+)?(?:" + NoteParser.AnswerLabels + @"|in|on|by)(?![\w-])")]
    private static partial System.Text.RegularExpressions.Regex AnswerWords();

    /// <summary>
    /// A date an order puts before or after an event, read as that event's or as no one event's, read again from the words
    /// on its own side, before the connector: "The US-Taliban process resumed in Doha about September 2019, after the Moscow
    /// four-party meeting" is the resumption's. (Read as no one event's, only when its own side singles one out.)
    /// When the connector heads the sentence, the date's side is after the other's words, and a date read as the other
    /// side's event is no one's unless its own words name one: "After the Doha deal: intra-Afghan negotiations finally
    /// opened in Doha on 2020-09-12" is not the deal's day.
    /// </summary>
    private EventMatch? OnItsOwnSide(EventMatch best, OrderStatement statement, DateMention date, int clauseStart, ScopeKind kind)
    {
        var theOthers = ReferenceEquals(best.Event, statement.Anchor.Event);
        var (from, to) = statement.HeadedSubject is { } headed && headed.From <= date.Start && date.End <= headed.To ? headed
            : statement.Start > date.End && clauseStart < statement.Start ? (clauseStart, statement.Start) : (-1, -1);
        if (from < 0) return best;
        var ownSide = new ProseScope(from, to - from, kind);
        // (Nor one tied by none of the words on the date's side: "Najibullah resigned on April 16, 1991, after holding out …
        // for more than three years after the Soviet withdrawal" is the resignation's, not the regime's holding out.)
        if (!(theOthers || best.Margin < EventInference.TieMargin || (best.Words.Count > 0 && !best.Words.Any(w => Holds(ownSide, w))))) return best;
        var own = EventInference.Best(this, ownSide, date);
        if (own is not null && (theOthers || own.Margin >= EventInference.ClearMargin)) return own;
        return theOthers && statement.HeadedSubject is not null ? null : best;
    }

    /// <summary>
    /// Whether a relative date counted from this anchor speaks of something else than an event: the anchor is that
    /// event's very date (28 August 1992 is in the month of the two Russians' killing, but it is the rocket attack's
    /// day), or a date its sentence cites or is read as about that event; or the anchor is no date of the paper's story
    /// at all — counted from a fact beside the paper ("Abdullah pulled out of the run-off on 1 November 2009. The
    /// commission declared Karzai the winner the next day"), a relative date is beside it too.
    /// </summary>
    private bool CountsFromElsewhere(DateMention anchor, Event e)
    {
        if (anchor.Date is { } day && day.Start == e.Date.Start && day.End == e.Date.End) return true;
        if (Note.Prose.ScopeAt(anchor.Start) is not { } scope) return true;
        var events = CitedIn(scope).Select(c => c.Event).ToList();
        if (EventInference.Best(this, scope, anchor) is { } about) events.Add(about.Event);
        return events.Any(x => ReferenceEquals(x, e)) || !events.Any(x => DateAgreement.Agrees(anchor, x.Date));
    }

    /// <summary>
    /// For a range the note gives an event the paper dates by its start or by its end, a time of a year or less: whether the
    /// range is held to the paper's date by its start (true) or its end (false). "The US–Taliban talks ran from September 2017
    /// to February 2020" is held to talks begun in September 2018 by its start, "The US combat operation lasted 2001–2015" to
    /// one ended in 2014 by its end; a range that merely overlaps the time does not agree. Null for a hedged range, an event
    /// whose words say both its start and its end, or a sentence that names that edge apart, the range being of the whole
    /// ("QCG: five meetings from January to July 2016, the last in Islamabad").
    /// </summary>
    private bool? ByItsStart(DateMention date, Event e, ProseScope scope)
    {
        if (date is not { Date: { Precision: DatePrecision.Range } said, Hedge: null } || e.Date is not { IsValid: true, Precision: < DatePrecision.Range } paper) return null;
        var (starts, ends, known) = (Stages.Beginning(), Stages.Completion(), Stages.Known(e));
        // (The sentence's words, not its citations' ids: "[@us-taliban-talks-begin-2018]" names no start.)
        var sentence = Note.Prose.Without(scope.Start, scope.End, CitedIn(scope).Select(c => (c.Reference.Start, c.Reference.End)));
        return (starts.IsMatch(known), ends.IsMatch(known)) switch
        {
            (true, false) when paper.Start <= said.End && !starts.IsMatch(sentence) => true,
            (false, true) when said.Start <= paper.End && !ends.IsMatch(sentence) => false,
            _ => null,
        };
    }

    /// <summary>
    /// The edge of an event's span that the words right before a date (of one time, not a range) name, in its clause:
    /// "which began in 1980", "began his third term on 7 May 2013" (<see cref="Stages.Edge"/>). For an uncited date, one the
    /// sentence's words tie to the event (<paramref name="uncited"/>), not one that dates a thing by "of": "Putin's third term began in
    /// 2013" is the term's start misdated, "the regime survived the withdrawal of February 1989" dates the withdrawal; and
    /// only when the date lies in the half of the span by that edge.
    /// </summary>
    private (HistoricalDate When, bool IsStart)? EdgeBefore(DateMention date, Event e, bool uncited = false)
    {
        // (Not a range, which gives both edges: "lasted 2001–04".)
        if (date.Date is not { Precision: not DatePrecision.Range }) return null;
        var text = Note.Prose.Text;
        var before = text[Math.Max(0, date.Start - 48)..date.Start];
        if (uncited && OfAThing().IsMatch(before)) return null;
        var cut = before.LastIndexOfAny([',', ';', ':', '.', '(', ')', '[', ']', '\n']);
        var words = cut < 0 ? before : before[(cut + 1)..];
        var edge = Stages.Edge(words, e.Date);
        // (And only a date in the half of the span by that edge: "Putin starts term four on May 7, 2018" is the next term's
        // start, not the third's of 2012–2018 misdated — unless the words say which one by the event's own ordinal: "Putin
        // began his third term c. 2016" is the third's start misdated.)
        if (uncited && edge is { IsStart: var start } && !EventInference.SaysWhichByItsOrdinal(this, words, e))
        {
            var inLaterHalf = date.Date.Start.DayNumber + date.Date.End.DayNumber > e.Date.Start.DayNumber + e.Date.End.DayNumber;
            if (inLaterHalf == start) return null;
        }
        return edge;
    }

    /// <summary>Words that end by giving a thing its date: "the withdrawal of ", "the summit of ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\bof\s+$")]
    private static partial System.Text.RegularExpressions.Regex OfAThing();

    /// <summary>Whether no word or number stands before the citation in its scope: a card's or a bullet's tag.</summary>
    private bool OpensScope(Reference reference, ProseScope scope)
    {
        var text = Note.Prose.Text;
        for (var i = scope.Start; i < reference.Start; i++)
            if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }

    /// <summary>Whether only the citation's own brackets and closing punctuation follow it in its scope.</summary>
    private bool ClosesScope(Reference reference, ProseScope scope)
    {
        var text = Note.Prose.Text;
        for (var i = reference.End; i < scope.End; i++)
            if (char.IsLetterOrDigit(text[i]) && !IsInCitationGroup(i)) return false;
        return true;

        bool IsInCitationGroup(int at)
        {
            var open = text.LastIndexOf('[', at);
            var close = text.LastIndexOf(']', at);
            return open > close && open >= reference.Start - 3;
        }
    }

    /// <summary>
    /// Each date belongs to the nearest citation (the one after it on a tie: citations follow
    /// their claims). A date that agrees with its event, or with another event cited beside it, is
    /// a right claim. A date that agrees with none is a wrong claim about its event, unless another
    /// date of that event agrees with it: then the date speaks of something else ("in 1988, a year
    /// before the withdrawal of 15 February 1989"). So does one beside a date of a clause of the sentence
    /// that cites nothing (<paramref name="elsewhere"/>) and gives the event's date: "The first 650 American soldiers
    /// left on 13 July 2011 — [[us-drawdown-begins-2011|the start of the drawdown]] that was meant to end in
    /// 2014" times the drawdown's end.
    /// </summary>
    private IEnumerable<DateClaim> BindCited(ProseScope scope, List<DateMention> dates, IReadOnlyList<(Reference Reference, Event Event)> cited,
        List<DateMention> elsewhere)
    {
        var owners = new Event[dates.Count];
        for (var i = 0; i < dates.Count; i++) owners[i] = NearestCited(dates[i], cited);
        for (var i = 0; i < dates.Count; i++)
        {
            var (date, owner) = (dates[i], owners[i]);
            var edge = EdgeBefore(date, owner);
            var agreed = DateAgreement.Agrees(date, edge?.When ?? owner.Date) ? owner
                : edge is null ? cited.Select(c => c.Event).FirstOrDefault(e => DateAgreement.Agrees(date, e.Date)) : null;
            if (agreed is not null)
            {
                yield return new DateClaim(date, Note.RangeOf(date), agreed, ClaimBasis.Cited, 1, scope) { Edge = ReferenceEquals(agreed, owner) ? edge : null, ByItsStart = ByItsStart(date, agreed, scope) };
                continue;
            }
            if (OtherDateAgreesWith(owner, i)) continue;
            yield return new DateClaim(date, Note.RangeOf(date), owner, ClaimBasis.Cited, 1, scope) { Edge = edge, ByItsStart = ByItsStart(date, owner, scope) };
        }

        // (Not a coarser date that holds this one: "Russia's posture in 2018 coincided with Putin beginning his fourth term on 7
        // March 2018 [[putin-fourth-term-2018]]" gives the day within the year, and the day is wrong.)
        bool OtherDateAgreesWith(Event owner, int except)
        {
            for (var j = 0; j < dates.Count; j++)
                if (j != except && ReferenceEquals(owners[j], owner) && DateAgreement.Agrees(dates[j], owner.Date) && !Holds(dates[j], dates[except])) return true;
            return elsewhere.Any(d => DateAgreement.Agrees(d, owner.Date) && !Holds(d, dates[except]));
        }

        static bool Holds(DateMention coarse, DateMention fine) => coarse.Claimed is { } c && fine.Claimed is { } f
            && c.Holds(f) && c.Length > f.Length;
    }

    /// <summary>The event of the citation nearest a date; of equally near ones, one after the date, then the first.</summary>
    private static Event NearestCited(DateMention date, IReadOnlyList<(Reference Reference, Event Event)> cited)
    {
        var best = cited[0];
        var bestKey = (Distance(date, best.Reference), Before(best.Reference));
        for (var i = 1; i < cited.Count; i++)
        {
            var key = (Distance(date, cited[i].Reference), Before(cited[i].Reference));
            if (key.CompareTo(bestKey) < 0) (best, bestKey) = (cited[i], key);
        }
        return best.Event;

        int Before(Reference reference) => reference.Start < date.Start ? 1 : 0;
    }

    /// <summary>A relative date counted from a date stated before it: "the following month" after "28 August 1992".</summary>
    public static bool IsCountedPoint(DateMention d) =>
        d is { Kind: DateMentionKind.Relative, Date: not null, Anchor: not null, Relative.Direction: RelativeDirection.Before or RelativeDirection.After };

    /// <summary>The dates of a scope that say when something was (<see cref="IsStatedPoint"/>, <see cref="IsCountedPoint"/>), or null when it has none.</summary>
    private List<DateMention>? StatedPointsIn(ProseScope scope)
    {
        List<DateMention>? found = null;
        if (_datesSorted)
        {
            var (from, to) = Within(_dateStarts, scope);
            for (var i = from; i < to; i++)
                if (IsStatedPoint(Note.Dates[i]) || IsCountedPoint(Note.Dates[i])) (found ??= []).Add(Note.Dates[i]);
        }
        else
        {
            foreach (var date in Note.Dates)
                if (scope.Contains(date.Start) && (IsStatedPoint(date) || IsCountedPoint(date))) (found ??= []).Add(date);
        }
        return found;
    }

    private static int Distance(DateMention d, Reference r) =>
        d.End <= r.Start ? r.Start - d.End : d.Start >= r.End ? d.Start - r.End : 0;
}
