using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>
/// MRG006: an order or a distance that the dates deny, in any phrasing — "[@a] came before [@b]", "followed",
/// "preceded", "prior to", "in the wake of", "three weeks after [@b]", "three days later [@b]" — between events
/// cited or named in prose, or between two dates of the note itself; and a length of an event that the paper's title for
/// it gives otherwise ("within 24 months" of the commitment to withdraw "within 14 months", <see cref="StatedLengths"/>).
/// </summary>
public sealed partial class ChronologyCheck : NoteCheck
{
    public override string Code => "MRG006";
    public override string Title => "Chronology contradicts the paper";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Run(NoteAnalysis note)
    {
        foreach (var s in note.Statements)
        {
            if (!s.Contradicted || s.Implausible is not null || PaperInconsistency.Explains(note, s) is not null) continue;
            // A statement that is what a date of the note says reports as that date's one reading does ("the next year" whose
            // own claim is reported is that claim's finding).
            var said = note.DatesIn(note.Note.Prose.ScopeAt(s.Start)!).FirstOrDefault(s.Reads);
            if (said is not null && DateReadings.Read(note, said).Code != Code) continue;
            // So does one whose other side is a date reported as misdating what the words it stands in name: "After winning a
            // second term in August 2010, Karzai declared himself ready for reconciliation" misdates the re-election, and the
            // order it denies follows from that.
            if (s.Anchor is { Basis: SideBasis.Stated, Date: { } anchor } && DateReadings.Read(note, anchor) is { Verdict: Verdict.Disagrees, Code: not "MRG006" }) continue;
            // (On that date, where its hover card says the same: "was followed four months later by".)
            var range = said is not null ? note.Note.RangeOf(said) : note.Note.Prose.ToSourceRange(s.Start, s.Length);
            yield return Found(range, Message(s) + TimedEvent(note, s)) with { Related = [.. new[] { s.Subject.Event, s.Anchor.Event }.OfType<Event>().Distinct().Select(Passage)] };
        }
        foreach (var length in note.Lengths)
            yield return Found(note.Note.Prose.ToSourceRange(length.Start, length.Length), LengthMessage(length)) with { Related = [Passage(length.Event)] };
    }

    /// <summary>"The paper gives “14 months” for 'us-withdrawal-commitment-2021' (…; …, line 443), not “24 months”".</summary>
    private static string LengthMessage(LengthStatement length) =>
        $"The paper gives \u201c{length.PaperWords}\u201d for '{length.Event.Id}' ({length.Event.Title}; {WhereSaid(length.Event)}), not \u201c{length.Written}\u201d";

    /// <summary>
    /// For a date of the note counted from an event, the event the sentence dates by it when the paper times that one by the
    /// anchor too: "…, not mid-October 2019; the paper dates 'taliban-delegation-visits-moscow-2019' to mid-September 2019".
    /// </summary>
    private static string TimedEvent(NoteAnalysis note, OrderStatement s) =>
        s is { Subject: { Basis: SideBasis.Stated, Date: { } date }, Anchor.Event: { } anchor, Distance: not null }
        && note.Claims.FirstOrDefault(c => ReferenceEquals(c.Date, date)) is { Agrees: false } claim && claim.Event.AnchorId == anchor.Id
            ? $"; the paper dates '{claim.Event.Id}' to {DateWriter.Natural(claim.Event.Date)}"
            : "";

    /// <summary>"two months later than it", "the same time as it".</summary>
    private static string Apart(string compared) => compared.StartsWith("the same", StringComparison.Ordinal) ? $"{compared} as it" : $"{compared} than it";

    /// <summary>How far apart the paper puts two events: "two months later", "at most seven months later" when the order it gives one narrows its date.</summary>
    private static string Narrowed(TimeSide subject, TimeSide anchor)
    {
        var (x, y) = (subject.WithinPaperOrder().When, anchor.WithinPaperOrder().When);
        return (x != subject.When || y != anchor.When) && !x.Agrees(y) ? DateDistance.AtMost(x, y) : DateDistance.Between(subject.When, anchor.When);
    }

    /// <summary>
    /// "2015 (July–December 2015 by the order the paper gives it)": a side's date, and the part of it the paper's order
    /// leaves (<see cref="Event.Within"/>), or the date where the paper tells of it again.
    /// </summary>
    private static string Dated(TimeSide side) => side.WithinPaperOrder() is { } within && !ReferenceEquals(within, side)
        ? $"{DateWriter.Natural(side.When)} ({DateWriter.Natural(within.When)} {(side.Event!.ToldAgain ? "where the paper tells of it again" : "by the order the paper gives it")})"
        : DateWriter.Natural(side.When);

    /// <summary>"; the words may also name 'moscow-format-talks-2018' (9 November 2018): two months later than it": the other events a side named in prose may be (of another date), each of which the finding holds for.</summary>
    private static string AlsoNamed(TimeSide side, Func<Event, string> apart) => side.Basis != SideBasis.Named ? ""
        : string.Concat(side.Contenders.Where(e => e.Date.Start != side.When.Start || e.Date.End != side.When.End).Select(e => $"; the words may also name '{e.Id}' ({DateWriter.Natural(e.Date)}): {Apart(apart(e))}"));

    /// <summary>"Counted from 1992, three years later", or "The same day as 'soviet-flag-lowered-1991' (…)" for a statement of no distance.</summary>
    private static string CountedFrom(string from, string written, OrderStatement s)
    {
        if (!s.IsSameTime) return $"Counted from {from}, {written}";
        var same = SameWords().Replace(written, "");
        return $"{char.ToUpperInvariant(same[0])}{same[1..]} as {from}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:as|that|when)$")]
    private static partial System.Text.RegularExpressions.Regex SameWords();

    private static string Message(OrderStatement s)
    {
        var (subject, anchor) = (s.Subject, s.Anchor);
        // (The relation, not the word: "X, after which Y" puts X before Y.)
        var denied = s.Connector.Trim().ToLowerInvariant() is "before" or "after" ? $"not {(s.Relation == OrderRelation.Before ? "before" : "after")} it" : $"which \u201c{s.Connector.Trim()}\u201d denies";
        // The paper's own words on the two decide: "one week after", "earlier in the same month" (before).
        if (s.PaperPuts is { } paper)
            return $"The paper puts {paper}, " + (s.Distance is { } written ? $"not {written.TextInSentence}" : denied);
        if (s.Distance is { } distance)
        {
            var resolved = s.CountedWords;
            var written = distance.TextInSentence;
            return (subject.Basis, anchor.Basis) switch
            {
                (not SideBasis.Stated, not SideBasis.Stated) =>
                    $"The paper dates '{subject.Event!.Id}' to {Dated(subject)} and '{anchor.Event!.Id}' to {Dated(anchor)}: "
                    + $"{Apart(Narrowed(subject, anchor))}, not {written}"
                    + AlsoNamed(subject, e => DateDistance.Between(e.Date, anchor.When)) + AlsoNamed(anchor, e => DateDistance.Between(subject.When, e.Date)),
                (not SideBasis.Stated, SideBasis.Stated) =>
                    $"{CountedFrom(anchor.Date!.Text, written, s)} is {resolved}; the paper dates '{subject.Event!.Id}' to {DateWriter.Natural(subject.When)}",
                _ => $"{CountedFrom(anchor.Describe(s.AnchorWords), written, s)} is {resolved}, not {subject.Date!.Text}",
            };
        }
        var who = (subject.Basis, anchor.Basis) switch
        {
            (SideBasis.Stated, SideBasis.Stated) => "This note's own dates put",
            (not SideBasis.Stated, not SideBasis.Stated) => "The paper puts",
            _ => "The dates put",
        };
        var actual = s.Relation == OrderRelation.Before ? "after" : "before";
        return $"{who} {subject.Describe(s.SubjectWords)} {actual} {anchor.Describe(s.AnchorWords)}, {denied}";
    }

}
