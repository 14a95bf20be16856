using System.Globalization;
using Marginalia.Core.Checks;
using Marginalia.Core.Dates;
using Marginalia.LanguageServer.Protocol;
using CoreTimeline = Marginalia.Core.Workspace.Timeline;

namespace Marginalia.LanguageServer.Features.Timeline;

/// <summary>Core's timeline as the <c>marginalia/timeline</c> result: the one mapping, for the server and for `marginalia timeline`.</summary>
public static class TimelineMapper
{
    public static TimelineResult ToProtocol(CoreTimeline timeline, Func<string, string> uriOf) => new(
        [.. timeline.Events.Select(e => new TimelineEventItem(e.Id, e.Title, Interval(e.Date), [.. e.Actors],
            Path.GetFileName(e.Passage.Path), new Location(uriOf(e.Passage.Path), e.Passage.Range.ToProtocol()), e.Cited, e.Section))],
        [.. timeline.Actors.Select(a => new TimelineActorItem(a.Id, a.Name))],
        [.. timeline.Claims.Select(c => new TimelineClaimItem(uriOf(c.NotePath), c.Claim.Range.ToProtocol(), c.Claim.EventId, c.Claim.Written,
            Verdict(c.Claim.Verdict), c.Claim.Interval is { } date ? Interval(date) : null, c.Claim.Code))]);

    private static TimelineInterval Interval(HistoricalDate date) =>
        new(Iso(date.Start), Iso(date.End), JsonName(date.Precision.ToString()), date.Text);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Verdict(Verdict verdict) => verdict switch
    {
        Core.Checks.Verdict.Agrees => TimelineVerdict.Agrees,
        Core.Checks.Verdict.Disagrees => TimelineVerdict.Disagrees,
        _ => TimelineVerdict.Unsure,
    };
}
