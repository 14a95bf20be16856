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
        "first", "second", "third", "last", "years", "year", "months", "month", "days", "other", "more", "than",
    };

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
        var actors = analysis.Actors.Where(m => scope.Contains(m.Start)).SelectMany(m => m.Actors).ToHashSet();
        return analysis.Knowledge.Events
            .Select(e => new EventMatch(e, Score(e, stems, actors, date.Date!)))
            .Where(m => m.Confidence > 0)
            .OrderByDescending(m => m.Confidence).ThenBy(m => m.Event.Date.Start)
            .Take(5).ToList();
    }

    private static double Score(Event e, HashSet<string> stems, HashSet<Actor> actors, HistoricalDate date)
    {
        var actorHits = e.Actors.Count(actors.Contains);
        var actorScore = e.Actors.Count == 0 ? 0 : Math.Min(1, actorHits / (double)Math.Min(2, e.Actors.Count));
        var terms = TermsOf(e);
        var termHits = 0;
        foreach (var term in terms) if (stems.Contains(term)) termHits++;
        var termScore = terms.Length == 0 ? 0 : Math.Min(1, termHits / (double)Math.Min(3, terms.Length));
        if (actorHits == 0 && termHits == 0) return 0;
        var yearsApart = date.DaysApart(e.Date) / 365.25;
        var dateScore = Math.Max(0, 1 - yearsApart / 5);
        return Math.Round(0.3 * actorScore + 0.5 * termScore + 0.2 * dateScore, 3);
    }

    /// <summary>An event's stemmed key terms and title words, worked out once per event rather than once per date.</summary>
    private static string[] TermsOf(Event e) =>
        Terms.GetValue(e, static e => [.. e.Keywords.SelectMany(Words).Concat(Words(e.Title)).Select(Stem).Distinct()]);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Event, string[]> Terms = new();

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
