using System.Runtime.CompilerServices;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

public enum SymbolKind { Event, Actor }

/// <summary>An event or actor found by a search, with where its paper states it (the passage, or the first mention).</summary>
public sealed record SymbolMatch(string Name, SymbolKind Kind, string Id, string Detail, string PaperPath, SourceRange Range, double Score);

/// <summary>
/// Finds events and actors by what a researcher remembers of them: part of the id, words of the title, an actor,
/// an alias, or the date ("1989", "feb 89", "moscow format"). Every word typed must match something; a
/// whole-word or prefix match counts more than a match inside a word, and that more than letters in order.
/// </summary>
public static class SymbolSearch
{
    public const int DefaultLimit = 500;

    private static readonly char[] Separators = [' ', '\t', '-', '_', ',', ';', '/', '.', ':', '(', ')', '\'', '’', '"', '“', '”', '*'];

    /// <summary>Events (by date) then actors (by name) matching a query, best first; everything, up to the limit, for an empty query.</summary>
    public static IReadOnlyList<SymbolMatch> Find(KnowledgeBase knowledge, string query, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        var events = ChronologicalOf(knowledge);
        var prepared = new Query(query);
        var found = new List<(SymbolMatch Match, int Order)>();
        for (var i = 0; i < events.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var e = events[i];
            if (Score(e, prepared) is not { } score) continue;
            found.Add((new SymbolMatch(e.Title, SymbolKind.Event, e.Id, $"{e.Id} · {e.Date.ToDisplayText()}",
                e.Paper.Path, e.Passage.Range, score), i));
        }
        var actors = knowledge.Actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();
        for (var i = 0; i < actors.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var a = actors[i];
            if (Score(a, prepared) is not { } score || knowledge.PaperOf(a) is not { } paper) continue;
            var range = ActorMentions.First(knowledge, a)?.Range ?? default;
            found.Add((new SymbolMatch(a.Name, SymbolKind.Actor, a.Id, $"{a.Id} · {a.Kind.ToString().ToLowerInvariant()}",
                paper.Paper.Path, range, score), events.Count + i));
        }
        return found.OrderByDescending(f => f.Match.Score).ThenBy(f => f.Order).Take(limit).Select(f => f.Match).ToList();
    }

    /// <summary>The events in date order, sorted once per knowledge base (completion and search ask on every keystroke).</summary>
    public static IReadOnlyList<Event> ChronologicalOf(KnowledgeBase knowledge) =>
        Chronologies.GetValue(knowledge, k => k.Chronological.ToList());

    private static readonly ConditionalWeakTable<KnowledgeBase, IReadOnlyList<Event>> Chronologies = new();

    /// <summary>A query split into words once, for scoring it against every event and actor.</summary>
    public sealed class Query
    {
        public Query(string text)
        {
            Tokens = [.. Words(text)];
            Typed = text.Trim().ToLowerInvariant();
            Phrase = string.Join(' ', Tokens);
        }

        public string[] Tokens { get; }
        public string Typed { get; }
        public string Phrase { get; }
    }

    /// <summary>How well an event matches a query (higher is better), or null when it does not; 0 for an empty query.</summary>
    public static double? Score(Event e, string query) => Score(e, new Query(query));

    /// <summary>How well an actor matches a query (higher is better), or null when it does not.</summary>
    public static double? Score(Actor a, string query) => Score(a, new Query(query));

    public static double? Score(Event e, Query query) =>
        Score(query, Profiles.GetValue(e, _ => new Profile(e.Id, e.Title,
            [e.Id, e.Title, .. e.Actors.SelectMany(a => a.Names.Prepend(a.Id)), .. e.Keywords, .. DateWords(e.Date)])), e.Date);

    public static double? Score(Actor a, Query query) =>
        Score(query, Profiles.GetValue(a, _ => new Profile(a.Id, a.Name,
            [a.Id, .. a.Names, a.Kind.ToString(), .. a.Offices.Select(o => o.Title)])), null);

    /// <summary>What a query is matched against, worked out once per event or actor: it does not change while the knowledge lives.</summary>
    private sealed class Profile
    {
        public Profile(string id, string title, IReadOnlyList<string> texts)
        {
            Id = id;
            Words = [.. texts.SelectMany(SymbolSearch.Words).Distinct(StringComparer.Ordinal)];
            WordSet = Words.ToHashSet(StringComparer.Ordinal);
            Joined = string.Join(' ', texts).ToLowerInvariant();
            CompactId = id.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
            IdWords = string.Join(' ', SymbolSearch.Words(id));
            TitleWords = string.Join(' ', SymbolSearch.Words(title));
        }

        public string Id { get; }
        public string[] Words { get; }
        public HashSet<string> WordSet { get; }
        public string Joined { get; }
        public string CompactId { get; }
        public string IdWords { get; }
        public string TitleWords { get; }
    }

    private static readonly ConditionalWeakTable<object, Profile> Profiles = new();

    public static IReadOnlyList<string> Words(string text) =>
        text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static double? Score(Query query, Profile profile, HistoricalDate? date)
    {
        var tokens = query.Tokens;
        if (tokens.Length == 0) return 0;
        var (id, words, joined, compactId) = (profile.Id, profile.WordSet, profile.Joined, profile.CompactId);

        double total = 0;
        foreach (var token in tokens)
        {
            double best;
            if (words.Contains(token) || IsYearOf(token, date)) best = 3;
            else if (profile.Words.Any(w => w.StartsWith(token, StringComparison.Ordinal))) best = 2;
            else if (joined.Contains(token, StringComparison.Ordinal)) best = 1;
            else if (token.Length >= 2 && IsSubsequence(token, compactId)) best = 0.5;
            else best = 0;
            if (best == 0) return null;
            total += best;
        }
        // What is typed as the start of the id ranks first: that is how references are written.
        if (id.StartsWith(query.Typed, StringComparison.OrdinalIgnoreCase)) total += 5;
        // Words typed together ("moscow format") count more where they stand together.
        if (tokens.Length > 1 && profile.IdWords.Contains(query.Phrase, StringComparison.Ordinal)) total += 4;
        else if (tokens.Length > 1 && profile.TitleWords.Contains(query.Phrase, StringComparison.Ordinal)) total += 3;
        return total;
    }

    /// <summary>The words a date answers to: "15", "february", "feb", "1989", "89", "02".</summary>
    private static IEnumerable<string> DateWords(HistoricalDate date)
    {
        yield return date.ToDisplayText();
        yield return date.Text;
        if (!date.IsValid) yield break;
        foreach (var d in date.Start == date.End ? [date.Start] : new[] { date.Start, date.End })
        {
            yield return d.Year.ToString("0000");
            yield return (d.Year % 100).ToString("00");
            if (date.Precision is DatePrecision.Day or DatePrecision.PartOfMonth or DatePrecision.Month)
            {
                var month = HistoricalDate.MonthName(d.Month);
                yield return month;
                yield return month[..3];
                yield return d.Month.ToString("00");
            }
            if (date.Precision == DatePrecision.Day) yield return d.Day.ToString();
        }
    }

    /// <summary>"1989" finds every event of 1989, whatever the precision of its date.</summary>
    private static bool IsYearOf(string token, HistoricalDate? date) =>
        date is { IsValid: true } && token.Length == 4 && int.TryParse(token, out var year) && year is > 0 and < 10000
        && date.Agrees(HistoricalDate.InYear(year, token));

    private static bool IsSubsequence(string token, string text)
    {
        var i = 0;
        foreach (var c in text)
            if (i < token.Length && token[i] == c) i++;
        return i == token.Length;
    }
}
