using Marginalia.Core.Dates;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Knowledge;

/// <summary>What Marginalia knows of one paper: its events, actors and deliberate non-events.</summary>
public sealed class PaperKnowledge
{
    public PaperKnowledge(Paper paper, string? knowledgePath, IReadOnlyList<Actor> actors, IReadOnlyList<Event> events,
        IReadOnlyList<NotEvent> notEvents, IReadOnlyList<DateMention> dateMentions, IReadOnlyList<KnowledgeProblem> problems)
    {
        Paper = paper;
        KnowledgePath = knowledgePath;
        Actors = actors;
        Events = events;
        NotEvents = notEvents;
        DateMentions = dateMentions;
        Problems = problems;
    }

    public Paper Paper { get; }

    /// <summary>The curated knowledge file, or null for a paper known only by extraction.</summary>
    public string? KnowledgePath { get; }
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The offices named on their own ("the US President"), whose holders are among <see cref="Actors"/>.</summary>
    public IReadOnlyList<OfficeNames> Offices { get; init; } = [];

    /// <summary>The events in the order the paper tells them.</summary>
    public IReadOnlyList<Event> Events { get; }
    public IReadOnlyList<NotEvent> NotEvents { get; }

    /// <summary>Every date expression of the paper's reading text, in order.</summary>
    public IReadOnlyList<DateMention> DateMentions { get; }
    public IReadOnlyList<KnowledgeProblem> Problems { get; }
}
