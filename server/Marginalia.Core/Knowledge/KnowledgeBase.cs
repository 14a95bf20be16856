using Marginalia.Core.Dates;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Knowledge;

/// <summary>
/// Everything Marginalia knows across the workspace's papers. Ids are unique across papers;
/// each event and actor keeps the paper it comes from.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, Event> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<Actor, PaperKnowledge> _actorPapers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<Actor>> _holders = new(StringComparer.Ordinal);

    public KnowledgeBase(IReadOnlyList<PaperKnowledge> papers)
    {
        Papers = papers;
        var problems = new List<KnowledgeProblem>();
        foreach (var paper in papers)
        {
            problems.AddRange(paper.Problems);
            foreach (var e in paper.Events)
            {
                if (!_events.TryAdd(e.Id, e))
                    problems.Add(new KnowledgeProblem(paper.KnowledgePath ?? paper.Paper.Path, e.Passage.Range.Start.DisplayLine,
                        $"event id '{e.Id}' is also used by {_events[e.Id].Paper.FileName}; ids must be unique across papers"));
            }
            foreach (var a in paper.Actors)
            {
                // The same actor in two papers is expected (Putin); keep the first paper's record.
                if (_actors.TryAdd(a.Id, a)) _actorPapers[a] = paper;
            }
        }
        Problems = problems;
        Events = _events.Values.ToList();
        Actors = _actors.Values.ToList();
        // An office named in two papers is one office: its aliases are pooled, its holders are every actor with its title.
        Offices = papers.SelectMany(p => p.Offices).GroupBy(o => o.Title, StringComparer.Ordinal)
            .Select(g => new OfficeNames(g.Key, [.. g.SelectMany(o => o.Aliases).Distinct(StringComparer.Ordinal)]))
            .ToList();
        Matcher = new ActorMatcher(Actors, Offices);
        foreach (var title in Actors.SelectMany(a => a.Offices).Select(o => o.Title).Distinct(StringComparer.Ordinal))
            _holders[title] = ActorMatcher.HoldersOf(Actors, title);
    }

    public IReadOnlyList<PaperKnowledge> Papers { get; }
    public IReadOnlyList<Event> Events { get; }
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The offices the papers name on their own ("the Russian President"), with the words that name them.</summary>
    public IReadOnlyList<OfficeNames> Offices { get; }
    public ActorMatcher Matcher { get; }
    public IReadOnlyList<KnowledgeProblem> Problems { get; }

    public Event? FindEvent(string id) => _events.GetValueOrDefault(id);
    public Actor? FindActor(string id) => _actors.GetValueOrDefault(id);

    public PaperKnowledge? PaperOf(Event e) => Papers.FirstOrDefault(p => ReferenceEquals(p.Paper, e.Paper));
    public PaperKnowledge? PaperOf(Actor a) => _actorPapers.GetValueOrDefault(a);
    public PaperKnowledge? PaperNamed(string fileName) =>
        Papers.FirstOrDefault(p => string.Equals(p.Paper.FileName, fileName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Events in date order (earliest start first), the order a timeline or a completion list shows.</summary>
    public IEnumerable<Event> Chronological => Events.OrderBy(e => e.Date.Start).ThenBy(e => e.Date.End).ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>The ids closest to a mistyped one, best first.</summary>
    public IReadOnlyList<string> ClosestEventIds(string id, int count = 3) =>
        Events.Select(e => (e.Id, Distance: EditDistance.Between(id, e.Id)))
              .Where(x => x.Distance <= Math.Max(3, id.Length / 2))
              .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
              .Take(count).Select(x => x.Id).ToList();

    /// <summary>
    /// Who held an office at a date ("President of Russia" in May 2011: Dmitry Medvedev); null when nobody the
    /// papers know held it then, or when the date spans several holders' terms (2008: Putin, then Medvedev).
    /// </summary>
    public Actor? HolderOf(string office, HistoricalDate date) => HoldersDuring(office, date) is [var holder] ? holder : null;

    /// <summary>Everyone who held an office at some time within a date, in the order of their terms then: one for a date inside a term.</summary>
    public IReadOnlyList<Actor> HoldersDuring(string office, HistoricalDate date) =>
        [.. _holders.GetValueOrDefault(office, [])
            .Select(a => (Actor: a, Terms: a.Offices.Where(o => o.Title == office && o.HeldDuring(date)).ToList()))
            .Where(h => h.Terms.Count > 0)
            .OrderBy(h => h.Terms.Min(o => o.From?.Start ?? DateOnly.MinValue))
            .Select(h => h.Actor)];

    /// <summary>Where an actor is first named in its paper.</summary>
    public Passage? FirstMention(Actor actor)
    {
        if (PaperOf(actor) is not { } paper) return null;
        // An office ("the Russian President") names one of its holders, but which one the paper does not say here.
        var first = Matcher.Find(paper.Paper.Reading.Text).FirstOrDefault(m => m.Office is null && m.Actors.Contains(actor));
        return first is null ? null : paper.Paper.MakePassage(first.Start, first.Length);
    }
}
