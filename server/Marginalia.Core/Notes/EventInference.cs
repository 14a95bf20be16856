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
}

/// <summary>
/// Finds the event an uncited sentence speaks of, by the actors it names, the event's key terms
/// and title words it uses, and how near its date lies. When a close contender agrees with the
/// sentence's date, the sentence is taken to be about that one: a false alarm costs more than a miss.
/// </summary>
public static class EventInference
{
    /// <summary>Below this a sentence is not tied to any event at all.</summary>
    public const double MinimumConfidence = 0.3;

    /// <summary>How close a contender must score to the best to count as what the sentence may mean.</summary>
    public const double ContenderMargin = 0.15;

    /// <summary>How close an event that agrees with the sentence's date must score to the best to explain the date.</summary>
    public const double ExplainingMargin = 0.2;

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
        "within", "three", "four", "five", "seven", "eight", "nine", "eleven", "twelve", "twenty", "hundred", "thousand",
        "following", "same", "early", "late", "spring", "summer", "autumn", "winter", "decade", "century", "week", "weeks",
    };

    private static readonly IEqualityComparer<Event> ByReference = ReferenceEqualityComparer.Instance;

    public static EventMatch? Best(NoteAnalysis analysis, ProseScope scope, DateMention date)
    {
        var ranked = Rank(analysis, scope, date);
        if (ranked.Count == 0 || ranked[0].Confidence < MinimumConfidence) return null;
        var best = ranked[0] with { Margin = ranked.Count > 1 ? Math.Round(ranked[0].Confidence - ranked[1].Confidence, 3) : 1 };
        var said = NoteAnalysis.Said(date);
        // An event the sentence is nearly as much about that agrees with the date explains it.
        var agreeing = ranked.FirstOrDefault(m => m.Confidence >= Math.Max(MinimumConfidence, best.Confidence - ExplainingMargin) && DateAgreement.Agrees(said, m.Event.Date));
        return agreeing ?? best;
    }

    /// <summary>How sure a phrase must name an event ("the first Moscow Format meeting") to stand for it.</summary>
    public const double NamedConfidence = 0.6;

    /// <summary>
    /// The event a short phrase names ("the 2001 attacks", "the first Moscow Format meeting"), by its words and actors
    /// alone, or null unless one event stands clearly above every other.
    /// </summary>
    public static EventMatch? Named(NoteAnalysis analysis, int start, int end)
    {
        if (end <= start) return null;
        var ranked = Rank(analysis, new ProseScope(start, end - start, ScopeKind.Sentence), date: null);
        if (ranked.Count == 0 || ranked[0].Confidence < NamedConfidence || ranked[0].Words.Count == 0) return null;
        if (ranked.Count > 1 && ranked[0].Confidence - ranked[1].Confidence < ContenderMargin) return null;
        return ranked[0];
    }

    public static IReadOnlyList<EventMatch> Rank(NoteAnalysis analysis, ProseScope scope, DateMention? date)
    {
        var text = analysis.Note.Prose.Text.Substring(scope.Start, scope.Length);
        var stems = Words(text).Select(Stem).ToHashSet(StringComparer.Ordinal);
        var actors = analysis.ActorsIn(scope).SelectMany(m => m.Actors).ToHashSet();
        var vocabulary = Vocabularies.GetValue(analysis.Knowledge, k => new Vocabulary(k));
        // Only an event that shares a term with the sentence scores above 0: those, in the candidates' order.
        // Events are keyed by reference (ids are unique, so no two are equal): a record's hash reads its whole passage.
        var sharing = new HashSet<Event>(ByReference);
        foreach (var stem in stems)
            if (vocabulary.EventsWith.TryGetValue(stem, out var events)) sharing.UnionWith(events);
        var ranked = analysis.CandidateEvents
            .Where(sharing.Contains)
            .Select(e => new EventMatch(e, Score(vocabulary, e, stems, actors, date?.Date, out var coverage)) { Coverage = coverage })
            .Where(m => m.Confidence > 0)
            .OrderByDescending(m => m.Confidence).ThenByDescending(m => m.Coverage).ThenBy(m => m.Event.Date.Start)
            .Take(8).ToList();
        if (ranked.Count == 0) return ranked;
        // The evidence of the best: which of the sentence's words and actors tie it to the event.
        var words = Words(text).Where(w => vocabulary.Terms[ranked[0].Event].Any(t => t.Stem == Stem(w))).Distinct(StringComparer.Ordinal).ToList();
        var named = vocabulary.Actors[ranked[0].Event].Where(a => actors.Contains(a.Actor)).ToList();
        ranked[0] = ranked[0] with
        {
            Words = words, Actors = named.Select(a => a.Actor).ToList(),
            SpecificActors = named.Where(a => a.Weight >= SpecificActorWeight).Select(a => a.Actor).ToList(),
        };
        return ranked;
    }

    private static readonly ConditionalWeakTable<KnowledgeBase, Vocabulary> Vocabularies = new();

    /// <summary>
    /// Scores an event by the specific words and actors a sentence shares with it. A word or an actor
    /// that many events share ("troops", "Russia") weighs little; one only this event has weighs most.
    /// Without one of the event's own terms (actors alone are not enough) a sentence is not about it.
    /// </summary>
    private static double Score(Vocabulary vocabulary, Event e, HashSet<string> stems, HashSet<Actor> actors, HistoricalDate? date, out double coverage)
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
        var yearsApart = date.DaysApart(e.Date) / 365.25;
        var dateScore = Math.Max(0, 1 - yearsApart / 5);
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
            var actorWords = knowledge.Actors.SelectMany(a => a.Names).SelectMany(Words).Select(Stem).ToHashSet(StringComparer.Ordinal);
            var stemsOf = knowledge.Events.ToDictionary(e => e,
                e => e.Keywords.SelectMany(Words).Concat(Words(e.Title)).Select(Stem).Where(s => !actorWords.Contains(s)).Distinct().ToList(),
                ByReference);
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
        public Dictionary<Event, IReadOnlyList<(Actor Actor, double Weight)>> Actors { get; }

        /// <summary>The events that have a term, by the term.</summary>
        public Dictionary<string, List<Event>> EventsWith { get; } = new(StringComparer.Ordinal);

        /// <summary>Each event's weights summed as the score divides by them.</summary>
        public Dictionary<Event, WeightSums> Sums { get; } = new(ByReference);

        private static double Specificity(int events, int sharing) => Math.Log(1 + events / (double)sharing);
    }

    private sealed record WeightSums(double FullTermMatch, double AllTerms, double TopTwoActors);

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                if (word.Length >= 4 && !StopWords.Contains(word)) yield return word;
                start = -1;
            }
        }
    }

    /// <summary>A crude stem: enough to match "withdrew"/"withdrawal", "negotiations"/"negotiated".</summary>
    private static string Stem(string word) => word.Length <= 6 ? word : word[..6];
}
