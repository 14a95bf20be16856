using Marginalia.Core.Checks;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>
/// An event of a paper as the timeline draws it: when, at what precision, who, in which section, where the paper says
/// so, and whether a note cites it (what <see cref="Coverage"/> counts).
/// </summary>
public sealed record TimelineEvent(string Id, string Title, HistoricalDate Date, IReadOnlyList<string> Actors, string? Section, FileRange Passage, bool Cited);

/// <summary>An actor that takes part in at least one event of the timeline: a lane when the lanes are by actor.</summary>
public sealed record TimelineActor(string Id, string Name);

/// <summary>
/// A date of a note that is a claim about an event of a paper, as its one reading (<see cref="DateReadings"/>) reads it:
/// the date as written, the interval it claims, the event, and the verdict with the finding's code when it disagrees.
/// </summary>
public sealed record NoteClaim(SourceRange Range, string EventId, string Written, HistoricalDate? Interval, Verdict Verdict, string? Code)
{
    /// <summary>Every date of a checked note that is a claim about an event, in text order.</summary>
    public static IReadOnlyList<NoteClaim> Of(Note note, NoteAnalysis analysis)
    {
        var claims = new List<NoteClaim>();
        foreach (var mention in note.Dates)
        {
            var reading = DateReadings.Read(analysis, mention);
            var about = reading.Claim?.Event ?? reading.Statement?.Subject.Event;
            if (about is null || reading.Verdict == Verdict.NoClaim) continue;
            claims.Add(new NoteClaim(note.RangeOf(mention), about.Id, mention.Text, reading.Interval, reading.Verdict, reading.Code));
        }
        return claims;
    }
}

/// <summary>A claim of one note of the workspace.</summary>
public sealed record TimelineClaim(string NotePath, NoteClaim Claim);

/// <summary>
/// The workspace on one time axis: every event of every paper in date order, the actors taking part, and every claim
/// of every note (notes in path order, claims in text order). What the timeline view and `marginalia timeline` draw.
/// </summary>
public sealed record Timeline(IReadOnlyList<TimelineEvent> Events, IReadOnlyList<TimelineActor> Actors, IReadOnlyList<TimelineClaim> Claims)
{
    /// <param name="citedIds">The ids the notes cite, as coverage counts them.</param>
    public static Timeline Of(KnowledgeBase knowledge, IEnumerable<(string NotePath, IReadOnlyList<NoteClaim> Claims)> notes, IReadOnlySet<string> citedIds)
    {
        var events = knowledge.Chronological.Select(e => new TimelineEvent(
            e.Id, e.Title, e.Date, [.. e.Actors.Select(a => a.Id)],
            e.Paper.SectionAt(e.Passage.Start)?.Passage.Text,
            new FileRange(e.Paper.Path, e.Passage.Range), citedIds.Contains(e.Id))).ToList();
        var taking = events.SelectMany(e => e.Actors).ToHashSet(StringComparer.Ordinal);
        var actors = knowledge.Actors.Where(a => taking.Contains(a.Id)).Select(a => new TimelineActor(a.Id, a.Name))
            .DistinctBy(a => a.Id).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        var claims = notes.OrderBy(n => n.NotePath, StringComparer.Ordinal)
            .SelectMany(n => n.Claims.Select(c => new TimelineClaim(n.NotePath, c))).ToList();
        return new Timeline(events, actors, claims);
    }
}
