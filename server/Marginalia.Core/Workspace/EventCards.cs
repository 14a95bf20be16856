using System.Text;
using Marginalia.Core.Checks;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>
/// What a reader sees when pointing at an event, an actor or a date: a short Markdown card written from
/// the papers' knowledge. Links to a paper are made by a <c>fileUri</c> function (a path → a <c>file:</c> URI),
/// so Core never writes URIs itself. How often the notes name an actor comes from the workspace's
/// running count (<see cref="NoteIndex.TimesNamed"/>) or, for a few notes, by counting them.
/// An event's card depends only on the knowledge, so it is written once per instance.
/// </summary>
public sealed class EventCards
{
    /// <summary>How many agreeing events a date card lists.</summary>
    public const int EventsPerDate = 5;

    private readonly Func<string, string> _fileUri;
    private readonly Func<Actor, int> _noteMentions;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Event, string> _eventCards = new(ReferenceEqualityComparer.Instance);
    private IReadOnlyList<Event>? _chronological;
    private Dictionary<Event, int>? _positions;

    /// <param name="notes">The workspace's notes, counted for actors.</param>
    public EventCards(KnowledgeBase knowledge, Func<string, string> fileUri, IEnumerable<CheckedNote>? notes = null)
    {
        Knowledge = knowledge;
        _fileUri = fileUri;
        IReadOnlyList<CheckedNote>? counted = null;
        _noteMentions = actor => (counted ??= notes?.ToList() ?? []).Sum(n =>
            n.Analysis.Actors.Count(m => m.Actors.Contains(actor)) + n.Note.References.Count(r => r.Id == actor.Id));
    }

    /// <param name="noteMentions">How often the workspace's notes name an actor.</param>
    public EventCards(KnowledgeBase knowledge, Func<string, string> fileUri, Func<Actor, int> noteMentions)
    {
        Knowledge = knowledge;
        _fileUri = fileUri;
        _noteMentions = noteMentions;
    }

    public KnowledgeBase Knowledge { get; }

    private IReadOnlyList<Event> Chronological => _chronological ??= Knowledge.Chronological.ToList();

    /// <summary>Each event's place in <see cref="Chronological"/>.</summary>
    private Dictionary<Event, int> Positions => _positions ??= Chronological.Select((e, i) => (e, i))
        .ToDictionary<(Event e, int i), Event, int>(x => x.e, x => x.i, ReferenceEqualityComparer.Instance);

    /// <summary>Title, date with weekday, distance to the events before and after, actors, passage, link.</summary>
    public string ForEvent(Event e) => _eventCards.GetOrAdd(e, WriteEventCard);

    private string WriteEventCard(Event e)
    {
        var card = new StringBuilder();
        card.Append($"**{Escape(e.Title)}**  \n`{e.Id}` · {DateLine(e.Date)}\n\n");

        var neighbours = Neighbours(e).ToList();
        if (neighbours.Count > 0) card.Append(string.Join("  \n", neighbours)).Append("\n\n");

        if (e.Actors.Count > 0)
            card.Append("Actors: ").Append(string.Join(", ", e.Actors.Select(a => $"{Escape(a.Name)} (`{a.Id}`)"))).Append("\n\n");

        card.Append("> ").Append(Escape(e.Passage.Text).ReplaceLineEndings(" ")).Append("\n\n");
        card.Append(Link("Open in paper", e.Paper, e.Passage.Range.Start));
        return card.ToString();
    }

    /// <summary>Kind, description, offices with years, aliases, how often paper and notes name it, and where the paper first does.</summary>
    public string ForActor(Actor actor)
    {
        var card = new StringBuilder();
        card.Append($"**{Escape(actor.Name)}**  \n`{actor.Id}` · {actor.Kind.ToString().ToLowerInvariant()}\n\n");
        if (actor.Description is { Length: > 0 } description) card.Append(Escape(description)).Append("\n\n");

        if (actor.Offices.Count > 0)
        {
            card.Append("Offices:\n");
            foreach (var office in actor.Offices)
                card.Append($"- {Escape(office.Title)}{(office.Years.Length > 0 ? $", {office.Years}" : "")}\n");
            card.Append('\n');
        }

        var aliases = actor.Aliases.Where(a => a != actor.Name).Distinct(StringComparer.Ordinal).ToList();
        if (aliases.Count > 0) card.Append("Also: ").Append(string.Join(", ", aliases.Select(Escape))).Append("\n\n");

        var paper = Knowledge.PaperOf(actor);
        card.Append($"Named {Times(PaperMentions(actor))} in the paper, {Times(NoteMentions(actor))} in the notes");
        if (paper is not null && FirstMention(actor) is { } first)
            card.Append($"; first on {Link($"line {first.Range.Start.DisplayLine}", paper.Paper, first.Range.Start)}");
        card.Append('.');
        return card.ToString();
    }

    /// <summary>The normalized date, its weekday, and the events of the papers it agrees with (the closest in extent first).</summary>
    public string ForDate(HistoricalDate date)
    {
        var card = new StringBuilder();
        card.Append($"**{DateLine(date)}**");
        if (date.IsValid) card.Append($"  \n`{date.ToIsoInterval()}`");
        card.Append("\n\n");
        if (!date.IsValid)
        {
            card.Append($"Not a date of the calendar: {date.Invalid}.");
            return card.ToString();
        }

        var agreeing = EventsOn(date);
        if (agreeing.Count == 0)
        {
            card.Append("The paper dates no event then.");
            return card.ToString();
        }
        card.Append("The paper then:\n");
        foreach (var e in agreeing.Take(EventsPerDate))
            card.Append($"- {e.Date.ToDisplayText()}: {Escape(e.Title)} (`{e.Id}`)\n");
        if (agreeing.Count > EventsPerDate) card.Append($"- and {agreeing.Count - EventsPerDate} more\n");
        return card.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// A date of a note as the checks read it: the date card of the interval it claims, then what it hangs on ("counted
    /// from 28 May 2019"), the event it is a claim about and the verdict — the same reading the checks report from.
    /// </summary>
    public string ForReading(DateReading reading)
    {
        // (A length, "five days of negotiations", is no date to show a card of.)
        if (reading is { Length: { } length, Interval: null })
            return LengthLine(length, reading);
        var card = new StringBuilder(ForDate(reading.Interval!));
        var said = reading.Mention;
        card.Append("\n\n---\n\n");
        if (said.Hedge is not null && said.Date is { } literal)
            card.Append($"Written \u201c{Escape(said.Text)}\u201d: {DateWriter.Natural(literal)}, give or take; read as {DateWriter.Natural(reading.Interval!)}.\n\n");
        if (reading.Statement is { } statement)
        {
            var lands = statement.CountedWords is { } counted ? $" ({counted})" : "";
            card.Append($"\u201c{Escape(said.Text)}\u201d counted from {Escape(statement.Anchor.Describe(statement.AnchorWords))}{lands}, said of {Escape(statement.Subject.Describe(statement.SubjectWords))}.\n\n");
            // (Where the paper's own words on the two decide, the card says so, as the finding does.)
            var who = statement.PaperPuts is { } paper ? $"The paper puts {Escape(paper)}: its words" : "The dates";
            card.Append(reading.Verdict switch
            {
                Verdict.Disagrees => $"{who} deny it ({reading.Code}).",
                Verdict.Unsure => $"{who} deny it, but this is not reported: {Escape(reading.Why!)}.",
                _ => $"{who} agree.",
            });
            return card.ToString();
        }
        if (reading.Length is { } given) return card.Append(LengthLine(given, reading)).ToString();
        if (said.Anchor is { } anchor && said.Relative is not null)
            card.Append($"\u201c{Escape(said.Text)}\u201d counted from {Escape(anchor.Text)}.\n\n");
        if (reading.Claim is not { } claim)
        {
            card.Append("Not read as a claim about an event of the paper.");
            return card.ToString();
        }
        var e = claim.Event;
        var how = claim.Basis == ClaimBasis.Cited ? "cited" : $"inferred from {Evidence(claim.Match)}";
        card.Append($"A claim about *{Escape(Uncapitalize(e.Title))}* (`{e.Id}`, {how}), which the paper dates to {DateWriter.Natural(e.Date)}: ");
        card.Append(reading.Verdict switch
        {
            Verdict.Agrees => "it agrees.",
            Verdict.Disagrees => $"it disagrees ({reading.Code}).",
            _ => $"it disagrees, but this is not reported: {Escape(reading.Why!)}.",
        });
        return card.ToString();
    }

    private static string LengthLine(LengthStatement length, DateReading reading) =>
        $"A length of `{length.Event.Id}` ({Escape(length.Event.Title)}), which the paper gives as \u201c{Escape(length.PaperWords)}\u201d: it disagrees ({reading.Code}).";

    private static string Evidence(EventMatch? match)
    {
        var parts = match is null ? [] : match.Words.Select(w => $"\u2018{w}\u2019").Concat(match.Actors.Select(a => Escape(a.Name))).ToList();
        return parts.Count == 0 ? "the sentence" : string.Join(", ", parts);
    }

    /// <summary>Events whose date agrees with a date, those nearest its extent first, then in date order.</summary>
    public IReadOnlyList<Event> EventsOn(HistoricalDate date)
    {
        var span = date.Length;
        return Chronological.Where(e => e.Date.Agrees(date))
            .OrderBy(e => Math.Abs(e.Date.Length - span))
            .ThenBy(e => e.Date.Start).ToList();
    }

    /// <summary>"Wednesday, 15 February 1989" for a day; the natural text otherwise.</summary>
    public static string DateLine(HistoricalDate date) =>
        date.Day is { } day ? $"{day.DayOfWeek}, {DateWriter.Natural(date)}" : DateWriter.Natural(date);

    /// <summary>How many times the papers name an actor (under any alias).</summary>
    public int PaperMentions(Actor actor) => ActorMentions.Count(Knowledge, actor);

    /// <summary>Where its paper first names an actor (as <see cref="KnowledgeBase.FirstMention"/>, read once).</summary>
    public Passage? FirstMention(Actor actor) => ActorMentions.First(Knowledge, actor);

    /// <summary>How many times the notes name an actor, in prose or by a reference.</summary>
    public int NoteMentions(Actor actor) => _noteMentions(actor);

    /// <summary>
    /// The nearest events before and after with a precise date (a season or shorter): a span such as "the 1990s" says
    /// nothing useful at a distance ("eleven months before the 1990s").
    /// </summary>
    private IEnumerable<string> Neighbours(Event e)
    {
        var all = Chronological;
        if (!Positions.TryGetValue(e, out var at)) yield break;
        for (var i = at - 1; i >= 0; i--)
            if (IsPrecise(all[i].Date)) { yield return Relation(e, all[i]); break; }
        for (var i = at + 1; i < all.Count; i++)
            if (IsPrecise(all[i].Date)) { yield return Relation(e, all[i]); break; }
    }

    /// <summary>A season or shorter: a day, a month, "the end of 1979", a range of a few weeks — not a year or a decade.</summary>
    public static bool IsPrecise(HistoricalDate date) => date.Length <= 92;

    /// <summary>"Three days after *The fifth QCG meeting* (`id`, 18 May 2016)".</summary>
    private static string Relation(Event e, Event other)
    {
        var distance = e.Date.Agrees(other.Date)
            ? "At the same time as"
            : $"{Capitalize(DateDistance.InWords(e.Date.DaysApart(other.Date)))} {(e.Date.Start > other.Date.End ? "after" : "before")}";
        return $"{distance} *{Escape(Uncapitalize(other.Title))}* (`{other.Id}`, {other.Date.ToDisplayText()})";
    }

    private string Link(string text, Paper paper, SourcePosition at) => $"[{text}]({_fileUri(paper.Path)}#L{at.DisplayLine})";

    private static string Times(int n) => n == 1 ? "once" : n == 2 ? "twice" : $"{n} times";

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>"The last Soviet troops…" reads as "the last Soviet troops…" mid-sentence; names keep their capital.</summary>
    private static string Uncapitalize(string s) =>
        s.StartsWith("The ", StringComparison.Ordinal) ? "the " + s[4..] : s;

    /// <summary>Text from the papers shown as itself, not as Markdown ("Taliban*" is no emphasis).</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
