namespace Marginalia.LanguageServer.Protocol;

/// <summary>
/// The result of <c>marginalia/timeline</c> (not LSP): the workspace on one time axis. The same JSON is what
/// `marginalia timeline` writes into its HTML page, so the VS Code view and the page draw one shape of data.
/// </summary>
public sealed record TimelineResult(TimelineEventItem[] Events, TimelineActorItem[] Actors, TimelineClaimItem[] Claims);

/// <summary>A date as an interval of days: ISO <c>yyyy-MM-dd</c> start and end (both inclusive), its precision (day, month, year, range, decade, era…) and how it was written.</summary>
public sealed record TimelineInterval(string Start, string End, string Precision, string Text);

/// <summary>
/// An event of a paper: its passage is a location in the paper file; <see cref="Paper"/> is the paper's file name;
/// <see cref="Cited"/> whether a note cites it (what <c>marginalia coverage</c> and the code lens count).
/// </summary>
public sealed record TimelineEventItem(string Id, string Title, TimelineInterval Date, string[] Actors, string Paper, Location Passage, bool Cited, string? Section = null);

public sealed record TimelineActorItem(string Id, string Name);

/// <summary>
/// A claim of a note about an event: where it is (<see cref="Note"/> a URI, <see cref="Range"/> the date), the event's id,
/// the date as written and the interval it claims, and the verdict — <c>agrees</c>, <c>disagrees</c> (with the finding's
/// <see cref="Code"/>) or <c>unsure</c> (disagrees, but the tie is too loose to report).
/// </summary>
public sealed record TimelineClaimItem(string Note, Range Range, string Event, string Written, string Verdict, TimelineInterval? Date = null, string? Code = null);

public static class TimelineVerdict
{
    public const string Agrees = "agrees";
    public const string Disagrees = "disagrees";
    public const string Unsure = "unsure";
}
