using System.Runtime.CompilerServices;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;

namespace Marginalia.Core.Notes;

/// <summary>An event a sentence is taken to be about, with how sure the match is (0..1).</summary>
public sealed record EventMatch(Event Event, double Confidence);

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

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "that", "with", "from", "into", "this", "were", "was", "have", "been", "their", "which", "when",
        "after", "before", "over", "under", "about", "between", "during", "while", "where", "also", "they", "them",
        "years", "year", "months", "month", "days", "other", "more", "than",
    };

    private static readonly IEqualityComparer<Event> ByReference = ReferenceEqualityComparer.Instance;

    public static EventMatch? Best(NoteAnalysis analysis, ProseScope scope, DateMention date)
    {
        var ranked = Rank(analysis, scope, date);
        if (ranked.Count == 0 || ranked[0].Confidence < MinimumConfidence) return null;
        var best = ranked[0];
        var agreeing = ranked.TakeWhile(m => m.Confidence >= best.Confidence - ContenderMargin)
                             .FirstOrDefault(m => date.Date!.Agrees(m.Event.Date));
        return agreeing ?? best;
    }

    public static IReadOnlyList<EventMatch> Rank(NoteAnalysis analysis, ProseScope scope, DateMention date)
    {
        var text = analysis.Note.Prose.Text.Substring(scope.Start, scope.Length);
        var stems = Words(text).Select(Stem).ToHashSet(StringComparer.Ordinal);
        var actors = analysis.ActorsIn(scope).SelectMany(m => m.Actors.Concat(m.Within)).ToHashSet();
        var vocabulary = Vocabularies.GetValue(analysis.Knowledge, k => new Vocabulary(k));
        // Only an event that shares a term with the sentence scores above 0: those, in the candidates' order.
        // Events are keyed by reference (ids are unique, so no two are equal): a record's hash reads its whole passage.
        var sharing = new HashSet<Event>(ByReference);
        foreach (var stem in stems)
            if (vocabulary.EventsWith.TryGetValue(stem, out var events)) sharing.UnionWith(events);
        return analysis.CandidateEvents
            .Where(sharing.Contains)
            .Select(e => (Match: new EventMatch(e, Score(vocabulary, e, stems, actors, date.Date!, out var coverage)), Coverage: coverage))
            .Where(m => m.Match.Confidence > 0)
            .OrderByDescending(m => m.Match.Confidence).ThenByDescending(m => m.Coverage).ThenBy(m => m.Match.Event.Date.Start)
            .Select(m => m.Match)
            .Take(5).ToList();
    }

    private static readonly ConditionalWeakTable<KnowledgeBase, Vocabulary> Vocabularies = new();

    /// <summary>
    /// Scores an event by the specific words and actors a sentence shares with it. A word or an actor
    /// that many events share ("troops", "Russia") weighs little; one only this event has weighs most.
    /// Without one of the event's own terms (actors alone are not enough) a sentence is not about it.
    /// </summary>
    private static double Score(Vocabulary vocabulary, Event e, HashSet<string> stems, HashSet<Actor> actors, HistoricalDate date, out double coverage)
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
