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

    /// <summary>
    /// The phrases a note names this event by on its own, without a date ("the Soviet withdrawal", "the Camp David
    /// collapse"): where several events share a phrase's words, the one it is a name of is the one meant.
    /// </summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>The event a relative date hangs on ("after three days" of it), when the paper dates this one relatively.</summary>
    public string? AnchorId { get; init; }

    /// <summary>
    /// The order the paper's own words put this event in against its anchor ("earlier in the same month", "one week
    /// after the collapse"), with the distance when the words give an exact one; null when the paper says no order.
    /// </summary>
    public SaidOrder? Order { get; init; }

    /// <summary>
    /// The part of <see cref="Date"/> that the paper's order against its anchor leaves, when it leaves less: Mullah Omar's
    /// death, revealed in "2015" after talks that began in July 2015, was revealed in July–December 2015. Null otherwise.
    /// What an order of a note is checked against; the paper's date stays what messages quote.
    /// </summary>
    public HistoricalDate? Within { get; init; }

    /// <summary>Whether <see cref="Within"/> is the date of the anchor the paper tells of as this event again (<c>order: same</c>), not an order's.</summary>
    public bool ToldAgain { get; init; }

    /// <summary>
    /// Whether another event is one the paper tells of on the same day (or the same few days) in an overlapping passage:
    /// one moment told twice (the Moscow summit of 26 December 2016, and that summit "held days after" the American
    /// election results; the SCO summit of 9–10 July 2015 and the peace talks begun "on the same days").
    /// </summary>
    public bool SameMomentAs(Event other) =>
        ToldWith(other) && Date.Length < 7 && Date.Precision is DatePrecision.Day or DatePrecision.Range;

    /// <summary>Whether another event is one the paper dates to the very same date, in an overlapping passage: one fact told twice.</summary>
    public bool ToldWith(Event other) =>
        !ReferenceEquals(this, other) && ReferenceEquals(Paper, other.Paper) && SameDateAs(other)
        && Passage.Start < other.Passage.End && other.Passage.Start < Passage.End;

    /// <summary>Whether another event has the very same date (start and end).</summary>
    public bool SameDateAs(Event other) => Date.Start == other.Date.Start && Date.End == other.Date.End;

    /// <summary>Whether one of the two is the other told again (<c>order: same</c>): one happening, which words naming both name.</summary>
    public bool OneHappeningWith(Event other) =>
        (ToldAgain && AnchorId == other.Id) || (other.ToldAgain && other.AnchorId == Id);

    /// <summary>The order the paper gives between this event and another, seen from this one; null when it gives none.</summary>
    public SaidOrder? OrderAgainst(Event other) =>
        AnchorId == other.Id ? Order
        : other.AnchorId == Id && other.Order is { } theirs ? theirs.Reversed()
        : null;
}

/// <summary>
/// "This event came after its anchor" (or before), as the paper says, with the distance its words give when exact:
/// "after three days" is (After, 3 days); "about a month later" is After with no distance; "earlier in the same month" Before.
/// </summary>
public sealed record SaidOrder(RelativeDirection Direction, RelativeOffset? Distance)
{
    /// <summary>The same order seen from the anchor.</summary>
    public SaidOrder Reversed()
    {
        var direction = Direction == RelativeDirection.After ? RelativeDirection.Before : RelativeDirection.After;
        return new SaidOrder(direction, Distance is null ? null : Distance with { Direction = direction });
    }
}

/// <summary>A date expression of the paper that deliberately is not an event, with the reason.</summary>
public sealed record NotEvent(Passage Passage, string Reason);
