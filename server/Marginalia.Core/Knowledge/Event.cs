using Marginalia.Core.Dates;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Knowledge;

/// <summary>
/// A dated statement of a paper: what happened, when (at the precision the paper gives), who
/// took part, and the passage that says so.
/// </summary>
public sealed record Event(string Id, string Title, HistoricalDate Date, IReadOnlyList<Actor> Actors, Passage Passage, Paper Paper)
{
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The event a relative date hangs on ("after three days" of it), when the paper dates this one relatively.</summary>
    public string? AnchorId { get; init; }
}

/// <summary>A date expression of the paper that deliberately is not an event, with the reason.</summary>
public sealed record NotEvent(Passage Passage, string Reason);
