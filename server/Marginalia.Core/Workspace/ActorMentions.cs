using System.Runtime.CompilerServices;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>
/// How often the papers name each actor and where they first do. Reading a paper for every actor is slow,
/// so the papers are read once per knowledge base and the answers kept as long as it lives.
/// </summary>
public static class ActorMentions
{
    private static readonly ConditionalWeakTable<KnowledgeBase, Index> Indexes = new();

    public static int Count(KnowledgeBase knowledge, Actor actor) => Indexes.GetValue(knowledge, k => new Index(k)).Count(actor);

    /// <summary>Where its own paper first names an actor; the same as <see cref="KnowledgeBase.FirstMention"/>.</summary>
    public static Passage? First(KnowledgeBase knowledge, Actor actor) => Indexes.GetValue(knowledge, k => new Index(k)).First(actor);

    private sealed class Index
    {
        private readonly Dictionary<Actor, int> _counts = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Actor, Passage> _first = new(ReferenceEqualityComparer.Instance);

        public Index(KnowledgeBase knowledge)
        {
            foreach (var paper in knowledge.Papers)
            {
                foreach (var mention in knowledge.Matcher.Find(paper.Paper.Reading.Text))
                {
                    // An office ("the Russian President") names one of its holders; the paper's text alone does not say which.
                    if (mention.Office is not null) continue;
                    foreach (var actor in mention.Actors)
                    {
                        _counts[actor] = _counts.GetValueOrDefault(actor) + 1;
                        if (ReferenceEquals(knowledge.PaperOf(actor), paper) && !_first.ContainsKey(actor))
                            _first[actor] = paper.Paper.MakePassage(mention.Start, mention.Length);
                    }
                }
            }
        }

        public int Count(Actor actor) => _counts.GetValueOrDefault(actor);
        public Passage? First(Actor actor) => _first.GetValueOrDefault(actor);
    }
}
