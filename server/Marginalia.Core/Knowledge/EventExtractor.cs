using System.Text;
using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Knowledge;

/// <summary>
/// Drafts the knowledge of any paper: every dated sentence becomes a candidate event (its date,
/// the actors it names, the sentence as passage), recurring proper names become candidate actors,
/// and a date in a heading is set aside as a non-event. The draft is for a person to curate.
/// </summary>
public static partial class EventExtractor
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Of", "And", "But", "Or", "As", "After", "Before",
        "During", "Since", "Until", "With", "Without", "This", "That", "These", "Those", "It", "Its", "He", "She", "They",
        "We", "Our", "Their", "His", "Her", "However", "Moreover", "Thus", "Therefore", "Although", "While", "When",
        "Then", "There", "Here", "Such", "Some", "Many", "Most", "All", "Both", "Each", "Other", "Another", "One", "Two",
        "First", "Second", "Third", "Last", "Next", "Also", "Yet", "Still", "Even", "Only", "Not", "No", "Nevertheless",
        "Furthermore", "Meanwhile", "Instead", "Indeed", "Introduction", "Conclusion", "Conclusions", "References",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static PaperKnowledge Extract(Paper paper, IReadOnlyList<Actor>? knownActors = null)
    {
        var text = paper.Reading.Text;
        var mentions = DateRecognizer.Recognize(text);
        var actors = knownActors ?? DraftActors(paper);
        var matcher = new ActorMatcher(actors);
        var events = new List<Event>();
        var notEvents = new List<NotEvent>();
        var ids = new HashSet<string>(StringComparer.Ordinal);

        foreach (var group in mentions.GroupBy(m => paper.SentenceAt(m.Start)?.Start ?? -1 - m.Start))
        {
            var first = group.First();
            var sentence = paper.SentenceAt(first.Start);
            if (sentence is null)
            {
                var heading = paper.ParagraphAt(first.Start);
                if (heading is not null) notEvents.Add(new NotEvent(heading, "section heading"));
                continue;
            }
            var previous = events.LastOrDefault();
            var date = DateOf(group, previous);
            if (date is null) continue;
            var named = matcher.Find(sentence.Text).SelectMany(m => m.Actors).Distinct().ToList();
            var id = UniqueId(Slug(sentence.Text, date), ids);
            events.Add(new Event(id, Title(sentence.Text), date, named, sentence, paper)
            {
                AnchorId = group.All(m => m.Date is null) ? previous?.Id : null,
                Keywords = Keywords(sentence.Text),
            });
        }
        return new PaperKnowledge(paper, null, actors, events, notEvents, mentions, []);
    }

    /// <summary>The sentence's date: its finest absolute date, else a relative one resolved against the event before it.</summary>
    private static HistoricalDate? DateOf(IEnumerable<DateMention> mentions, Event? previous)
    {
        var stated = mentions.Where(m => m.Date is { IsValid: true } && m.Kind is not DateMentionKind.Duration)
                             .Select(m => m.Date!).OrderBy(d => d.Precision).FirstOrDefault();
        if (stated is not null) return stated;
        return previous is null ? null : mentions.Select(m => m.ResolveAgainst(previous.Date)).FirstOrDefault(d => d is not null);
    }

    /// <summary>Proper names the paper uses at least twice, away from the start of a sentence.</summary>
    private static IReadOnlyList<Actor> DraftActors(Paper paper)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in paper.Sentences)
        {
            foreach (Match m in ProperName().Matches(sentence.Text))
            {
                if (m.Index == 0) continue;
                var name = m.Value.TrimEnd('*');
                if (NotNames.Contains(name.Split(' ')[0])) continue;
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }
        return counts.Where(kv => kv.Value >= 2)
                     .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                     .Select(kv => new Actor(Slug(kv.Key), kv.Key, GuessKind(kv.Key), [], []) { Description = $"named {kv.Value} times (draft: check the kind and add aliases)" })
                     .DistinctBy(a => a.Id)
                     .ToList();
    }

    private static ActorKind GuessKind(string name) =>
        name.All(c => char.IsUpper(c) || c == '*') && name.Length >= 2 ? ActorKind.Organisation
        : name.Contains(' ') ? ActorKind.Person
        : ActorKind.State;

    private static string Title(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 14 ? sentence.TrimEnd('.') : string.Join(' ', words.Take(14)).TrimEnd(',', ';', ':') + "…";
    }

    private static IReadOnlyList<string> Keywords(string sentence) =>
        Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant())
              .Where(w => w.Length >= 6 && !NotNames.Contains(char.ToUpperInvariant(w[0]) + w[1..]))
              .Distinct().Take(5).ToList();

    private static string Slug(string sentence, HistoricalDate date)
    {
        var words = Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant())
                          .Where(w => w.Length >= 4 && !NotNames.Contains(char.ToUpperInvariant(w[0]) + w[1..]))
                          .Take(4);
        return $"{string.Join('-', words)}-{date.Start.Year}".Trim('-');
    }

    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if ((c == ' ' || c == '-') && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }

    private static string UniqueId(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}’'-]+\*?(?: (?:of |the |al-)?\p{Lu}[\p{L}’'-]+\*?)*")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
