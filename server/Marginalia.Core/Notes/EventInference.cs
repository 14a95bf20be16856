using System.Runtime.CompilerServices;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;

namespace Marginalia.Core.Notes;

/// <summary>
/// An event a sentence is taken to be about, with how sure the match is (0..1), the words and actors that tie the
/// sentence to it, and how far it stands above the next event.
/// </summary>
public sealed record EventMatch(Event Event, double Confidence)
{
    /// <summary>The sentence's words that are the event's own terms, as the sentence writes them.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>The event's actors the sentence names.</summary>
    public IReadOnlyList<Actor> Actors { get; init; } = [];

    /// <summary>Those of them that take part in few events: a person, a group, a body — not "Russia" or "Afghanistan".</summary>
    public IReadOnlyList<Actor> SpecificActors { get; init; } = [];

    /// <summary>The confidence of the best match less that of the next one (1 when there is none).</summary>
    public double Margin { get; init; } = 1;

    /// <summary>The share of the event's terms (by weight) the sentence uses.</summary>
    public double Coverage { get; init; }

    /// <summary>The stretch read for the match: the sentence, or the clause that holds the date.</summary>
    public ProseScope? Read { get; init; }

    /// <summary>Other events the paper dates to the same day or span that the sentence fits nearly as well.</summary>
    public IReadOnlyList<Event> SameDate { get; init; } = [];

    /// <summary>The next event of another date the sentence fits (the one <see cref="Margin"/> is counted to), if any.</summary>
    public Event? Next { get; init; }

    /// <summary>For a phrase naming an event in prose: other events it may name nearly as well.</summary>
    public IReadOnlyList<Event> Contenders { get; init; } = [];
}

/// <summary>
/// Finds the event an uncited sentence speaks of, by the actors it names, the event's key terms
/// and title words it uses, and how near its date lies. When a close contender agrees with the
/// sentence's date, the sentence is taken to be about that one: a false alarm costs more than a miss.
/// </summary>
public static partial class EventInference
{
    /// <summary>Two events this close fit a sentence alike.</summary>
    internal const double TieMargin = 0.05;

    /// <summary>Below this a sentence is not tied to any event at all.</summary>
    public const double MinimumConfidence = 0.3;

    /// <summary>How sure a reading must be to say what a sentence is about (MRG003 reports from it: see InferredDateCheck.Threshold).</summary>
    public const double SureConfidence = 0.5;

    /// <summary>Whether a stretch's words name an event, alone or alike with others ("Trump called off the Camp David meeting" names the plan and its cancellation).</summary>
    public static bool Names(NoteAnalysis analysis, int start, int end, Event e) =>
        Named(analysis, start, end, ties: true) is { } named && (ReferenceEquals(named.Event, e) || named.Contenders.Contains(e));

    /// <summary>
    /// The event, other than one given, that a stretch's words are about as surely as a finding needs and whose date a date
    /// agrees with: "agreed at Geneva in April 1988" dates the accords in "The withdrawal, agreed at Geneva in April 1988, …".
    /// </summary>
    public static Event? DatedBy(NoteAnalysis analysis, ProseScope stretch, DateMention date, Event except)
    {
        var ranked = Rank(analysis, stretch, date);
        // Not an event the words speak of clearly less than of the one given: "28 July 1992: rockets on the Russian embassy
        // compound [@embassy-rocket-attack-1992]" is about the attack, though "embassy" alone also names the evacuation of 1992.
        var floor = ranked.FirstOrDefault(m => ReferenceEquals(m.Event, except)) is { } given ? given.Confidence - ContenderMargin : 0;
        // Nor one numbered otherwise than the words number their thing: "Putin began his fourth presidential term on May 17,
        // 2018" speaks of no third term, though the third ran until 2018.
        var text = analysis.Note.Prose.Text.Substring(stretch.Start, stretch.Length);
        var numbered = Numbered([.. NameTokens(text)], text);
        var vocabulary = VocabularyOf(analysis);
        return ranked.FirstOrDefault(m => !ReferenceEquals(m.Event, except) && m.Confidence >= Math.Max(SureConfidence, floor) && DateAgreement.Agrees(date, m.Event.Date)
            && !(numbered is { } n && vocabulary.TitleStems[m.Event] is var title && title.Any(NumberWords.Contains) && !title.Contains(n)))?.Event;
    }

    /// <summary>How close a contender must score to the best to count as what the sentence may mean.</summary>
    public const double ContenderMargin = 0.15;

    /// <summary>How close an event that agrees with the sentence's date must score to the best to explain the date.</summary>
    public const double ExplainingMargin = 0.1;

    /// <summary>An actor this specific (in at most about a seventh of the events) says who, not merely where.</summary>
    private const double SpecificActorWeight = 2.0;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "that", "with", "from", "into", "this", "were", "was", "have", "been", "their", "which", "when",
        "after", "before", "over", "under", "about", "between", "during", "while", "where", "also", "they", "them",
        "years", "year", "months", "month", "days", "other", "more", "than",
        // Words of time say when, not what: a title's "earlier in August" ties no sentence to its event.
        "earlier", "later", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "sept", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "down", "would", "once", "without", "within", "three", "four", "five", "seven", "eight", "nine", "eleven", "twelve", "twenty", "hundred", "thousand",
        "following", "same", "early", "late", "spring", "summer", "autumn", "winter", "decade", "century", "week", "weeks",
        // Nor do the verbs that put one thing after another: "the expanded third round followed three months later".
        "followed", "follows", "follow", "preceded", "precedes", "precede", "came", "comes", "effect", "place",
        // Nor do the pronouns that point back: "ISIS announced itself", "Russia offers itself as a platform".
        "itself", "himself", "herself", "themselves",
        // Nor the adverb that stresses an order: "before the Taliban had even been formed". ("already", "still", "just" and
        // "only" too cost the pinned fifteenth half a false alarm.)
        "even",
        // Nor the adverbs that bound a length: "outlasted the pull-out by barely two years".
        "barely", "scarcely", "hardly",
    };

    /// <summary>Whether a word (lowercase) says nothing of what happened ("during", "after", "years").</summary>
    internal static bool IsStopWord(string word) => StopWords.Contains(word);

    private static readonly IEqualityComparer<Event> ByReference = ReferenceEqualityComparer.Instance;

    public static EventMatch? Best(NoteAnalysis analysis, ProseScope scope, DateMention date, Event? besides = null)
    {
        // A distance counted from a date of an earlier sentence of a list item is read from its own sentence: the earlier one
        // tells what it counts from, not what came then ("18. Trump called off the planned Camp David meeting on 8 September
        // 2019 … One week on, a TB delegation was in Moscow" is no planning of Camp David a week later).
        if (date is { Kind: DateMentionKind.Relative, Anchor: { } anchor } && SentenceStart(analysis, scope, date.Start) is var own && own > scope.Start
            && SentenceStart(analysis, scope, anchor.Start) < own)
        {
            var next = LaterSentences(analysis, scope).Select(s => s.Start).FirstOrDefault(s => s > own, scope.End);
            scope = new ProseScope(own, next - own, ScopeKind.Sentence);
        }
        var sentence = BestIn(analysis, scope, date, besides);
        // "Karzai, elected a second time in August 2010, announced his readiness …": a participle set between commas that holds
        // the date tells what happened then. When its words name an event the sentence's best is not, whose date the date
        // writes with one part wrong, and the best's date does not explain the date, the date is that event's.
        if (sentence is not null && !DateAgreement.Agrees(date, sentence.Event.Date) && PhraseOf(analysis, scope, date) is { } phrase
            && Named(analysis, phrase.Start, phrase.End) is { Contenders.Count: 0, Words.Count: >= 2 } named && !ReferenceEquals(named.Event, sentence.Event)
            && date.Date is { } written && Slip(written, named.Event.Date)
            && !ReferenceEquals(named.Event, besides) && Rank(analysis, scope, date).FirstOrDefault(m => ReferenceEquals(m.Event, named.Event)) is { } phrases)
            return phrases with { Margin = ClearMargin, Read = phrase, Next = sentence.Event };
        // "Najibullah resigned on 18 April 1992, and the mujahideen closed in on Kabul": two facts, the date in the
        // first. The date's own clause speaks for it when it singles out an event.
        // (In a later sentence of a list item or a table row, the clause is of that sentence: "- 26 Dec 2016: … at the table. The
        // following February the first Moscow Format meeting brings in …"; the first is the item's head, read with the rest.)
        var clause = ClauseOf(analysis, scope, date.Start, date.End, sentences: InALaterSentence(analysis, scope, date));
        // (On one word alone only when it says who: "— some time in 2013, per Western press" is no third term by "time".)
        var inClause = clause is not null && BestIn(analysis, clause, date, besides) is { Margin: >= ClearMargin } clauses
            && (clauses.Words.Count >= 2 || clauses.SpecificActors.Count > 0 || sentence is null) ? clauses : null;
        // (Of the same event, the words of the sentence before the date's clause stand with the clause's when they name no one
        // more: "Nairobi and Dar es Salaam — twin US embassy bombings, August 1999" names the bombed cities before the dash.)
        if (inClause is not null && sentence is not null && ReferenceEquals(inClause.Event, sentence.Event) && sentence.Confidence > inClause.Confidence
            && sentence.Actors.ToHashSet().SetEquals(inClause.Actors) && sentence.Words.Count > inClause.Words.Count
            && sentence.Words.Except(inClause.Words, StringComparer.OrdinalIgnoreCase)
                .All(w => analysis.Note.Prose.Text.AsSpan(scope.Start, clause!.Start - scope.Start).Contains(w, StringComparison.OrdinalIgnoreCase)
                          && !analysis.Note.Prose.Text.AsSpan(clause.Start, scope.End - clause.Start).Contains(w, StringComparison.OrdinalIgnoreCase)))
            return sentence;
        if (inClause is not null && (sentence is null || !DateAgreement.Agrees(date, sentence.Event.Date) || ReferenceEquals(inClause.Event, sentence.Event)))
            return inClause;
        // A later clause that says its thing came later is dated by nothing of the date's clause: "Baradar was released from
        // Pakistani custody in October 2018; he later signed the Doha deal" is no signing in October 2018. The date's clause
        // speaks, if it singles out an event: "Karzai re-elected in September 2009, and later says he is ready to reconcile
        // with the Taliban" is the election a month late.
        if (sentence is { Words.Count: > 0 } && ToldLater(analysis.Note.Prose.Text, clause, scope, date, sentence.Words)) return inClause;
        return sentence;
    }

    /// <summary>
    /// Whether every word of a match stands after the date's clause, past a word that says it came later, and none in the clause.
    /// A date with no clause of its own (one heading the sentence: "October 2018: Pakistan releases Baradar, who will later sign
    /// in Doha") is told up to the comma before that word.
    /// </summary>
    private static bool ToldLater(string text, ProseScope? clause, ProseScope scope, DateMention date, IReadOnlyList<string> words)
    {
        var from = clause?.End ?? date.End;
        if (from >= scope.End || LaterWord().Match(text, from, scope.End - from) is not { Success: true } later) return false;
        var end = clause?.End ?? text.LastIndexOf(',', later.Index - 1, later.Index - from);
        if (end < 0) return false;
        var before = text[(clause?.Start ?? scope.Start)..end];
        var after = text[later.Index..scope.End];
        return words.All(w => WholeName(after, w) && !WholeName(before, w));
    }

    /// <summary>
    /// The words that say a thing came later than what was told before: "later", "afterwards", "went on to", "will" (not a name
    /// given later: "the council of tribal leaders, later known as the High Peace Council, endorsed …" is the council's
    /// endorsement), "soon after" with nothing after it that it counts from ("…, and soon after says he is ready to
    /// reconcile"), or that a relative clause tells another deed of someone: "… in October 2018 — the man who signed in Doha".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(?<![\w-])(?:later|afterwards?|subsequently|eventually|thereafter|will|would|who|whom|whose|(?:would\s+)?go(?:es)?\s+on\s+to|went\s+on\s+to|(?:soon|shortly|not\s+long)\s+after(?=\s*,|\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)\p{Ll}+\b(?<!ing)))(?![\w-])(?!\s+(?:known|called|named|renamed|dubbed|termed|styled|referred\s+to)\b)")]
    private static partial System.Text.RegularExpressions.Regex LaterWord();

    /// <summary>
    /// The events of the best's date that the paper tells in the same words (the embassy reopened and the wreaths laid on 23
    /// February 2007; Rabbani called to Moscow and Pankin's approval there in November 1991), when the sentence shares a word
    /// with one or names a person of it — or, when that date is no coarser than a month, a group or body of it ("Lavrov sits
    /// between the HPC members and the Taliban in Moscow" is his mediation and the Moscow Format meeting of 9 November 2018;
    /// not "the Taliban" of the US–Taliban talks of summer 2019 told beside the Camp David plan): the finding names them too,
    /// as one fact told twice.
    /// </summary>
    private static IEnumerable<Event> Facets(NoteAnalysis analysis, ProseScope scope, IReadOnlyList<EventMatch> ranked)
    {
        // (A state is no tie: "Russia" or "the US" takes part in most of the paper's events.)
        var named = analysis.ActorsIn(scope).SelectMany(m => m.Actors).Where(a => a.Kind != ActorKind.State).ToHashSet();
        var moment = ranked[0].Event.Date.Precision is DatePrecision.Day or DatePrecision.PartOfMonth or DatePrecision.Month;
        return analysis.CandidateEvents.Where(e => e.ToldWith(ranked[0].Event) && (ranked.Any(m => ReferenceEquals(m.Event, e))
            || e.Actors.Any(a => named.Contains(a) && (moment || a.Kind == ActorKind.Person))));
    }

    /// <summary>
    /// The participle set between commas that holds a date: "Karzai, elected a second time in August 2009, announced …".
    /// Null when the date stands in no such aside (a phrase led by "after" or a participle that opens the sentence is
    /// left to the sentence: reading those alone named the wrong event of pinned notes).
    /// </summary>
    internal static ProseScope? PhraseOf(NoteAnalysis analysis, ProseScope scope, DateMention date)
    {
        var text = analysis.Note.Prose.Text;
        var clause = ClauseOf(analysis, scope, date) ?? scope;
        // (Nor of a stretch that holds the date only in part: "the attacks of Tuesday" of "Tuesday, 11 September 2001".)
        if (date.Start <= clause.Start || date.End > clause.End) return null;
        var comma = text.LastIndexOf(',', date.Start - 1, date.Start - clause.Start);
        var end = text.IndexOfAny([',', ';', '(', '['], date.End, clause.End - date.End);
        return comma >= clause.Start && end >= 0 && text[end] == ',' && Participle().IsMatch(text.AsSpan(comma + 1, date.Start - comma - 1))
            ? new ProseScope(comma + 1, end - comma - 1, scope.Kind) : null;
    }

    /// <summary>Words that open with a participle or a gerund: "elected a second time in", "having formed in", "first elected in".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:first|newly|only|just|since)\s+)?(?:(?:re-)?[a-z]{3,}(?:ed|ing)|won|sworn\s+in)\b")]
    private static partial System.Text.RegularExpressions.Regex Participle();

    /// <summary>A match put first, its confidence the first's and a clear margin at least: the words single its event out.</summary>
    private static List<EventMatch> Promoted(IReadOnlyList<EventMatch> ranked, EventMatch m) =>
        [m with { Confidence = Math.Max(m.Confidence, Math.Round(ranked[0].Confidence + ClearMargin, 3)) }, .. ranked.Where(x => !ReferenceEquals(x, m))];

    /// <summary>The margin over the next event from which a match singles its event out.</summary>
    internal const double ClearMargin = 0.1;

    private static EventMatch? BestIn(NoteAnalysis analysis, ProseScope scope, DateMention date, Event? besides = null)
    {
        var ranked = besides is null ? Rank(analysis, scope, date) : [.. Rank(analysis, scope, date).Where(m => !ReferenceEquals(m.Event, besides))];
        if (ranked.Count == 0 || ranked[0].Confidence < MinimumConfidence) return null;
        var vocabulary = VocabularyOf(analysis);
        // Of events the sentence fits nearly alike, the one its words name (and no other), when the first is numbered otherwise
        // ("When did Putin begin his fourth presidential term? 7 May 2012." is the fourth term misdated, not the third), or when
        // its date is the one written and the first's is not ("The third trilateral (Russia, China and Pakistan) round was hosted in
        // Moscow in 2016" is the trilateral's third meeting, not Moscow's third round of 2017), or the sentence writes that one's
        // proper name whole as the date's subject ("The first Moscow Format meeting … took place circa 2012" is that meeting, not
        // the trilateral's first of 2013; not "after the 9/11 attacks", nor "separated X from the November 2018 gathering"), or the
        // date is a range and that one a span where the first is a moment ("The QCG held its five meetings from January to June
        // 2016, the last one in Islamabad" is the five, January–May, not the fifth of 18 May).
        var scopeText = analysis.Note.Prose.Text.Substring(scope.Start, scope.Length);
        // (What the scope's words name is read once, whatever number of dates it holds.)
        if (ranked.Count > 1 && analysis.Memo((nameof(Named), scope.Start, scope.Length), () => Named(analysis, scope.Start, scope.End)) is { Contenders.Count: 0 } named
            && !ReferenceEquals(named.Event, ranked[0].Event)
            && ranked.FirstOrDefault(m => ReferenceEquals(m.Event, named.Event)) is { } said && said.Confidence >= ranked[0].Confidence - ContenderMargin
            && !NumberedOtherwise(analysis, scope.Start, scope.End, said.Event)
            && (NumberedOtherwise(analysis, scope.Start, scope.End, ranked[0].Event)
                || (DateAgreement.Agrees(date, said.Event.Date) && !DateAgreement.Agrees(date, ranked[0].Event.Date))
                || (date.Date is { Precision: DatePrecision.Range } && said.Event.Date.Precision == DatePrecision.Range && ranked[0].Event.Date.Precision != DatePrecision.Range)
                || (NamedAsSubject(scopeText, said.Event, date.Start - scope.Start) && !WritesAWholeName(scopeText, ranked[0].Event))))
            // (It singles its event out as clearly as the words do: its margin is the clear one at least.)
            ranked = Promoted(ranked, said);
        // Of events the sentence fits at all, the one whose name of several words the date is written on, when no name of the
        // first's is: "The US decision to send troops to Iraq in 2004 … ended Russia's full support for the war on terror" dates
        // the move into Iraq, not the support it ended. (Not a span's name: "condemned the Soviet war in Afghanistan in 1988"
        // dates a time within the war, and the condemnation.)
        else if (ranked.Count > 1 && !DatesAName(scopeText, ranked[0].Event, date.Start - scope.Start)
            && ranked.Skip(1).FirstOrDefault(m => m.Confidence >= MinimumConfidence && m.Event.Date.Precision != DatePrecision.Range
                && DatesAName(scopeText, m.Event, date.Start - scope.Start)) is { } dated)
            ranked = Promoted(ranked, dated);
        // Of two the sentence fits alike, the one whose words hold the other's and say more: "Trump called off the planned Camp
        // David meeting … on 8 August 2019, after an insurgent attack" is the cancellation, though the planning's span holds the day.
        if (ranked.Count > 1 && ranked[0].Confidence - ranked[1].Confidence < TieMargin && KeyWords(vocabulary, ranked[1]) is { Count: >= 3 } more
            && KeyWords(vocabulary, ranked[0]).IsProperSubsetOf(more))
            ranked = [ranked[1], ranked[0], .. ranked.Skip(2)];
        // Of two the sentence fits alike by the same words (two of them at least) whose dates nest — the paper telling one story
        // at two precisions, "2015" and "9–10 July 2015" — and neither of which the date agrees with, the finer is the one
        // misdated, and the coarser no rival: "The Afghan government began Pakistan-facilitated peace talks with the Taliban in
        // July 2016" is wrong whichever it is about. (Not when the date is a range, which a span of the paper's answers.)
        // (And only when the next of the others not of the finer's date stands clearly below both: "Kabul's announcement in 2014
        // that Mullah Omar was dead derailed the Pakistan-facilitated talks" may be the announcement's.)
        var finer = ranked.Count > 1 && ranked[0].Confidence - ranked[1].Confidence < TieMargin && Nest(ranked[0], ranked[1])
            ? (ranked[0].Event.Date.Holds(ranked[1].Event.Date) ? ranked[1] : ranked[0]) : null;
        var nested = finer is not null && ranked.Skip(2).FirstOrDefault(m => !m.Event.SameDateAs(finer.Event)) is var beyond
            && (beyond is null || Math.Min(ranked[0].Confidence, ranked[1].Confidence) - beyond.Confidence >= ClearMargin);
        if (nested && ReferenceEquals(finer, ranked[1]))
            ranked = [ranked[1], ranked[0], .. ranked.Skip(2)];
        // A span the note writes with one end the paper's for a span it tells is a claim about that span, when the sentence is
        // surely tied to it, not about a day or a month the words fit a little better: "The five QCG meetings ran from January
        // to April 2016, the last in Islamabad" ends the meetings of January to May early, it is no fifth meeting of 18 May.
        // (No point is then a rival of the span, whether the words fit it a little better or a little worse: "Five QCG meetings
        // … took place from January to July 2016" is no fifth meeting either.)
        if (date.Date is { Precision: DatePrecision.Range } span && IsPoint(ranked[0].Event)
            && ranked.Skip(1).FirstOrDefault(m => m.Confidence >= SureConfidence && SpansAnEndOf(m.Event, span)) is { } spanned)
            ranked = [spanned, .. ranked.Where(m => !ReferenceEquals(m, spanned))];
        // Of two events the paper dates alike, the one words outside a connector's reach tie, when the first's own words stand only
        // within it and the date outside it: "Rounds of US–Taliban talks, June to October 2019, before Trump's Camp David plan"
        // are the summer's rounds; the plan of the same months is what they came before.
        if (ranked.Count > 1 && ReachesBesideTheDate(ranked[0].Event) is { } reaches && WordsOnlyWithin(analysis, scope, ranked[0], reaches)
            && ranked.Skip(1).FirstOrDefault(m => m.Confidence >= MinimumConfidence && m.Event.SameDateAs(ranked[0].Event) && !WordsOnlyWithin(analysis, scope, m, reaches)) is { } own)
            ranked = [own, .. ranked.Where(m => !ReferenceEquals(m, own))];
        // No event whose words stand only in a relative clause set between commas that the date stands outside, when the sentence
        // is surely about one whose words stand outside it: "Najibullah, who had held out against the mujahideen for three years
        // after the withdrawal, resigned on 6 April 1992" is his resignation ten days early, not the regime's holding out. Nor
        // one whose words stand only in what the sentence says came of it later: "Two Russians were killed in Kabul in early July
        // 1992, one of the incidents that led Moscow to shut its mission there" is the killing a month early, not the closure.
        foreach (var stretches in (List<(int From, int To)>[])[RelativeAsidesIn(analysis, scope), LaterIn(analysis, scope, date)])
            if (ranked.Count > 1 && BesideTheDate(stretches) is { } beside && WordsOnlyWithin(analysis, scope, ranked[0], beside)
                && ranked.Any(m => m.Confidence >= SureConfidence && !WordsOnlyWithin(analysis, scope, m, beside) && m.Words.Count > 0))
                ranked = [.. ranked.Where(m => !WordsOnlyWithin(analysis, scope, m, beside))];
        // The margin is over the next event of another date: one of the same date (Gorbachev's resignation and the
        // flag lowered on 25 December 1991) gives the same verdict and the same fix, and the finding names it too.
        // (Nor one whose words the sentence says are only a part of the best's, when three or more say what the best is: "Trump
        // calls off Camp David … after the Kabul attack" says nothing of the planning that "Camp David" does not say of the
        // cancellation.)
        // (Nor one the sentence numbers otherwise, when it numbers the best alike: "The third round of Moscow talks" is no second
        // round of the intra-Afghan talks.)
        // (Nor one without a body the sentence names, when the best has them all: "The Quadrilateral Coordination Group … was
        // formed c. 2013" is no rival forming of the trilateral platform.)
        // (Nor a vague span the sentence gives none of its key terms, when two or more say what the best is: "The Soviet army
        // completed its withdrawal from Afghanistan on 15 February 1988" is no Cold War investment by its "army".)
        // (Nor one whose key terms name another city than the one the sentence holds it in, when the best's name that one:
        // "Round two of the Russia–China–Pakistan trilateral met in Islamabad in November 2014" is no Beijing meeting.)
        // (And of two the sentence fits nearly alike, that is the one whose key terms name the city, when the first's name another.)
        var heldIn = Capitals(analysis, scope.Start, scope.End).Where(c => c.Place).Select(c => c.Word).ToHashSet(StringComparer.Ordinal);
        if (heldIn.Count > 0 && vocabulary.Cities[ranked[0].Event] is { Count: > 0 } firstCities && !firstCities.Overlaps(heldIn)
            && ranked.Skip(1).FirstOrDefault(m => m.Confidence >= ranked[0].Confidence - TieMargin && vocabulary.Cities[m.Event].Overlaps(heldIn)) is { } there)
            ranked = [there, .. ranked.Where(m => !ReferenceEquals(m, there))];
        var bestHeldThere = vocabulary.Cities[ranked[0].Event].Overlaps(heldIn);
        var bestKeys = KeyWords(vocabulary, ranked[0]);
        var numberedAlike = !NumberedOtherwise(analysis, scope.Start, scope.End, ranked[0].Event);
        var bodyOfBest = !LacksBodyNamed(ranked[0].Event);
        var spanOfBest = date.Date is { Precision: DatePrecision.Range } writtenSpan && ranked[0].Confidence >= SureConfidence && SpansAnEndOf(ranked[0].Event, writtenSpan);
        // (Nor one whose words stand only in what a connector times the date by, when the best's do not and the date stands outside
        // it: "Russia closed its mission in Kabul in 1993, after the rocket fire and the killing of two Russians" is the closure,
        // whatever of the evacuation under the fire the words after "after" tell.)
        var timedBy = ReachesBesideTheDate(ranked[0].Event) is { } connectors && !WordsOnlyWithin(analysis, scope, ranked[0], connectors) ? connectors : null;
        var next = ranked.Skip(1).FirstOrDefault(m => !m.Event.SameDateAs(ranked[0].Event)
            && !(bestKeys.Count >= 3 && KeyWords(vocabulary, m) is { Count: > 0 } keys && keys.IsProperSubsetOf(bestKeys))
            && !(numberedAlike && NumberedOtherwise(analysis, scope.Start, scope.End, m.Event))
            && !(bodyOfBest && LacksBodyNamed(m.Event))
            && !(bestKeys.Count >= 2 && DateAgreement.IsVague(m.Event.Date) && KeyWords(vocabulary, m).Count == 0)
            && !(bestHeldThere && vocabulary.Cities[m.Event] is { Count: > 0 } cities && !cities.Overlaps(heldIn))
            && !(nested && ReferenceEquals(m, ranked[1])) && !(spanOfBest && IsPoint(m.Event)) && !(timedBy is not null && WordsOnlyWithin(analysis, scope, m, timedBy)));
        var best = ranked[0] with
        {
            Margin = next is null ? 1 : Math.Round(ranked[0].Confidence - next.Confidence, 3), Read = scope, Next = next?.Event,
            // Events of the paper on the very same date that the sentence fits nearly as well (the Moscow summit of
            // 26 December 2016 and the Afghans' exclusion from it): the finding names them too.
            // (Any the sentence is tied to at all: "Rabbani was summoned to Moscow, where Pankin approved…" states both.)
            SameDate = [.. ranked.Skip(1).Where(m => m.Confidence >= MinimumConfidence
                && m.Event.SameDateAs(ranked[0].Event)).Select(m => m.Event)
                .Concat(Facets(analysis, scope, ranked)).Distinct()],
        };
        // A vague span, "the 1980s", of the story a precise date of the paper tells, "1979–1989", when the sentence fits both
        // nearly alike in the same words and gives a date of its own that meets the precise one: the precise one speaks.
        var written = date.Date is { } d && !DateAgreement.IsVague(d) ? d : null;
        if (written is not null && DateAgreement.IsVague(best.Event.Date)
            && ranked.Skip(1).FirstOrDefault(m => m.Confidence >= best.Confidence - ExplainingMargin && !DateAgreement.IsVague(m.Event.Date)
                && m.Event.Date.Start <= best.Event.Date.End && best.Event.Date.Start <= m.Event.Date.End && m.Words.Any(best.Words.Contains)
                && m.Event.Date.Start <= written.End && written.Start <= m.Event.Date.End) is { } precise)
        {
            // (Its margin is the story's over the next other event: the vague span is no rival of its own story.)
            var other = ranked.Skip(1).FirstOrDefault(m => !ReferenceEquals(m.Event, precise.Event) && !m.Event.SameDateAs(precise.Event));
            best = precise with { Margin = other is null ? 1 : Math.Round(best.Confidence - other.Confidence, 3), Read = scope, Next = other?.Event };
        }
        // An event the sentence is nearly as much about that agrees with the date explains it — not one the sentence's words
        // say did not happen ("Trump cancelled the Camp David meeting on 8 August 2019" is the cancellation's date, whatever the
        // planning's span: a key term of the best that the other lacks says which), nor a vague span when the best is precise.
        var saidOfBest = best.Words.Select(NameStem).Where(w => vocabulary.KeyStems[best.Event].Any(k => SameWord(k, w))).ToList();
        // (Further off when the sentence writes one of its names of several words whole: "the result of the American
        // presidential election was announced in November 2016" is the vote's, not the Moscow summit held days after it.)
        var agreeing = ranked.FirstOrDefault(m => m.Confidence >= Math.Max(MinimumConfidence, best.Confidence
                - (WritesAWholeName(scopeText, m.Event) ? ContenderMargin : ExplainingMargin)) && DateAgreement.Agrees(date, m.Event.Date)
            && (ReferenceEquals(m.Event, best.Event) || (Explains(m.Event) && !OnlyOrdinals(m))));
        // (Or one the ranker does not see, whose name of several words the sentence writes whole: "The US presidential election
        // result … came in November 2016" is the election's, which the Moscow summit "held days after the US presidential
        // election results" does not take over.)
        agreeing ??= analysis.CandidateEvents.Where(e => !ReferenceEquals(e, best.Event) && DateAgreement.Agrees(date, e.Date) && WritesAWholeName(scopeText, e) && Explains(e))
            .Select(e => best with { Event = e }).FirstOrDefault();
        // (Or one the sentence fits nearly as well whose very day the date writes: "…, planned ahead of the anniversary of 9/11, is
        // called off on Sunday 8 September 2019 after an attack in Kabul" is the cancellation's day, whatever the planning's words.)
        agreeing ??= written is { Precision: DatePrecision.Day }
            ? ranked.Skip(1).FirstOrDefault(m => m.Confidence >= best.Confidence - ExplainingMargin && m.Event.Date is { Precision: DatePrecision.Day } day
                && day.Start == written.Start && day.End == written.End) : null;
        // (Or an event whose span the date writes end to end, "From June through August 2019", when the sentence is about it
        // at all: a span of the paper's is no slip of another event's date.)
        agreeing ??= written is { Precision: DatePrecision.Range }
            ? ranked.FirstOrDefault(m => m.Confidence >= MinimumConfidence && m.Event.Date.Precision == DatePrecision.Range
                && m.Event.Date.Start == written.Start && m.Event.Date.End == written.End) : null;
        // A slip of one part: of events the sentence fits nearly alike, the one whose date the note writes with one part
        // wrong is the one it misdates ("The first Moscow Format meeting … took place on 15 February 2018"; the Moscow summit
        // "held on 26 November 2016") — even when a vague span of the story agrees ("The last Soviet soldiers left
        // Afghanistan on 15 February 1988" is in the 1980s of the Soviet war, and a year off the withdrawal).
        var slipped = written is { Precision: DatePrecision.Day or DatePrecision.Month } && !Slip(written, best.Event.Date)
            ? ranked.Skip(1).FirstOrDefault(m => m.Confidence >= best.Confidence - ClearMargin && Slip(written, m.Event.Date))
              // (Further down, one the sentence is surely about whose day and month the date writes, the year a little off: "The
              // Moscow Format, with Afghanistan, China, Pakistan, Iran and India at the table, held its meeting on 15 February
              // 2018" is its first meeting of 15 February 2017 misdated, not the format's introduction in 2017.)
              ?? ranked.Skip(1).FirstOrDefault(m => m.Confidence >= SureConfidence && YearSlip(written, m.Event.Date)) : null;
        // (Or a span of months the date falls in, when the slipped one fits the sentence as well: "Trump abruptly called off his
        // secret Camp David meeting … on 8 August 2019" is the cancellation of 8 September misdated, not a day of the planning;
        // its margin is then over the others, the planning being the span its slip fell in.)
        // (Only when a key term of its own says it: "The QCG met in Islamabad on 18 March 2016" is no slip for its fifth meeting.)
        var slippedFromSpan = slipped is not null && agreeing is not null && ReferenceEquals(agreeing.Event, best.Event)
            && best.Event.Date.Precision == DatePrecision.Range && slipped.Confidence >= best.Confidence - TieMargin
            && !KeyWords(vocabulary, slipped).IsSubsetOf(KeyWords(vocabulary, best));
        if (agreeing is not null && !(slipped is not null && ReferenceEquals(agreeing.Event, best.Event) && (DateAgreement.IsVague(best.Event.Date) || slippedFromSpan)))
            return agreeing with { Read = scope };
        if (slippedFromSpan && ranked.FirstOrDefault(m => !ReferenceEquals(m.Event, best.Event) && !ReferenceEquals(m.Event, slipped!.Event)) is var third)
            return slipped! with { Margin = third is null ? 1 : Math.Round(slipped.Confidence - third.Confidence, 3), Read = scope, Next = best.Event, SameDate = OnItsDate(slipped) };
        return slipped is null ? best : slipped with { Margin = best.Margin, Read = scope, Next = best.Event, SameDate = OnItsDate(slipped) };

        // (The events on the slipped one's very date that the sentence is tied to at all: "… sat at one table in Moscow on
        // 9 November 2017, with eleven countries represented" is Lavrov's seat and the landmark meeting alike.)
        List<Event> OnItsDate(EventMatch slipped) =>
            [.. ranked.Where(m => !ReferenceEquals(m, slipped) && m.Confidence >= MinimumConfidence && m.Event.SameDateAs(slipped.Event)).Select(m => m.Event)];

        // (Whether the sentence ties two events by the same words, their dates nest, not alike, and the date agrees with neither.)
        bool Nest(EventMatch a, EventMatch b) => a.Words.Count >= 2 && a.Words.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(b.Words)
            && date.Date is not { Precision: DatePrecision.Range } && !a.Event.SameDateAs(b.Event) && (a.Event.Date.Holds(b.Event.Date) || b.Event.Date.Holds(a.Event.Date))
            && !DateAgreement.Agrees(date, a.Event.Date) && !DateAgreement.Agrees(date, b.Event.Date);

        // (The stretches a connector or a distance opens in the scope, reckoned for an event, when the date stands outside them.)
        List<(int From, int To)>? ReachesBesideTheDate(Event of) => BesideTheDate(Chronology.Relating(analysis, scope, of));

        // (Stretches of the scope, when there are some and the date stands outside every one.)
        List<(int From, int To)>? BesideTheDate(List<(int From, int To)> stretches) =>
            stretches.Count > 0 && !stretches.Any(r => r.From <= date.Start && date.Start < r.To) ? stretches : null;

        // (Whether nothing but an ordinal ties the sentence to an event: "first" says which, not what — "Russia's Moscow Format first
        // convened on 15 February 2018 with Afghanistan, China, Pakistan, Iran and India" is no Afghan state and Taliban meeting
        // of 2018 "for the first time".)
        static bool OnlyOrdinals(EventMatch m) => m.Words.Count > 0 && m.Words.All(Ordinals.Contains);

        // (Whether the event lacks a body the sentence names.)
        bool LacksBodyNamed(Event e) => NamesBodyItLacks(analysis, scope.Start, scope.End, e);

        // (It has all the words said of the best, and is no vague span beside a precise best.)
        // (Nor one whose name the sentence does not write, when it writes the best's as its subject: "The first Moscow Format
        // meeting … took place circa 2012" is no trilateral first meeting of 2013.)
        // (Nor a day a range holds, when the best is a span the range is held to end to end: "Five QCG meetings … from January to
        // July 2016" are the meetings of January to May, not the fifth of 18 May.)
        // (Nor one without a body the sentence names that the best has: "The Quadrilateral Coordination Group … was formed c.
        // 2013" is the QCG's forming, not the trilateral platform's of 2013.)
        bool Explains(Event e) => saidOfBest.All(w => vocabulary.Names[e].Any(n => SameWord(n, w)))
            && !(written is { Precision: DatePrecision.Range } && best.Event.Date.Precision == DatePrecision.Range && e.Date.Precision != DatePrecision.Range)
            && !(written is not null && DateAgreement.IsVague(e.Date) && !DateAgreement.IsVague(best.Event.Date))
            && !(NamedAsSubject(scopeText, best.Event, date.Start - scope.Start) && !WritesAWholeName(scopeText, e))
            && !(!LacksBodyNamed(best.Event) && LacksBodyNamed(e));
    }

    /// <summary>Whether a day is an event's day and month of a year one or two off.</summary>
    private static bool YearSlip(HistoricalDate written, HistoricalDate paper) =>
        written.Precision == DatePrecision.Day && paper.Precision == DatePrecision.Day && paper.Start == paper.End
        && written.Start.Day == paper.Start.Day && written.Start.Month == paper.Start.Month && Math.Abs(written.Start.Year - paper.Start.Year) is 1 or 2;

    /// <summary>Whether a date is an event's day or month, as precise, with one of its parts (year, month, day) another.</summary>
    private static bool Slip(HistoricalDate written, HistoricalDate paper)
    {
        if (paper.Precision != written.Precision || (written.Precision == DatePrecision.Day && paper.Start != paper.End)) return false;
        var (a, b) = (written.Start, paper.Start);
        var same = (a.Year == b.Year ? 1 : 0) + (a.Month == b.Month ? 1 : 0) + (written.Precision != DatePrecision.Day || a.Day == b.Day ? 1 : 0);
        return same == 2;
    }

    /// <summary>The clause of a sentence that holds a date, when the sentence has several: split at ";", ", and", ", but", ", while", ", which", ", then", " and then", " — ", and an "and" whose words
    /// say they came later ("…in August 2009 and announced soon afterwards", "and, almost straight away, says", "and soon declared").</summary>
    internal static ProseScope? ClauseOf(NoteAnalysis analysis, ProseScope scope, DateMention date) => ClauseOf(analysis, scope, date.Start, date.End);

    /// <summary>The sentences after the first of a list item or a table row (a sentence's scope is one), found once.</summary>
    private static List<(int Start, int Length)> LaterSentences(NoteAnalysis analysis, ProseScope scope) =>
        scope.Kind is ScopeKind.ListItem or ScopeKind.TableRow
            ? analysis.Memo(("later sentences", scope.Start, scope.Length), () => Sources.SentenceSplitter.Split(analysis.Note.Prose.Text, scope.Start, scope.Length).Skip(1).ToList())
            : [];

    /// <summary>Where the sentence holding a place starts: its scope's start, or a later sentence's in a list item or table row.</summary>
    internal static int SentenceStart(NoteAnalysis analysis, ProseScope scope, int at) =>
        LaterSentences(analysis, scope).LastOrDefault(s => s.Start <= at, (scope.Start, 0)).Start;

    private static bool InALaterSentence(NoteAnalysis analysis, ProseScope scope, DateMention date) => SentenceStart(analysis, scope, date.Start) > scope.Start;

    internal static ProseScope? ClauseOf(NoteAnalysis analysis, ProseScope scope, int from, int to, bool sentences = false)
    {
        // The breaks of a sentence are found once (a paragraph of thousands of dates asks for each).
        var breaks = analysis.Memo((sentences ? "clause and sentence breaks" : "clause breaks", scope.Start, scope.Length), () =>
        {
            var found = new List<(int At, int Length)>();
            foreach (var m in ClauseBreak().EnumerateMatches(analysis.Note.Prose.Text.AsSpan(scope.Start, scope.Length)))
                found.Add((scope.Start + m.Index, m.Length));
            // (A list item or a table row may hold several sentences, each then a clause of its own.)
            if (sentences)
                foreach (var (start, _) in LaterSentences(analysis, scope))
                {
                    var stop = analysis.Note.Prose.Text.AsSpan(scope.Start, start - scope.Start).TrimEnd().Length + scope.Start - 1;
                    found.Add((stop, start - stop));
                }
            found.Sort();
            return found;
        });
        var (start, end) = (scope.Start, scope.End);
        var opening = -1; // the break the clause opens after
        // (A semicolon within brackets the date is not in breaks only them: "Moscow's intra-Afghan meeting (Karzai, Abdullah; no
        // serving officeholders): 4–5 Feb 2019".)
        var bracketed = Bracketed(analysis, scope).Where(b => !(b.From < from && to <= b.To)).ToList();
        for (var i = 0; i < breaks.Count; i++)
        {
            var (at, length) = breaks[i];
            if (analysis.Note.Prose.Text[at] == ';' && bracketed.Any(b => b.From < at && at < b.To)) continue;
            // (", which" ends the clause before it, but opens none a later date belongs to: "The third round, which doubled the
            // circle to 12 countries, took place on 14 March 2017".)
            // (Nor does a contrast set between commas that denies something: "The inclusive gathering in Moscow attended by
            // Karzai and Abdullah, but not by Kabul's officeholders, took place in February 2018".)
            if (at + length <= from) { if (!IsWhich(analysis, breaks[i]) && !DeniesBetweenCommas(analysis, breaks[i], from)) (start, opening) = (Math.Max(start, at + length), i); }
            else if (at >= to)
            {
                // "The SCO summit of 5 June 2005 — China, Russia and four Central Asian republics — called on Washington…": the
                // clause goes on over an aside set between two dashes, to the break after it.
                var closing = IsDash(analysis, breaks[i]) ? breaks.FindIndex(i + 1, b => IsDash(analysis, b)) : -1;
                end = Math.Min(end, closing < 0 ? at : closing + 1 < breaks.Count ? breaks[closing + 1].At : scope.End);
                break;
            }
        }
        // "Resolution 1267 — the Council's first sanctions on the Taliban — passed on 5 November 1999": words set between
        // two dashes are an aside (AsideIn), and the clause after them goes on the one before — whatever breaks the aside holds
        // ("— with China and Pakistan, but without any Afghans —").
        var text = analysis.Note.Prose.Text;
        var aside = opening >= 1 && IsDash(analysis, breaks[opening]) ? breaks.FindLastIndex(opening - 1, b => IsDash(analysis, b)) : -1;
        if (aside >= 0)
            start = aside >= 1 ? breaks[aside - 1].At + breaks[aside - 1].Length : scope.Start;
        // "Resolution 1267 [@…] — adopted 5 November 1999": a verb without its subject after a dash goes on the clause before.
        // (So does where and when it was, without a verb: "…sat with members of the High Peace Council at an international forum
        // — in Moscow, on November 19, 2018, with Lavrov in the chair between them".)
        else if (opening >= 0 && IsDash(analysis, breaks[opening])
            && (SubjectlessVerb().IsMatch(text.AsSpan(start)) || (WhereOrWhen().IsMatch(text.AsSpan(start)) && !AnyVerb().IsMatch(text.AsSpan(start, end - start)))))
            start = opening >= 1 ? breaks[opening - 1].At + breaks[opening - 1].Length : scope.Start;
        // "24 Sept 2014 — Putin's speech to the annual meeting…": a date alone is no clause; it heads the sentence — after a
        // label too ("Timeline panel: 5–6 March 2019 — inclusive intra-Afghan meeting in Moscow").
        if ((IsBlankAround(text.AsSpan(start, from - start)) || (start == scope.Start && Label().IsMatch(text.AsSpan(start, from - start))))
            && IsBlankAround(text.AsSpan(to, end - to))) return null;
        return start == scope.Start && end == scope.End ? null : new ProseScope(start, end - start, scope.Kind);

        static bool IsBlankAround(ReadOnlySpan<char> s) => s.Trim(" \t-*:,.;()[]").IsEmpty;
    }

    /// <summary>A few words before a colon that label what follows: "Timeline panel:", "Key date:".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s*_#>-]*\p{L}[\p{L}'’ ]{0,30}:\s*$")]
    private static partial System.Text.RegularExpressions.Regex Label();

    /// <summary>The stretches of a scope set in round brackets, from "(" to its ")", found once.</summary>
    private static List<(int From, int To)> Bracketed(NoteAnalysis analysis, ProseScope scope) =>
        analysis.Memo(("bracketed", scope.Start, scope.Length), () =>
        {
            var found = new List<(int From, int To)>();
            var text = analysis.Note.Prose.Text;
            for (var i = text.IndexOf('(', scope.Start, scope.Length); i >= 0 && i < scope.End; i = text.IndexOf('(', i + 1, scope.End - i - 1))
                if (text.IndexOf(')', i, scope.End - i) is var close and > 0 && text.IndexOf('(', i + 1, close - i - 1) < 0)
                    found.Add((i, close + 1));
            return found;
        });

    /// <summary>A past tense: one in -ed, or a common irregular one.</summary>
    private const string PastTense = "[a-z]{3,}ed|held|met|won|took|began|came|fell|left|sent";

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:" + PastTense + @")\b")]
    private static partial System.Text.RegularExpressions.Regex SubjectlessVerb();

    /// <summary>A phrase that opens with where or when: "in Moscow", "on 9 November 2018", "at Doha".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:in|at|on)\s+(?:\p{Lu}|[0-9])")]
    private static partial System.Text.RegularExpressions.Regex WhereOrWhen();

    /// <summary>A word that may be a finite verb: a past tense, or a form of "be" or "have".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:" + PastTense + @"|is|are|was|were|has|have|had|sat|made|went|gave|saw|got|led|said|told)\b")]
    private static partial System.Text.RegularExpressions.Regex AnyVerb();

    private static bool IsWhich(NoteAnalysis analysis, (int At, int Length) b) =>
        analysis.Note.Prose.Text.AsSpan(b.At, b.Length).TrimEnd().EndsWith("which", StringComparison.Ordinal);

    /// <summary>Whether a break at a comma opens a denial that another comma closes before a place.</summary>
    private static bool DeniesBetweenCommas(NoteAnalysis analysis, (int At, int Length) b, int before) =>
        analysis.Note.Prose.Text[b.At] == ',' && NotOpening().IsMatch(analysis.Note.Prose.Text.AsSpan(b.At + b.Length, before - b.At - b.Length));

    /// <summary>"not" or "never" opening the words after a break, up to a comma: "not by Kabul's officeholders,".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:not|never)\s[^,]*,")]
    private static partial System.Text.RegularExpressions.Regex NotOpening();

    private static bool IsDash(NoteAnalysis analysis, (int At, int Length) b) => analysis.Note.Prose.Text.AsSpan(b.At, b.Length).Trim() is ['—'] or ['–'] or ['-', '-'];

    /// <summary>The aside set between two dashes inside a clause <see cref="ClauseOf"/> joined over it, if any.</summary>
    internal static (int From, int To)? AsideIn(NoteAnalysis analysis, ProseScope clause)
    {
        var dashes = new List<(int At, int Length)>();
        foreach (var m in ClauseBreak().EnumerateMatches(analysis.Note.Prose.Text.AsSpan(clause.Start, clause.Length)))
            if (IsDash(analysis, (clause.Start + m.Index, m.Length))) dashes.Add((clause.Start + m.Index, m.Length));
        return dashes.Count == 2 ? (dashes[0].At, dashes[1].At + dashes[1].Length) : null;
    }

    /// <summary>The relative clauses set between commas in a stretch, which say who or what: ", who signed for the Taliban in Doha,".</summary>
    internal static List<(int From, int To)> RelativeAsidesIn(NoteAnalysis analysis, ProseScope stretch) =>
        [.. RelativeAside().Matches(analysis.Note.Prose.Text[..stretch.End], stretch.Start).Select(m => (m.Index, m.Index + m.Length))];

    [System.Text.RegularExpressions.GeneratedRegex(@",\s+(?:who|whose|which)\b[^,;—–]*,")]
    private static partial System.Text.RegularExpressions.Regex RelativeAside();

    /// <summary>The stretches of a clause that say what came later ("who would sign the Doha accord"), without the date.</summary>
    internal static List<(int From, int To)> LaterIn(NoteAnalysis analysis, ProseScope clause, DateMention date)
    {
        var later = new List<(int From, int To)>();
        for (var m = CameLater().Match(analysis.Note.Prose.Text, clause.Start, clause.Length); m.Success; m = m.NextMatch())
            if (!(m.Index <= date.Start && date.Start < m.Index + m.Length) && !TimesWhatWould(analysis.Note.Prose.Text, date, m.Index)) later.Add((m.Index, m.Index + m.Length));
        return later;
    }

    /// <summary>
    /// Whether a date stands right before the subject of what "would" happen, and so says when: "Yeltsin said that from
    /// 1 January 1993 Moscow would stop supplying arms" (not "…the man who would lead it").
    /// </summary>
    private static bool TimesWhatWould(string text, DateMention date, int would) =>
        date.End <= would && WouldsSubject().IsMatch(text.AsSpan(date.End, would - date.End));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?!(?:\S+\s+)*(?i:who|which|that)\s+$)(?:[\w'’-]+\s+){1,3}$")]
    private static partial System.Text.RegularExpressions.Regex WouldsSubject();

    /// <summary>
    /// "would sign the Doha accord", "which would later become the Moscow Format", "who'd sign the Doha deal" (not "who'd
    /// signed", which is "had"), and what a thing led to: "led Trump to scrap the Camp David plan", "prompting Moscow to
    /// reopen": to the clause's next comma, dash or stop.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(?:\bwould|\b\w+['’]d(?=\s+(?!\w+ed\b))|\b(?:led|leading|prompted|prompting|forced|forcing|pushed|pushing|spurred|spurring)\s+(?:[\w'’-]+\s+){1,3}?to(?=\s))\s+[^,;.!?—–()\[\]]+")]
    private static partial System.Text.RegularExpressions.Regex CameLater();

    [System.Text.RegularExpressions.GeneratedRegex(@";|,\s+(?:and(?!\s+(?:that|this)\s)|but|while|whereas|although|though|which|then)\s|,?\s+and\s+then\s|\s(?:[—–→⇒]|--)\s|,?\s+and\b(?=\s*,?\s*(?:\w+\s+){0,2}?(?:shortly\s+|almost\s+|right\s+|only\s+)?(?:afterwards?|thereafter|subsequently|straight\s+away|right\s+away|later|soon)\b)")]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();

    /// <summary>
    /// The event a short phrase names ("the Soviet withdrawal", "the first Moscow Format meeting"), or null unless one
    /// event stands clearly above every other. Read by coverage, not by the sentence score: most of the phrase's words
    /// must be the event's words (its title, key terms and actors' names), one of them a key term of the event — what
    /// happened, not where — and no other event may cover as much.
    /// </summary>
    /// <param name="strict">For a phrase cut out of a longer stretch: three words at least, three in four of them the event's.</param>
    /// <param name="among">The events the phrase may name, all by default (the sentence's cited events are tried first by
    /// the caller, and need cover only two of the phrase's words: the sentence already says it is about them).</param>
    /// <param name="owner">Whom a possessive that opens the phrase stands for ("his re-election" of Karzai), named before it.</param>
    /// <param name="ties">Whether events the phrase names alike by one of their names give one match, the others among its
    /// <see cref="EventMatch.Contenders"/>: for a caller that holds a finding only when it holds for each ("the Doha talks").</param>
    public static EventMatch? Named(NoteAnalysis analysis, int start, int end, bool strict = false, IEnumerable<Event>? among = null, bool cited = false,
        ActorMention? owner = null, bool ties = false)
    {
        among ??= analysis.CandidateEvents;
        if (end <= start) return null;
        var text = analysis.Note.Prose.Text[start..end];
        var ownerText = owner is null ? "" : analysis.Note.Prose.Text.Substring(owner.Start, owner.Length);
        var tokens = NameTokens(text).Concat(NameTokens(ownerText)).Distinct(StringComparer.Ordinal).ToList();
        if (tokens.Count == 0) return null;
        var vocabulary = VocabularyOf(analysis);
        var mentions = analysis.ActorsIn(new ProseScope(start, end - start, ScopeKind.Sentence)).ToList();
        var actors = mentions.SelectMany(m => m.Actors).Concat(owner?.Actors ?? []).ToHashSet();
        // The words of a name the phrase gives an actor are that actor's: "the first Moscow Format round" names no event
        // without the Moscow Format by "Moscow" and "Format" (Russia's name, a word of the trilateral platform's).
        // (A name of two words or more: "Moscow" alone is also the place Rabbani was called to.)
        var mentionTokens = mentions.Select(m => (m.Actors, Tokens: NameTokens(m.Alias).ToHashSet(StringComparer.Ordinal))).Where(m => m.Tokens.Count >= 2).ToList();
        var stems = tokens.ToHashSet(StringComparer.Ordinal);
        var numbered = Numbered(tokens, text);
        // (A month that is no part of a date names the event the paper dates in it: "the December summit", not "on 28
        // December 2014".)
        var anyMonth = MonthNamed(text);
        var month = anyMonth is not null && !DatedMonth().IsMatch(text) ? anyMonth : null;
        var attributiveMonth = AttributiveMonthOf(text);
        // (So does a day without a year that says which of its kind a thing was: "the 26 December summit".)
        var day = AttributiveDay().Match(text) is { Success: true } dayWritten
            ? (Day: int.Parse(dayWritten.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture), Month: Dates.Forms.DateWords.MonthNumber(dayWritten.Groups["month"].Value))
            : ((int Day, int Month)?)null;
        bool InItsMonth(Event e) => day is { } dm ? OnDay(e.Date, dm.Day, dm.Month) : month is { } m && InMonth(e.Date, m);
        var candidates = new List<(Event Event, int Covered, bool Name, int Keys, double Score)>();
        foreach (var e in among)
        {
            var names = vocabulary.Names[e];
            var keys = vocabulary.KeyStems[e];
            var others = mentionTokens.Where(m => !m.Actors.Any(e.Actors.Contains)).SelectMany(m => m.Tokens).ToHashSet(StringComparer.Ordinal);
            // (A number names as surely as two words: "Res. 1267", "the 15th SCO summit".)
            // (So does the month the paper dates it in, by its capitalized name: "the December summit".)
            var covered = tokens.Count(t => !others.Contains(t) && names.Any(n => SameWord(n, t))) + tokens.Count(t => IsCount(t) && names.Contains(t))
                + (InItsMonth(e) ? 1 : 0);
            var keyHits = tokens.Count(t => keys.Any(k => SameWord(k, t)));
            // An ordinal alone names nothing ("the Third Anglo-Afghan War" is not the third Moscow round), unless the
            // event's title has it with another word of the phrase ("the second round met in Islamabad").
            var title = vocabulary.TitleStems[e];
            // A phrase that holds one of the event's names ("the Soviet withdrawal") names it before events that merely share
            // its words, and says what happened by that name alone.
            var name = HoldsAName(vocabulary, e, tokens);
            // (A number of the event's, "the first 650 troops", says what happened as a key term does.)
            if (!name && !tokens.Any(t => !Ordinals.Contains(t) && (keys.Any(k => SameWord(k, t)) || (IsCount(t) && names.Contains(t))))
                && !(tokens.Any(t => Ordinals.Contains(t) && title.Contains(t)) && tokens.Count(t => !Ordinals.Contains(t) && title.Any(k => SameWord(k, t))) > 0))
                continue;
            // (Unless the phrase holds one of its names whole that names them too: "the Doha framework agreement".)
            if (e.Actors.Count > 0 && actors.Count > 0 && !e.Actors.Any(actors.Contains) && !(name && mentions.All(m => NamedWithin(vocabulary, e, tokens, m.Alias)))) continue;
            if (LacksBody(actors, e)) continue;
            // "The February intra-Afghan meeting in Moscow" is not the one the paper holds in May.
            if (attributiveMonth is { } said && OutOfMonth(e, said)) continue;
            if (day is { } saidDay && e.Date.IsValid && e.Date.Length <= 366 && !OnDay(e.Date, saidDay.Day, saidDay.Month)) continue;
            // A term of office is not the election that won it, unless the phrase says it was won: "Karzai's second term"
            // began in November 2009, "Karzai won his second term" in the August vote.
            // (Not a deal's terms: "under its terms the US undertook to pull out all forces".)
            if (tokens.Contains("term") && !vocabulary.OwnStems[e].Contains("term") && !WonTerm().IsMatch(text) && !DealsTerms().IsMatch(text)) continue;
            // "round 2" is not "the third round": a phrase that numbers its thing names no event numbered otherwise.
            if (numbered is { } n && title.Any(Ordinals.Contains) && !title.Contains(n)) continue;
            candidates.Add((e, covered, name, keyHits, vocabulary.Sums.ContainsKey(e) ? Score(vocabulary, e, stems, actors, null, out _) : 0));
        }
        // An event and the paper's retelling of it (intra-Afghan talks "began in 2015", the talks begun on 9–10 July 2015)
        // are one happening: words that name both alike name the first telling, whose date is the finer.
        candidates.RemoveAll(c => c.Event.ToldAgain && candidates.Any(o => c.Event.OneHappeningWith(o.Event) && !Better(c, o)));
        (Event Event, int Covered, bool Name, int Keys, double Score)? best = null, second = null;
        foreach (var candidate in candidates)
        {
            if (best is null || Better(candidate, best.Value)) (second, best) = (best, candidate);
            else if (second is null || Better(candidate, second.Value)) second = candidate;
        }
        // Of events the phrase's words name alike, the one in the month it gives: "the November Moscow Format meeting".
        if (best is { } top && second is { } next && !Better(top, next) && anyMonth is { } inMonth)
        {
            var fitting = candidates.Where(c => !Better(top, c) && InMonth(c.Event.Date, inMonth)).ToList();
            if (fitting.Count == 1) (best, second) = (fitting[0], null);
        }
        // Two of the phrase's words at least, and three in five of them: "the accords were signed", "independence" name no event.
        // (Or a key term no other event has, with no word but the verb of its happening: "the drawdown started".)
        if (best is { Covered: 1 } one && OnlyOwnKeyTerm(vocabulary, one.Event, tokens)) best = one with { Covered = 2, Name = true };
        // (Or one of its names of two words written whole, one of them too short or common to count: "the Iraq war", "the Arab Spring".)
        if (best is { Covered: 1, Name: true } written && WritesAWholeName(text, written.Event)) best = written with { Covered = 2 };
        // (Or, whatever follows, one of its names of three words or more that the phrase opens with: "its mission had been shut
        // amid the rocket fire of the civil war".)
        if (best is not { } b || b.Covered < 2 || (!cited && b.Covered * 5 < tokens.Count * 3 && !OpensWithAName(b.Event))) return null;
        // A name the event does not know ("the Bilateral Security Agreement … was signed") is another thing.
        if (UnknownCapital(analysis, start, end, b.Event) is not null) return null;
        // Two of those words say what or who in particular: "round 2 in Islamabad" (a round, and Pakistan) names no one round.
        var specific = b.Event.Actors.Where(a => actors.Contains(a) && vocabulary.Actors[b.Event].Any(x => x.Actor == a && x.Weight >= SpecificActorWeight)).ToList();
        var strong = NonActorTokens(analysis, start, end).Count(t => vocabulary.Names[b.Event].Any(n => SameWord(n, t)))
            + (InItsMonth(b.Event) ? 1 : 0) + specific.Count;
        // (One is enough in a short phrase that is all the event's words, its key term among them: "the Soviet withdrawal".)
        var whole = b.Covered == tokens.Count && tokens.Count <= 3 && b.Keys > 0;
        if (!b.Name && strong < (whole ? 1 : 2)) return null;
        if (strict && (b.Covered < 3 || b.Covered * 4 < tokens.Count * 3)) return null;
        // Two events cover the phrase alike: it names neither for sure — unless the paper dates them alike (Resolution 1267
        // and the sanctions it imposed), when either gives the same verdict.
        if (second is { } s && !Better(b, s) && !s.Event.SameDateAs(b.Event) && !ties) return null;
        return new EventMatch(b.Event, Math.Round(b.Covered / (double)tokens.Count, 3))
        {
            Words = AsWritten(vocabulary, text, 0, text.Length, Words(text).Where(w => vocabulary.Names[b.Event].Any(n => SameWord(n, NameStem(w)))).Distinct(StringComparer.Ordinal)),
            Actors = b.Event.Actors.Where(actors.Contains).ToList(),
            // The events the phrase may also name: as many of its words, as many of them what happened — and whoever in
            // particular it names of the best's ("IS announced itself in Afghanistan" is no announcement without the Islamic State).
            Contenders = [.. candidates.Where(c => !ReferenceEquals(c.Event, b.Event) && !c.Event.OneHappeningWith(b.Event) && c.Covered >= b.Covered && (c.Name || !b.Name) && c.Keys >= b.Keys
                && specific.All(c.Event.Actors.Contains)).Select(c => c.Event)],
        };

        bool OpensWithAName(Event e) => e.Names.Any(n => n.Count(c => c == ' ') >= 2
            && System.Text.RegularExpressions.Regex.IsMatch(text, @"^\W*(?:(?:the|its|their|his|her|a|an)\s+)?" + System.Text.RegularExpressions.Regex.Escape(n) + @"(?![\w-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

        // More of the phrase covered, then more key terms, then a clearly higher score by the specific words and actors.
        static bool Better((Event Event, int Covered, bool Name, int Keys, double Score) x, (Event Event, int Covered, bool Name, int Keys, double Score) y) =>
            x.Covered != y.Covered ? x.Covered > y.Covered : x.Name != y.Name ? x.Name : x.Keys != y.Keys ? x.Keys > y.Keys : x.Score >= y.Score + ContenderMargin;
    }

    /// <summary>Whether a stretch holds every word of one of the event's names ("A Taliban delegation travelled to Moscow": "Taliban delegation to Moscow").</summary>
    internal static bool WritesAName(NoteAnalysis analysis, int start, int end, Event e) =>
        HoldsAName(VocabularyOf(analysis), e, [.. NameTokens(analysis.Note.Prose.Text[start..end])]);

    /// <summary>Whether a text writes one of the event's names of two words or more whole: "The Arab Spring".</summary>
    internal static bool WritesAWholeName(string text, Event e) => e.Names.Any(n => n.Contains(' ') && WholeName(text, n));

    /// <summary>Whether tokens hold every word of one of the event's names that holds a mention's words too: "Doha framework" of "Doha".</summary>
    private static bool NamedWithin(Vocabulary vocabulary, Event e, IReadOnlyCollection<string> tokens, string alias) =>
        NameTokens(alias).ToList() is { Count: > 0 } words && vocabulary.NameStems[e].Any(n => n.All(w => tokens.Any(t => SameWord(w, t))) && words.All(a => n.Any(w => SameWord(w, a))));

    /// <summary>Whether tokens hold every word of one of the event's names, wherever they stand.</summary>
    private static bool HoldsAName(Vocabulary vocabulary, Event e, IReadOnlyCollection<string> tokens) =>
        vocabulary.NameStems[e].Any(n => n.All(w => tokens.Any(t => SameWord(w, t))));

    /// <summary>Whether an event's title writes one of an actor's names as whole words: "… its presence in Afghanistan" names Afghanistan.</summary>
    internal static bool TitleNames(Event e, Actor actor) => actor.Names.Any(name => WholeName(e.Title, name));

    /// <summary>Whether a text holds a name as whole words, in any case.</summary>
    private static bool WholeName(string text, string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![\w-])" + System.Text.RegularExpressions.Regex.Escape(name) + @"(?![\w-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The one month a phrase names by its capitalized name ("the November meeting"; not the verb "may"), or null.</summary>
    private static int? MonthNamed(string text)
    {
        var months = MonthName().Matches(text).Select(m => Dates.Forms.DateWords.MonthNumber(m.Value)).Distinct().ToList();
        return months.Count == 1 ? months[0] : null;
    }

    /// <summary>
    /// The month by which a phrase says which of its kind a thing was ("the February intra-Afghan meeting in Moscow"), or null
    /// (a month that is part of a date, "on 28 December 2014", says nothing of the kind).
    /// </summary>
    private static int? AttributiveMonthOf(string text) =>
        MonthNamed(text) is { } said && !DatedMonth().IsMatch(text) && AttributiveMonth().IsMatch(text) ? said : null;

    /// <summary>Whether an event the paper dates within a year is out of a month: "the February meeting" is not the one of May.</summary>
    private static bool OutOfMonth(Event e, int month) => e.Date.IsValid && e.Date.Length <= 366 && !InMonth(e.Date, month);

    private static bool InMonth(HistoricalDate date, int month)
    {
        if (!date.IsValid || date.Length > 366) return false;
        for (var d = new DateOnly(date.Start.Year, date.Start.Month, 1); d <= date.End; d = d.AddMonths(1))
            if (d.Month == month) return true;
        return false;
    }

    /// <summary>Whether a span of at most a week holds the day and month given, in any year.</summary>
    private static bool OnDay(HistoricalDate date, int day, int month)
    {
        if (!date.IsValid || date.Length > 7) return false;
        for (var d = date.Start; d <= date.End; d = d.AddDays(1))
            if (d.Day == day && d.Month == month) return true;
        return false;
    }

    /// <summary>A day without a year that says which of its kind a thing was: "the 26 December summit", "the 28 August rocket attack".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?i:the|that|its|their)\s+(?:(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<month>" + Dates.Forms.PatternParts.Months + @")|(?<month>" + Dates.Forms.PatternParts.Months + @")\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?)\s+(?![\d'’])\w")]
    private static partial System.Text.RegularExpressions.Regex AttributiveDay();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:under|by|on)\s+(?:its|the|their|these|those)\s+terms\b")]
    private static partial System.Text.RegularExpressions.Regex DealsTerms();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:won|wins?|winning|secured?|elected|re-?elected|election)\b")]
    private static partial System.Text.RegularExpressions.Regex WonTerm();

    /// <summary>A month's capitalized name, whole or cut short ("the Feb. meeting in Moscow").</summary>
    private const string MonthWord = @"(?:" + Dates.Forms.PatternParts.Months + "|(?:" + Dates.Forms.PatternParts.MonthAbbreviations + @")\.?)(?!\w)";

    [System.Text.RegularExpressions.GeneratedRegex(@"\b" + MonthWord)]
    private static partial System.Text.RegularExpressions.Regex MonthName();

    /// <summary>A month that says which of its kind a thing was: "the February meeting", "its December session".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?i:the|that|its|their|his|her)\s+" + MonthWord + @"\s+\w")]
    private static partial System.Text.RegularExpressions.Regex AttributiveMonth();

    /// <summary>A month name in a date: a number beside it ("28 December 2014", "December 26").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s+" + MonthWord + @"|\b" + MonthWord + @"\s+\d")]
    private static partial System.Text.RegularExpressions.Regex DatedMonth();

    /// <summary>A number of things ("650", "two Russians", "Res. 1267", "15th"): it names as surely as two words.</summary>
    private static bool IsCount(string token) => char.IsDigit(token[0]);

    /// <summary>Whether a phrase's words are one key term of an event that no other event has and the verb of its happening (a bare noun, "independence", "the results", names nothing).</summary>
    private static bool OnlyOwnKeyTerm(Vocabulary vocabulary, Event e, List<string> tokens)
    {
        var rest = tokens.Where(t => !HappeningVerbs.Contains(t)).ToList();
        return rest.Count == 1 && tokens.Count > 1 && vocabulary.KeyStems[e].Any(k => SameWord(k, rest[0]))
            && vocabulary.Names.Count(kv => kv.Value.Any(n => SameWord(n, rest[0]))) == 1;
    }

    private static readonly HashSet<string> HappeningVerbs = new(StringComparer.Ordinal)
    {
        "start", "began", "begun", "begin", "open", "opened", "took", "place", "happen", "occurr", "went", "held", "met", "arriv",
        // (And the idioms of a thing's start, as their words are read: "Manas was up and running", "Manas opened for business".)
        "runn", "busine",
    };

    /// <summary>
    /// The one event of a few (those the paper times the other side's by) that a short phrase names by a key term of its
    /// own: "the withdrawal" in "The USSR fell apart [@ussr-disintegrates-1991] five years after the withdrawal". Null
    /// when none or several do, or the phrase is longer than <paramref name="words"/> words or names what the event does not know.
    /// </summary>
    public static EventMatch? KeyTermOf(NoteAnalysis analysis, int start, int end, IReadOnlyList<Event> among, int words = 3, bool besidesActors = false)
    {
        if (end <= start || among.Count == 0) return null;
        var tokens = NameTokens(analysis.Note.Prose.Text[start..end]).Where(t => !Ordinals.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
        // (Or few words besides the names of those taking part, when all take part in it: "the talks with the Taliban had even
        // started".)
        if (tokens.Count == 0 || (besidesActors ? NonActorTokens(analysis, start, end).Count(t => !Ordinals.Contains(t)) : tokens.Count) > words) return null;
        var vocabulary = VocabularyOf(analysis);
        var hits = among.Where(e => tokens.Any(t => vocabulary.KeyStems[e].Any(k => SameWord(k, t)))).ToList();
        if (hits is not [var e] || UnknownCapital(analysis, start, end, e) is not null
            || (besidesActors && analysis.ActorsIn(new ProseScope(start, end - start, ScopeKind.Sentence)).Any(m => !m.Actors.Any(e.Actors.Contains)))
            || (AttributiveMonthOf(analysis.Note.Prose.Text[start..end]) is { } month && OutOfMonth(e, month)))
            return null;
        return new EventMatch(e, 1) { Words = AsWritten(vocabulary, analysis.Note.Prose.Text, start, end - start, Words(analysis.Note.Prose.Text[start..end]).Where(w => vocabulary.KeyStems[e].Any(k => SameWord(k, NameStem(w))))) };
    }

    /// <summary>Whether words say which of its kind the event is by an ordinal of its title: "his third term" of Putin's third term.</summary>
    internal static bool SaysWhichByItsOrdinal(NoteAnalysis analysis, string words, Event e) =>
        NameTokens(words).Any(t => Ordinals.Contains(t) && VocabularyOf(analysis).TitleStems[e].Contains(t));

    /// <summary>Whether words say something of the event in its own words, not by its people's names ("diplomatic relations").</summary>
    internal static bool SaysInItsWords(NoteAnalysis analysis, int start, int end, Event e) =>
        VocabularyOf(analysis) is var vocabulary && NameTokens(analysis.Note.Prose.Text[start..end]).Any(t => vocabulary.KeyStems[e].Any(k => SameWord(k, t)));

    /// <summary>
    /// The event a short phrase names only as another of the subject's kind, by its ordinal, its place or "one" ("the
    /// second trilateral meeting followed the first", "the Islamabad round followed the Beijing one"): the one event that
    /// shares two of the kind's title words with the subject's and has every word of the phrase; null when none or
    /// several do.
    /// </summary>
    public static EventMatch? Sibling(NoteAnalysis analysis, int start, int end, Event of)
    {
        if (end <= start) return null;
        var text = analysis.Note.Prose.Text[start..end];
        var tokens = Words(text).Select(NameStem).Distinct(StringComparer.Ordinal).ToList();
        if (tokens.Count is 0 or > 4) return null;
        var vocabulary = VocabularyOf(analysis);
        var kind = vocabulary.TitleStems[of].Where(t => !Ordinals.Contains(t)).ToHashSet(StringComparer.Ordinal);
        Event? found = null;
        foreach (var e in analysis.CandidateEvents)
        {
            if (ReferenceEquals(e, of) || vocabulary.TitleStems[e].Count(kind.Contains) < 2) continue;
            var own = vocabulary.OwnStems[e];
            bool Hits(string t) => Ordinals.Contains(t) ? vocabulary.TitleStems[e].Contains(t) : own.Any(o => SameWord(o, t));
            if (!tokens.Any(Hits) || !tokens.All(t => Hits(t) || kind.Any(k => SameWord(k, t)))) continue;
            if (found is not null) return null;
            found = e;
        }
        return found is null ? null : new EventMatch(found, 1) { Words = AsWritten(vocabulary, text, 0, text.Length, Words(text).Where(w => vocabulary.OwnStems[found].Any(o => SameWord(o, NameStem(w))))) };
    }

    /// <summary>
    /// A capitalized word of a stretch, not its first and not in an actor's name, that the event does not have in its
    /// title, key terms or passage: "Bolton", "Astana", "Bilateral Security Agreement". Null when there is none.
    /// </summary>
    /// <param name="except">Stretches whose names are another thing's ("…before Trump's Camp David plan fell apart").</param>
    internal static string? UnknownCapital(NoteAnalysis analysis, int start, int end, Event e, IReadOnlyList<(int From, int To)>? except = null)
    {
        var known = analysis.Memo(("known words of " + e.Id, 0, 0), () => e.Title + " " + e.Passage.Text + " " + string.Join(' ', e.Keywords.Concat(e.Names)));
        // (Or a whole name of the paragraph the paper tells it in: "Al-Qaeda entered Afghanistan … a risk for Russia, Central
        // Asia and the Caucasus" is the paper's own telling.)
        var around = analysis.Memo(("names around " + e.Id, 0, 0), () => CapitalizedWord().Matches(e.Paper.ParagraphAt(e.Passage.Start)?.Text ?? "").Select(m => m.Value).ToHashSet(StringComparer.Ordinal));
        foreach (var (at, word, place) in Capitals(analysis, start, end))
            if (!(place ? known.Contains(word, StringComparison.Ordinal) || !HeldElsewhere(analysis, e) : Knows(word)) && !(except ?? []).Any(r => r.From <= at && at < r.To)) return word;
        return null;

        // (A plural of a word it knows is known: "no Afghans were invited" where the paper has "Afghan officials".)
        bool Knows(string word) => known.Contains(word, StringComparison.Ordinal) || around.Contains(word)
            || (word.Length > 4 && word[^1] == 's' && (known.Contains(word[..^1], StringComparison.Ordinal) || around.Contains(word[..^1])));
    }

    /// <summary>Whether a place of the prose opens its line of the note, after nothing but indentation and markup.</summary>
    private static bool OpensLine(Prose prose, int at) => LineBefore(prose, at).Trim(" \t*_>-").IsEmpty;

    /// <summary>
    /// Whether a place of the prose opens a cell of a table ("| 21–23 January 2019 | First overt US–Taliban talks |"): a word
    /// the paper writes in lower case is then no name ("Vladivostok speech: …" still is).
    /// </summary>
    private static bool OpensCell(Prose prose, int at) => LineBefore(prose, at).TrimEnd(" \t*_").EndsWith("|");

    /// <summary>The note's source text from the start of a place's line up to it.</summary>
    private static ReadOnlySpan<char> LineBefore(Prose prose, int at)
    {
        var (source, offset) = (prose.Source.Text, prose.ToSourceOffset(at));
        var lineStart = offset == 0 ? 0 : source.LastIndexOf('\n', offset - 1) + 1;
        return source.AsSpan(lineStart, offset - lineStart);
    }

    /// <summary>A run of letters.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}+")]
    internal static partial System.Text.RegularExpressions.Regex AnyWord();

    /// <summary>A stretch's capitalized words that may be names, read once per stretch (a sentence is asked for each of its dates).</summary>
    private static List<(int At, string Word, bool Place)> Capitals(NoteAnalysis analysis, int start, int end) => analysis.Memo((nameof(Capitals), start, end - start), () =>
    {
        var text = analysis.Note.Prose.Text;
        var actors = analysis.ActorsIn(new ProseScope(start, end - start, ScopeKind.Sentence)).ToList();
        var found = new List<(int, string, bool)>();
        foreach (var m in CapitalizedWord().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var at = start + m.Index;
            // (Nor the first word, after a paragraph's number if any: "2.6(c) Some fourteen rebel rockets hit …".)
            if (NumberOnly().IsMatch(text.AsSpan(start, at - start)) || (at >= 2 && text[at - 2] is '.' or ':' or '—' or '!' or '?') || (at >= 1 && text[at - 1] is '"' or '“' or '(' or '[')
                || (OpensCell(analysis.Note.Prose, at) && VocabularyOf(analysis).LowerWords.Contains(text.Substring(at, m.Length).ToLowerInvariant()))) continue;
            // (An actor's name says who; but a city that stands for a state, after "in" or "at", says where: "opened
            // intra-Afghan talks in Doha" is no round the paper holds in Moscow.)
            if (actors.FirstOrDefault(a => a.Start <= at && at < a.End) is { } mention)
            {
                if (IsPlace(mention) && HeldIn().IsMatch(text.AsSpan(start, at - start))) found.Add((at, mention.Alias, true));
                continue;
            }
            var word = text.Substring(at, m.Length);
            if (NotNames.Contains(word) || analysis.Note.Dates.Any(d => d.Start <= at && at < d.End)) continue;
            // (Nor a word in another script than the paper's: "Al-Qaeda (RU «Аль-Каида»)" glosses a name, it is no other.)
            if (word.Any(c => c > '\u024F')) continue;
            // (Nor a label opening a line of the note: "*Date:* 26 December 2016", "Venue: Moscow".)
            if (at + m.Length < text.Length && text[at + m.Length] == ':' && OpensLine(analysis.Note.Prose, at)) continue;
            // An office's title says who someone was ("Foreign Minister Boris Pankin"), not another thing.
            if (VocabularyOf(analysis).IsOfficeWord(word.ToLowerInvariant())) continue;
            // (Nor a lone capital of a word the paper's events write in lower case: a common noun set up as a title — "the
            // witness told Members", "Rough timeline for the Year 10 group" — names no other thing. Not one beside another
            // capital: "West Point", "the Middle East".)
            if (VocabularyOf(analysis).LowerWords.Contains(word.ToLowerInvariant()) && !BesideCapital(text, at, at + m.Length)) continue;
            found.Add((at, word, false));
        }
        return found;
    });

    /// <summary>Whether the word before or after a word (past its "'s") is capitalized, "The" aside: "West Point", "Middle East".</summary>
    private static bool BesideCapital(string text, int start, int end)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '-') i--;
        var wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        if (wordEnd > i + 1 && char.IsUpper(text[i + 1]) && text[(i + 1)..wordEnd] != "The") return true;
        var j = end;
        if (j + 1 < text.Length && text[j] is '\'' or '’' && text[j + 1] == 's') j += 2;
        while (j < text.Length && text[j] is ' ' or '-') j++;
        return j < text.Length && char.IsUpper(text[j]);
    }

    /// <summary>A mention of a state by a city of it ("Doha", "Moscow"), not by its name.</summary>
    private static bool IsPlace(ActorMention mention) => mention.Actors.Count > 0 && mention.Actors.All(a => IsCity(a, mention.Alias));

    /// <summary>Whether a state's alias is a city of it ("Moscow", "Doha"), not a form of its name ("Russian", "Soviet").</summary>
    private static bool IsCity(Actor state, string alias) =>
        state.Kind == ActorKind.State && alias.Length > 0 && char.IsUpper(alias[0]) && !alias.Contains(' ')
        && !state.Name.StartsWith(alias, StringComparison.Ordinal) && !alias.StartsWith(state.Name, StringComparison.Ordinal);

    /// <summary>Whether the paper tells where an event was, by a city that stands for a state ("held in Moscow").</summary>
    private static bool HeldElsewhere(NoteAnalysis analysis, Event e) => VocabularyOf(analysis).HeldInCity.Contains(e);

    /// <summary>"in" or "at" right before a place: where something was.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w-])(?:in|at)\s+$")]
    private static partial System.Text.RegularExpressions.Regex HeldIn();

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "The", "In", "On", "By", "After", "Before",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}]{2,}(?:-\p{Lu}?[\p{Ll}]+)*")]
    private static partial System.Text.RegularExpressions.Regex CapitalizedWord();

    /// <summary>No word before, only a number, a mark or a letter in parentheses: "2.4 ", "¶ 3 ", "2.6(c) ", "(iv) ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\p{L}]*(?:\(\p{L}{1,4}\)[^\p{L}]*)?$")]
    private static partial System.Text.RegularExpressions.Regex NumberOnly();

    /// <summary>The stems of a stretch's words outside the actors it names ("round 2 in Islamabad": "round").</summary>
    private static HashSet<string> NonActorTokens(NoteAnalysis analysis, int start, int end)
    {
        var text = analysis.Note.Prose.Without(start, end, analysis.ActorsIn(new ProseScope(start, end - start, ScopeKind.Sentence)).Select(m => (m.Start, m.End)));
        return NameTokens(text).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The stems a phrase names an event by: its words', a numbered thing's number ("Resolution 1267", "Res. 1267"), an
    /// ordinal in figures ("15th") and a short name ("Ufa"; <see cref="Words"/> drops words under four letters).
    /// </summary>
    private static IEnumerable<string> NameTokens(string text) =>
        Words(text).Select(NameStem).Concat(NumberOfThing().Matches(text).Select(m => Numeral(m.Groups["n"].Value.ToLowerInvariant())))
            .Concat(ShortName().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => !NotShortNames.Contains(w) && Dates.Forms.DateWords.MonthNumber(w) == 0));

    /// <summary>
    /// The short past forms a sentence writes for a meeting or a sitting ("the trilateral met again in Islamabad", "the HPC
    /// sat with the Taliban"), and a note-taker's abbreviation ("2nd trilateral mtg"), read as the words they stand for:
    /// <see cref="Words"/> drops other words under four letters.
    /// </summary>
    private static readonly Dictionary<string, string> ShortForms = new(StringComparer.Ordinal)
    {
        ["met"] = "meeting", ["sat"] = "sitting", ["mtg"] = "meeting", ["mtgs"] = "meetings",
    };

    /// <summary>The "effect" or "place" of "took effect", "took place".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:effect|place)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TookEffect();

    /// <summary>A determiner that ends a stretch, as before "time" in "this time", "at the time", "by that time".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(?<![\p{L}])(?:this|that|the|some|any|each|every|what|which|no|long|short)\s+$")]
    private static partial System.Text.RegularExpressions.Regex DeterminerBefore();

    /// <summary>"set up" as written, for a message.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\bset(?:s|ting)?\s+up\b")]
    private static partial System.Text.RegularExpressions.Regex SetUpWritten();

    /// <summary>The "up" of "set up", read as one word with it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+up\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SetUp();

    /// <summary>The "Soviet" (or "Soviet-Afghan") right before a "war".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(?<![\p{L}])soviet(?:-afghan)?\s+$")]
    private static partial System.Text.RegularExpressions.Regex SovietBefore();

    /// <summary>
    /// Whether words name a body the event does not have: "Russia's trilateral platform with China and Pakistan was formed"
    /// is not the QCG's forming, though both have China, Pakistan and "formed".
    /// </summary>
    private static bool LacksBody(IEnumerable<Actor> named, Event e) => named.Any(a => a.Kind == ActorKind.Body && !e.Actors.Contains(a));

    /// <summary>Whether a stretch names a body the event does not have (<see cref="LacksBody"/>).</summary>
    internal static bool NamesBodyItLacks(NoteAnalysis analysis, int start, int end, Event e) =>
        LacksBody(analysis.ActorsIn(new ProseScope(start, end - start, ScopeKind.Sentence)).SelectMany(m => m.Actors), e);

    /// <summary>A place's short name, capitalized, as a phrase names an event by it: "the SCO summit in Ufa".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}'’-])\p{Lu}\p{Ll}{2}(?![\p{L}'’-])")]
    private static partial System.Text.RegularExpressions.Regex ShortName();

    /// <summary>
    /// The capitalized three-letter words that are no name: a phrase's or a title's first word, a weekday, a part of a name
    /// ("Bin Laden", "Dar es Salaam"). (Nor is a month's abbreviation: the date words know those.)
    /// </summary>
    private static readonly HashSet<string> NotShortNames = new(StringComparer.Ordinal)
    {
        "the", "and", "but", "for", "nor", "yet", "not", "now", "its", "his", "her", "our", "who", "how", "why", "was", "has",
        "had", "one", "two", "six", "ten", "all", "any", "few", "new", "old", "off", "out", "per", "via", "day", "bin",
        "dar", "pro", "war", "far", "set", "met", "led", "won", "sat", "got", "saw", "let", "put", "ran", "did", "are", "can",
        "see", "yes", "too", "own", "top", "end", "age", "act", "key", "law", "aid", "big", "use", "add", "mid",
        "mon", "tue", "wed", "thu", "fri", "sun",
    };

    /// <summary>A count as its numeral: "twelve" (countries) is "12".</summary>
    private static string Numeral(string count) =>
        Array.IndexOf(Dates.Forms.DateWords.NumberWords, count) is var n and > 0 ? n.ToString(System.Globalization.CultureInfo.InvariantCulture)
        // "2nd" is "second", as the titles write it: "2nd trilateral (Islamabad)".
        : count.Length is 3 or 4 && char.IsLetter(count[^1]) && OrdinalWord(count[..^2]) is { } nth ? NameStem(nth)
        : count;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b" + NumberedResolution + @"\b|\b(?<n>[0-9]{1,2}(?:st|nd|rd|th))\b|(?<![0-9.,/-])\b(?<n>[1-9][0-9]{2})\b(?![.,/-]?[0-9])|(?<![0-9.,/-])\b(?<n>[1-9][0-9]?|two|three|five|six|seven|eight|nine|ten|eleven|twelve)(?=[\s-]+\p{L})(?![\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|days?|weeks?|months?|years?|decades?|times|st|nd|rd|th)\b)")]
    private static partial System.Text.RegularExpressions.Regex NumberOfThing();

    /// <summary>Whether words end on an ordinal, cut off from the thing it numbers: "Moscow hosted a third" (round).</summary>
    internal static bool EndsOnOrdinal(NoteAnalysis analysis, int start, int end) =>
        Words(analysis.Note.Prose.Text[start..end]).LastOrDefault() is { } last && Ordinals.Contains(NameStem(last.ToLowerInvariant()));

    /// <summary>Whether a stretch numbers its thing as an event is numbered, or not at all ("the first Moscow Format round" is not the third).</summary>
    internal static bool NumberedAlike(NoteAnalysis analysis, int start, int end, Event e)
    {
        var text = analysis.Note.Prose.Text[start..end];
        if (Numbered([.. Words(text).Select(NameStem)], text) is not { } n) return true;
        var title = VocabularyOf(analysis).TitleStems[e];
        return !title.Any(Ordinals.Contains) || title.Contains(n);
    }

    /// <summary>
    /// Whether a text writes one of the event's proper names of several words whole ("first Moscow Format"), not as the
    /// landmark of another thing: not after "after", "since", "than" …, and with no such word between it and the date.
    /// </summary>
    private static bool NamedAsSubject(string text, Event e, int date) =>
        e.Names.Any(n => n.Contains(' ') && n.Any(char.IsUpper) && System.Text.RegularExpressions.Regex.Matches(text,
                @"(?<![\w-])" + System.Text.RegularExpressions.Regex.Escape(n) + @"(?![\w-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase) is { Count: > 0 } found
            && found.All(m => !Landmark().IsMatch(text.AsSpan(0, m.Index))
                && !Between().IsMatch(m.Index < date ? text[(m.Index + m.Length)..Math.Min(date, text.Length)] : text[Math.Min(date, m.Index)..m.Index])));

    /// <summary>
    /// Whether a name of several words of the event stands just before a date, the date written on it: "troops to Iraq in
    /// 2004", "troops to Iraq, around 2008".
    /// </summary>
    private static bool DatesAName(string text, Event e, int date)
    {
        if (date <= 0 || date > text.Length) return false;
        var before = text.AsSpan(0, date).TrimEnd();
        if (before.EndsWith(",")) before = before[..^1];
        else if (before.EndsWith(" in", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" on", StringComparison.OrdinalIgnoreCase)) before = before[..^3].TrimEnd();
        else return false;
        foreach (var n in e.Names)
            if (n.Contains(' ') && before.EndsWith(n, StringComparison.OrdinalIgnoreCase)
                && (before.Length == n.Length || !(char.IsLetterOrDigit(before[^(n.Length + 1)]) || before[^(n.Length + 1)] == '-')))
                return true;
        return false;
    }

    /// <summary>The words before a name that make it the landmark of another thing: "after the", "since its", "two years before".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:after|before|since|following|preceding|than|until|till|ahead\s+of|prior\s+to|wake\s+of|during|at|by|from|to|between|and|or|of|with|as)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex Landmark();

    /// <summary>Words between a name and a date that set the date on another thing: "… from the November 2018 gathering".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:after|before|since|following|preceding|than|until|from|separated|apart|later|earlier)\b")]
    private static partial System.Text.RegularExpressions.Regex Between();

    /// <summary>
    /// Whether a stretch numbers its things only otherwise than an event's title does: "the first direct presidential
    /// election … which Karzai won" is not Karzai "elected a second time". (Any one number the title has will do.)
    /// </summary>
    internal static bool NumberedOtherwise(NoteAnalysis analysis, int start, int end, Event e)
    {
        var text = analysis.Note.Prose.Text[start..end];
        // (In words only: "the 5th" is as often a day of a month.)
        var said = Words(text).Select(NameStem).Where(NumberWords.Contains).ToHashSet(StringComparer.Ordinal);
        var own = VocabularyOf(analysis).TitleStems[e].Where(NumberWords.Contains).ToList();
        if (said.Count > 0 && own.Count > 0 && !own.Any(said.Contains)) return true;
        // A resolution's number too: "UNSC Res. 1333 … tighter sanctions" is not Resolution 1267.
        var resolutions = ResolutionNumbers(text);
        var its = ResolutionNumbers(e.Title + " " + string.Join(' ', e.Keywords.Concat(e.Names)));
        return resolutions.Count > 0 && its.Count > 0 && !its.Overlaps(resolutions);
    }

    private static HashSet<string> ResolutionNumbers(string text) =>
        [.. ResolutionNumber().Matches(text).Select(m => m.Groups["n"].Value)];

    /// <summary>A resolution by its number: "Resolution 1267", "Res. 1267", "UNSC 1267", "UNSCR 1267", "No. 1267".</summary>
    private const string NumberedResolution = @"(?:resolution|res\.|no\.|unscr?)\s*(?<n>[0-9]{3,5})";

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b" + NumberedResolution + @"\b")]
    private static partial System.Text.RegularExpressions.Regex ResolutionNumber();

    /// <summary>The ordinal a phrase gives its thing ("the second round", "round 2", "2nd"), as the stem of its word, or null.</summary>
    private static string? Numbered(List<string> tokens, string text)
    {
        if (tokens.FirstOrDefault(t => NumberWords.Contains(t)) is { } word) return word;
        var m = System.Text.RegularExpressions.Regex.Match(text, @"(?i)\b(?:round|meeting|session|term|phase)\s+(?:no\.\s*)?([0-9]{1,2})\b|\b([0-9]{1,2})(?:st|nd|rd|th)\b");
        if (!m.Success) return null;
        var n = int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return n is >= 1 and <= 10 ? NumberWordsInOrder[n - 1] : null;
    }

    private static readonly string[] NumberWordsInOrder = ["first", "second", "third", "fourth", "fifth", "sixth", "sevent", "eighth", "ninth", "tenth"];
    private static readonly HashSet<string> NumberWords = new(NumberWordsInOrder, StringComparer.OrdinalIgnoreCase);

    /// <summary>"first" … "tenth": an ordinal that numbers (not "last" or "next").</summary>
    internal static bool IsNumberOrdinal(string word) => NumberWords.Contains(word.Length <= 6 ? word : word[..6]);

    /// <summary>Ordinals and the like: they say which, not what ("first" ties no sentence to "first meeting" alone).</summary>
    internal static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "sevent", "eighth", "ninth", "tenth", "last", "final", "next", "former", "latter",
    };

    /// <summary>Two stems are one word when one begins the other, four letters at least ("plan" and "planned").</summary>
    private static bool SameWord(string a, string b) =>
        a.Length >= 4 && b.Length >= 4 ? (a.StartsWith(b, StringComparison.Ordinal) && !Derived(a, b)) || (b.StartsWith(a, StringComparison.Ordinal) && !Derived(b, a)) : a == b;

    /// <summary>Whether a longer word is a shorter one made an adjective: "formal(ly)" is not "form(ed)".</summary>
    private static bool Derived(string longer, string shorter) => longer.AsSpan(shorter.Length).StartsWith("al", StringComparison.Ordinal);

    public static IReadOnlyList<EventMatch> Rank(NoteAnalysis analysis, ProseScope scope, DateMention? date)
    {
        // A sentence's words and actors are read once, whatever number of dates it holds (a 200 KB paragraph of dates).
        var (words, stems, actors) = analysis.Memo((nameof(Rank), scope.Start, scope.Length), () =>
        {
            var sentence = analysis.Note.Prose.Text.Substring(scope.Start, scope.Length);
            // (A date's own words say when, not what: "some time in 2014" is no "for the first time".)
            foreach (var d in analysis.DatesIn(scope).Where(d => d is { Kind: DateMentionKind.Absolute, Hedge: not null }))
                sentence = string.Concat(sentence.AsSpan(0, d.Start - scope.Start), new string(' ', d.Length), sentence.AsSpan(d.End - scope.Start));
            // (A plan named as the thing it was for is not its planning: "Trump called off the planned Camp David meeting".)
            var attributive = PlannedThing().Matches(sentence).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            // ("4th" is "fourth", as the titles write it: "Putin begins 4th presidential term".)
            var all = Words(sentence).Where(w => !attributive.Contains(w))
                .Concat(OrdinalDigits().Matches(sentence).Select(m => OrdinalWord(m.Groups[1].Value)).OfType<string>())
                .Distinct(StringComparer.Ordinal).ToList();
            return (all, all.Select(Stem).ToHashSet(StringComparer.Ordinal), analysis.ActorsIn(scope).SelectMany(m => m.Actors.Concat(m.Within)).ToHashSet());
        });
        var vocabulary = VocabularyOf(analysis);
        // Only an event that shares a term with the sentence scores above 0: those, in the candidates' order.
        // Events are keyed by reference (ids are unique, so no two are equal): a record's hash reads its whole passage.
        var sharing = new HashSet<Event>(ByReference);
        foreach (var stem in stems)
            if (vocabulary.EventsWith.TryGetValue(stem, out var events)) sharing.UnionWith(events);
        var ranked = analysis.CandidateEvents
            .Where(sharing.Contains)
            .Select(e => new EventMatch(e, Score(vocabulary, e, stems, actors, date?.Date, out var coverage, hedged: date?.Hedge is not null)) { Coverage = coverage })
            .Where(m => m.Confidence > 0)
            .OrderByDescending(m => m.Confidence).ThenByDescending(m => m.Coverage).ThenBy(m => m.Event.Date.Start)
            .Take(8).ToList();
        if (ranked.Count == 0) return ranked;
        // Of two events the sentence fits alike, the one its people take part in: "Sergei Lavrov sat between the High Peace
        // Council delegates and their Taliban rivals" is his mediation, not the Taliban delegation's visit (which is out).
        // (Not when the sentence names another of the first's that the second lacks: "Karzai's reconciliation plan got its
        // tribal stamp in early June 2010, when the council of elders -- the future High Peace Council -- endorsed it" is the
        // council's, whoever's plan it was.)
        // (Nor when the date stands in a participle set between commas that holds the first's words and none of the second's:
        // "The Taliban movement, formed c. 1989 in southern Afghanistan, ousted Massoud's forces" dates the forming.)
        var people = actors.Where(a => a.Kind == ActorKind.Person).ToList();
        if (ranked.Count > 1 && ranked[0].Confidence - ranked[1].Confidence < TieMargin && people.Count > 0
            && !people.All(ranked[0].Event.Actors.Contains) && people.All(ranked[1].Event.Actors.Contains)
            && !ranked[0].Event.Actors.Any(a => a.Kind == ActorKind.Body && actors.Contains(a) && !ranked[1].Event.Actors.Contains(a))
            && !(date is not null && PhraseOf(analysis, scope, date) is { } aside && TermsIn(aside, ranked[0].Event) && !TermsIn(aside, ranked[1].Event)))
        {
            // (One of the very same date stays, second: the finding names it too — "…with Lavrov in between" is his mediation
            // at the landmark Moscow meeting, and the meeting itself.)
            if (ranked[0].Event.SameDateAs(ranked[1].Event))
                (ranked[0], ranked[1]) = (ranked[1], ranked[0]);
            else ranked.RemoveAt(0);
        }
        // The evidence of each: which of the sentence's words and actors tie it to the event.
        // An office's words ("foreign minister") say who, not what: they are no evidence of the same fact.
        return [.. ranked.Select(m =>
        {
            var named = vocabulary.Actors[m.Event].Where(a => actors.Contains(a.Actor)).ToList();
            return m with
            {
                Words = AsWritten(vocabulary, analysis.Note.Prose.Text, scope.Start, scope.Length, words.Where(w => !vocabulary.IsOfficeWord(w) && vocabulary.Terms[m.Event].Any(t => t.Stem == Stem(w)))),
                Actors = named.Select(a => a.Actor).ToList(),
                SpecificActors = named.Where(a => a.Weight >= SpecificActorWeight).Select(a => a.Actor).ToList(),
            };
        })];

        // (Whether a stretch holds a word of the event's terms.)
        bool TermsIn(ProseScope stretch, Event e) =>
            Words(analysis.Note.Prose.Text.Substring(stretch.Start, stretch.Length)).Any(w => vocabulary.Terms[e].Any(t => t.Stem == Stem(w)));
    }

    private static readonly ConditionalWeakTable<KnowledgeBase, Vocabulary> Vocabularies = new();

    /// <summary>The vocabulary of the note's knowledge, built once per knowledge base.</summary>
    private static Vocabulary VocabularyOf(NoteAnalysis analysis) => Vocabularies.GetValue(analysis.Knowledge, k => new Vocabulary(k));

    /// <summary>The words of a match that are key terms of its event (what happened), as stems.</summary>
    private static HashSet<string> KeyWords(Vocabulary vocabulary, EventMatch m) =>
        m.Words.Select(w => NameStem(w.ToLowerInvariant())).Where(w => vocabulary.KeyStems[m.Event].Any(k => SameWord(k, w))).ToHashSet(StringComparer.Ordinal);

    /// <summary>A participle of intent set before a noun, with only a determiner before it: "the planned meeting", "a proposed summit".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:the|a|an|its|his|her|their|this|that)\s+(planned|proposed|scheduled|intended|mooted|envisaged)\s+(?=\p{L})")]
    private static partial System.Text.RegularExpressions.Regex PlannedThing();

    /// <summary>The word of an ordinal written in digits up to the twentieth ("4" of "4th" is "fourth", "15" of "15th" "fifteenth"), or null.</summary>
    private static string? OrdinalWord(string digits) =>
        int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 20 ? Dates.Forms.DateWords.OrdinalWords[n - 1] : null;

    /// <summary>The participle a compound name ends in: the "-backed" of "Soviet-backed", the "-led" of "US-led".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"-\p{L}+ed\b")]
    private static partial System.Text.RegularExpressions.Regex HyphenParticiple();

    /// <summary>An ordinal in digits: "4th", "2nd".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.])([0-9]{1,2})(?:st|nd|rd|th)\b")]
    private static partial System.Text.RegularExpressions.Regex OrdinalDigits();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:of|for|in)\s")]
    private static partial System.Text.RegularExpressions.Regex RoleWords();

    /// <summary>
    /// Scores an event by the specific words and actors a sentence shares with it. A word or an actor
    /// that many events share ("troops", "Russia") weighs little; one only this event has weighs most.
    /// Without one of the event's own terms (actors alone are not enough) a sentence is not about it.
    /// </summary>
    private static double Score(Vocabulary vocabulary, Event e, HashSet<string> stems, HashSet<Actor> actors, HistoricalDate? date, out double coverage, bool hedged = false)
    {
        coverage = 0;
        var terms = vocabulary.Terms[e];
        var termHits = 0.0;
        foreach (var t in terms) if (stems.Contains(t.Stem)) termHits += t.Weight;
        if (termHits == 0) return 0;
        var sums = vocabulary.Sums[e];
        // An event with fewer than three terms is not matched in full by one shared word ("resigned").
        var termScore = Math.Min(1, termHits / sums.FullTermMatch);
        coverage = termHits / sums.AllTerms;

        var eventActors = vocabulary.Actors[e];
        var actorHits = 0.0;
        foreach (var a in eventActors) if (actors.Contains(a.Actor)) actorHits += a.Weight;
        var actorScore = eventActors.Count == 0 ? 0 : Math.Min(1, actorHits / sums.TopTwoActors);

        // A phrase without a date ("the first Moscow Format meeting") is scored by its words and actors alone.
        if (date is null) return Math.Round((0.3 * actorScore + 0.5 * termScore) / 0.8, 3);
        // (A range is as far from an event as its ends are from the event's: "1979–1988" is the decade's war, a year short,
        // not the withdrawal of 1989 it ends next to; "from January to July 2016" is nearer the five meetings of January to
        // May than the fifth. Not as near as a day within it.)
        var yearsApart = (date.Precision == DatePrecision.Range && e.Date.IsValid
            ? (Math.Abs(date.Start.DayNumber - e.Date.Start.DayNumber) + Math.Abs(date.End.DayNumber - e.Date.End.DayNumber)) / 2.0
            : date.DaysApart(e.Date)) / 365.25;
        var dateScore = Math.Max(0, 1 - yearsApart / (hedged ? 10 : 5));
        return Math.Round(0.3 * actorScore + 0.5 * termScore + 0.2 * dateScore, 3);
    }

    /// <summary>
    /// Each event's terms (stems of its key terms and title words, without the words that name an
    /// actor: actors count on their own) and actors, weighted by how few events share them, most specific first.
    /// </summary>
    private sealed class Vocabulary
    {
        public Vocabulary(KnowledgeBase knowledge)
        {
            // (Not the participle of a compound: "Soviet-backed" names the Soviet Union, but "backed" is what Russia did for Rabbani.)
            var nameWords = knowledge.Actors.SelectMany(a => a.Names).Select(n => HyphenParticiple().Replace(n, "")).SelectMany(Words).ToList();
            var actorWords = nameWords.Select(Stem).ToHashSet(StringComparer.Ordinal);
            var actorNameWords = nameWords.Select(NameStem).ToHashSet(StringComparer.Ordinal);
            // The words of offices ("foreign minister", "Secretary of State") say who someone was, not what happened.
            // (Only the words that name the role, before "of", "for" or "in": "Special Representative for Afghanistan
            // Reconciliation" says who by "Special Representative"; its reconciliation is still what Karzai offered.)
            // (Whole words, not stems: "secret" talks are no "secretary".)
            OfficeWords = knowledge.Actors.SelectMany(a => a.Offices).Select(o => RoleWords().Split(o.Title, 2)[0]).SelectMany(Words)
                .Where(w => !actorWords.Contains(Stem(w))).ToHashSet(StringComparer.Ordinal);
            var stemsOf = knowledge.Events.ToDictionary(e => e,
                e => e.Keywords.SelectMany(Words).Concat(Words(e.Title)).Select(Stem).Where(s => !actorWords.Contains(s)).Distinct().ToList(),
                ByReference);
            Names = knowledge.Events.ToDictionary(e => e,
                e => e.Keywords.Concat(e.Names).Append(e.Title).Concat(e.Actors.SelectMany(a => a.Names)).SelectMany(NameTokens).Distinct(StringComparer.Ordinal).ToArray(),
                ByReference);
            KeyStems = knowledge.Events.ToDictionary(e => e,
                e => e.Keywords.Concat(e.Names).SelectMany(NameTokens).Where(s => !actorNameWords.Contains(s)).Distinct(StringComparer.Ordinal).ToArray(),
                ByReference);
            NameStems = knowledge.Events.ToDictionary(e => e,
                e => e.Names.Select(n => Words(n).Select(NameStem).ToArray()).Where(n => n.Length > 0).ToArray(), ByReference);
            LowerWords = knowledge.Events.SelectMany(e => AnyWord().Matches($"{e.Title} {string.Join(' ', e.Keywords)} {e.Passage.Text}"))
                .Select(m => m.Value).Where(w => char.IsLower(w[0])).ToHashSet(StringComparer.Ordinal);
            // (The words its key terms, names and titles past their first word write with a capital: "Nairobi", "Format".)
            CapitalWords = knowledge.Events.SelectMany(e => e.Keywords.Concat(e.Names).SelectMany(k => AnyWord().Matches(k)).Concat(AnyWord().Matches(e.Title).Skip(1)))
                .Select(m => m.Value).Where(w => char.IsUpper(w[0])).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            TitleStems = knowledge.Events.ToDictionary(e => e, e => Words(e.Title).Select(NameStem).ToHashSet(StringComparer.Ordinal), ByReference);
            OwnStems = knowledge.Events.ToDictionary(e => e, e => e.Keywords.Concat(e.Names).Append(e.Title).SelectMany(Words).Select(NameStem).Distinct(StringComparer.Ordinal).ToArray(), ByReference);
            var cityNames = knowledge.Actors.SelectMany(a => a.Aliases.Where(alias => IsCity(a, alias))).Distinct(StringComparer.Ordinal).ToList();
            var cities = cityNames.Select(System.Text.RegularExpressions.Regex.Escape).ToList();
            var heldIn = new System.Text.RegularExpressions.Regex(@"(?<![\w-])(?:in|at)\s+(?:" + string.Join('|', cities) + @")(?![\w-])");
            Cities = knowledge.Events.ToDictionary(e => e, e => e.Keywords.Intersect(cityNames, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), ByReference);
            HeldInCity = cities.Count == 0 ? new HashSet<Event>(ByReference) : knowledge.Events.Where(e => heldIn.IsMatch(e.Passage.Text)).ToHashSet(ByReference);
            var n = knowledge.Events.Count;
            var termEvents = stemsOf.Values.SelectMany(s => s).GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var actorEvents = knowledge.Events.SelectMany(e => e.Actors.Distinct()).GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count());
            Terms = stemsOf.ToDictionary(kv => kv.Key,
                kv => (IReadOnlyList<(string Stem, double Weight)>)kv.Value.Select(s => (s, Specificity(n, termEvents[s]))).OrderByDescending(t => t.Item2).ToList(),
                ByReference);
            Actors = knowledge.Events.ToDictionary(e => e,
                e => (IReadOnlyList<(Actor Actor, double Weight)>)e.Actors.Distinct().Select(a => (a, Specificity(n, actorEvents[a]))).OrderByDescending(a => a.Item2).ToList(),
                ByReference);
            foreach (var (e, terms) in Terms)
            {
                foreach (var (stem, _) in terms)
                {
                    if (!EventsWith.TryGetValue(stem, out var events)) EventsWith[stem] = events = [];
                    if (!events.Contains(e)) events.Add(e);
                }
                if (terms.Count == 0) continue; // never scored: no term, no hit
                Sums[e] = new WeightSums(
                    terms.Take(3).Sum(t => t.Weight) + Math.Max(0, 3 - terms.Count) * terms.Average(t => t.Weight),
                    terms.Sum(t => t.Weight),
                    Actors[e].Take(2).Sum(a => a.Weight));
            }
        }

        public Dictionary<Event, IReadOnlyList<(string Stem, double Weight)>> Terms { get; }

        /// <summary>Each event's words for naming it: its title's, its key terms' and its actors' names, as stems.</summary>
        public Dictionary<Event, string[]> Names { get; }

        /// <summary>Each of an event's own names, as the stems of its words.</summary>
        public Dictionary<Event, string[][]> NameStems { get; }

        /// <summary>Each event's key terms (what happened), as stems, with the words that name an actor.</summary>
        public Dictionary<Event, string[]> KeyStems { get; }

        /// <summary>The words that name the offices' roles ("minister", "secretary", "president").</summary>
        public HashSet<string> OfficeWords { get; }

        /// <summary>Whether a word (lowercase) is an office's role word or a form of it ("presidents", "presidential").</summary>
        /// <remarks>(Or the office a "-ter" names as a "-try": "ministry" is the minister's. Not by stems: "secret" talks are no "secretary".)</remarks>
        public bool IsOfficeWord(string word) => OfficeWords.Any(o => word.StartsWith(o, StringComparison.Ordinal)
            || (o.EndsWith("ter", StringComparison.Ordinal) && (word == o[..^2] + "ry" || word == o[..^2] + "ries")));

        /// <summary>The words the events' titles, key terms and passages write in lower case ("first", "overt").</summary>
        public HashSet<string> LowerWords { get; }

        /// <summary>Words, in lower case, that the events' key terms, names and titles write as names, with a capital.</summary>
        public HashSet<string> CapitalWords { get; }

        /// <summary>Each event's own words — its title's, its key terms' and its names', place names among them ("Beijing") — as stems.</summary>
        public Dictionary<Event, string[]> OwnStems { get; }

        /// <summary>The events the paper tells where they were by a city that stands for a state ("held in Moscow").</summary>
        public HashSet<Event> HeldInCity { get; }

        /// <summary>The cities each event's key terms name: where it was ("Islamabad" of the second trilateral meeting).</summary>
        public Dictionary<Event, HashSet<string>> Cities { get; }

        /// <summary>Each event's title words, as stems (ordinals kept: "the second trilateral meeting").</summary>
        public Dictionary<Event, HashSet<string>> TitleStems { get; }
        public Dictionary<Event, IReadOnlyList<(Actor Actor, double Weight)>> Actors { get; }

        /// <summary>The events that have a term, by the term.</summary>
        public Dictionary<string, List<Event>> EventsWith { get; } = new(StringComparer.Ordinal);

        /// <summary>Each event's weights summed as the score divides by them.</summary>
        public Dictionary<Event, WeightSums> Sums { get; } = new(ByReference);

        private static double Specificity(int events, int sharing) => Math.Log(1 + events / (double)sharing);
    }

    private sealed record WeightSums(double FullTermMatch, double AllTerms, double TopTwoActors);

    /// <summary>Words as the note writes them, for messages and for finding them in its text: "re-elected", not "reelected".</summary>
    private static List<string> AsWritten(Vocabulary vocabulary, string text, int start, int length, IEnumerable<string> words) =>
        [.. words.Select(w =>
        {
            var span = text.AsSpan(start, length);
            // ("met" or "mtg" for the "meeting" it was read as.)
            if (span.IndexOf(w, StringComparison.OrdinalIgnoreCase) < 0)
                foreach (var (written, full) in ShortForms)
                    if (full == w && span.IndexOf(written, StringComparison.OrdinalIgnoreCase) >= 0) return written;
            // ("set up" for the "setup" it was read as.)
            if (w == "setup" && span.IndexOf(w, StringComparison.OrdinalIgnoreCase) < 0 && SetUpWritten().Match(span.ToString()) is { Success: true } setUp) return setUp.Value;
            // ("4th" for the "fourth" it was read as.)
            if (span.IndexOf(w, StringComparison.OrdinalIgnoreCase) < 0
                && OrdinalDigits().Matches(span.ToString()).FirstOrDefault(m => OrdinalWord(m.Groups[1].Value) == w) is { } digits)
                return digits.Value;
            if (w.Length > 4 && w.StartsWith("re", StringComparison.Ordinal) && span.IndexOf(string.Concat("re-", w.AsSpan(2)), StringComparison.OrdinalIgnoreCase) is var re and >= 0)
                w = span.Slice(re, w.Length + 1).ToString();
            // A name keeps its capital ("Baluchistan"), even opening the sentence ("Nairobi and Dar es Salaam — …"); a word
            // capitalized only to open the sentence does not.
            else if (span.IndexOf(w, StringComparison.OrdinalIgnoreCase) is var at and >= 0 && char.IsUpper(span[at])
                     && (vocabulary.CapitalWords.Contains(w) || (at > 0 || start > 0) && !OpensSentence(text, start + at)))
                w = span.Slice(at, w.Length).ToString();
            return w;
        })];

    /// <summary>Whether every word that ties a sentence to an event stands, wherever the sentence writes it, within some stretches.</summary>
    private static bool WordsOnlyWithin(NoteAnalysis analysis, ProseScope scope, EventMatch m, IReadOnlyList<(int From, int To)> stretches)
    {
        var text = analysis.Note.Prose.Text;
        if (m.Words.Count == 0) return false;
        foreach (var word in m.Words)
            for (var at = text.IndexOf(word, scope.Start, scope.Length, StringComparison.OrdinalIgnoreCase); at >= 0 && at < scope.End;
                 at = at + 1 < scope.End ? text.IndexOf(word, at + 1, scope.End - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
                if (!stretches.Any(r => r.From <= at && at < r.To)) return false;
        return true;
    }

    /// <summary>Whether the paper dates an event to a day, a month or a year, not a span or a vague time.</summary>
    private static bool IsPoint(Event e) => e.Date.Precision != DatePrecision.Range && !DateAgreement.IsVague(e.Date);

    /// <summary>Whether the paper dates an event to a span one of whose ends a written span has.</summary>
    private static bool SpansAnEndOf(Event e, HistoricalDate written) =>
        e.Date.Precision == DatePrecision.Range && (e.Date.Start == written.Start || e.Date.End == written.End);

    private static bool OpensSentence(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(" *_\"'“‘([-—–|#>".AsSpan());
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or '\n';
    }

    /// <summary>The few characters before a word, where the words that change how it reads stand ("this time", "Soviet war").</summary>
    private static ReadOnlySpan<char> JustBefore(string text, int at) => text.AsSpan(Math.Max(0, at - 16), Math.Min(at, 16));

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            // "re-election" is one word, not "election": Putin's re-election is not his first.
            if (!letter && start >= 0 && i - start == 2 && i + 1 < text.Length && text[i] == '-' && char.IsLetter(text[i + 1])
                && text.AsSpan(start, 2).Equals("re", StringComparison.OrdinalIgnoreCase)) continue;
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var word = text[start..i].Replace("-", "", StringComparison.Ordinal);
                // (An acronym of three capitals is a word: "the last QCG meeting", "the SCO summit".)
                var acronym = word.Length == 3 && word.All(char.IsUpper);
                word = word.ToLowerInvariant();
                // ("took effect", "took place" say that it happened, not what: "Yeltsin's arms cut-off took effect".)
                if (word == "took" && TookEffect().IsMatch(text.AsSpan(i))) { start = -1; continue; }
                // ("this time", "at the time" say when, not what; "for the first time", "a second time" say what.)
                // (Only the few characters before it are read: a long paragraph is not read again for each "time".)
                if (word == "time" && DeterminerBefore().IsMatch(JustBefore(text, start))) { start = -1; continue; }
                // ("set up" is one word, as "established" is: "the QCG was set up in January 2016", "Russia sets up a platform".)
                if (word is "set" or "sets" or "setting" && SetUp().IsMatch(text.AsSpan(i))) yield return "setup";
                else if (ShortForms.TryGetValue(word, out var full)) yield return full;
                else if ((word.Length >= 4 || acronym) && !StopWords.Contains(word)) yield return word;
                // ("the Soviet war" is one thing: "war" alone is too short and too common a word to count.)
                else if (word == "war" && SovietBefore().IsMatch(JustBefore(text, start))) yield return word;
                start = -1;
            }
        }
    }

    /// <summary>A crude stem for scoring a sentence: enough to match "withdrew"/"withdrawal", "negotiations"/"negotiated".</summary>
    private static string Stem(string word) => word.Length <= 6 ? word : word[..6];

    /// <summary>
    /// The stem a phrase names an event by: an inflection off ("adopts"/"adopted", "killing"/"killed", "calls"/"called"),
    /// then as <see cref="Stem"/>. (Sentences are scored by the plainer stem: the checks' calibration rests on it.)
    /// </summary>
    private static string NameStem(string word)
    {
        // (A session is a meeting, as a phrase names one: "the Moscow Format session with the Taliban".)
        if (word is "session" or "sessions") word = "meeting";
        foreach (var ending in Inflections)
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal)) return Stem(word[..^ending.Length]);
        return Stem(word);
    }

    private static readonly string[] Inflections = ["ing", "ed", "s"];
}
