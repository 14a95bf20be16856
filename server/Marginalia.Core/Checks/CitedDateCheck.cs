using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>MRG002: a date that disagrees with the event cited beside it.</summary>
public sealed partial class CitedDateCheck : NoteCheck
{
    public override string Code => "MRG002";
    public override string Title => "Date disagrees with the cited event";
    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Finding> Run(NoteAnalysis note) =>
        note.Claims.Where(c => c.Basis == ClaimBasis.Cited && !c.Agrees && WhyNot(note, c) is null).Select(c => Report(note, c));

    /// <summary>Why a disagreeing cited claim is not reported (the hover card says so), or null when it is.</summary>
    public static string? WhyNot(NoteAnalysis note, DateClaim claim) =>
        PaperInconsistency.Explains(note, claim) is { } contradiction ? PaperInconsistency.Why(contradiction) // the paper contradicts itself
        : OtherEventsDate(note, claim) is { } other ? $"it is the paper's date for '{other.Id}', and the citation is for a date nearer it"
        : OtherClausesCitation(note, claim) is { } its ? $"it is the paper's date for '{its.Id}', which its clause speaks of; the citation stands in another clause"
        : DatesTheWordsAfterIt(note, claim) is { } named ? $"it is the paper's date for '{named.Id}', which the words it dates speak of"
        : NamedBeforeIt(note, claim) is { } before ? $"it is the paper's date for '{before.Id}', which the words before it name"
        : DateMismatch.OtherReadingAgrees(claim) ? "read the other way round, the date agrees (MRG008)"
        : null;

    /// <summary>
    /// The event a denied cited date is the paper's date of, when another date of the sentence that the citation denies too
    /// stands nearer it — the citation is for that one: "In his 28 May 2019 address Lavrov recalled the intervention of
    /// the 1990s [@lavrov-recalls-soviet-intervention-1980s]" is wrong in "the 1990s"; 28 May 2019 is the centenary's.
    /// Null when the date is the citation's claim.
    /// </summary>
    private static Knowledge.Event? OtherEventsDate(NoteAnalysis note, DateClaim claim)
    {
        if (note.CitedIn(claim.Scope).FirstOrDefault(c => ReferenceEquals(c.Event, claim.Event)) is not { Event: not null } cited) return null;
        int Distance(DateClaim c) => Math.Abs(c.Date.Start - cited.Reference.Start);
        return note.Claims.Any(c => !ReferenceEquals(c, claim) && c.Basis == ClaimBasis.Cited && ReferenceEquals(c.Event, claim.Event) && c.Scope == claim.Scope
                                    && !c.Agrees && Distance(c) < Distance(claim))
            ? EventOfTheDate(note, claim) : null;
    }

    /// <summary>
    /// The event a denied cited date is the paper's date of, when the date's clause speaks of it and the citation stands
    /// in another clause: "Within weeks of the last foreign combat troops leaving [@…-2014], the Islamic State declared
    /// its presence (January 2015)". Null otherwise.
    /// </summary>
    private static Knowledge.Event? OtherClausesCitation(NoteAnalysis note, DateClaim claim)
    {
        // (A clause, or the words after a comma that follows the citation: "Within weeks of … [@a], the Islamic State …".)
        var text = note.Note.Prose.Text;
        var citations = note.CitedIn(claim.Scope).Where(c => ReferenceEquals(c.Event, claim.Event)).Select(c => c.Reference).ToList();
        var clause = EventInference.ClauseOf(note, claim.Scope, claim.Date);
        if (clause is null && citations.Count > 0 && citations.Max(r => r.End) is var last && last < claim.Date.Start
            && text.LastIndexOf(", ", claim.Date.Start, claim.Date.Start - last, StringComparison.Ordinal) is var comma and >= 0)
            clause = new ProseScope(comma + 2, claim.Scope.End - comma - 2, claim.Scope.Kind);
        if (clause is null || citations.Any(r => clause.Start <= r.Start && r.Start <= clause.End)) return null;
        return EventOfTheDate(note, claim, clause);
    }

    /// <summary>
    /// The event a denied cited date is the paper's date of, when the date stands before a noun as its attribute ("the 1992
    /// closure") and the sentence speaks of that event: "The mission stayed shut for fifteen years, from the 1992 closure to
    /// the formal reopening [@russian-embassy-reopens-2007]" dates the closure, not the cited reopening. Null otherwise.
    /// </summary>
    private static Knowledge.Event? DatesTheWordsAfterIt(NoteAnalysis note, DateClaim claim)
    {
        var text = note.Note.Prose.Text;
        return Determiner().IsMatch(text.AsSpan(0, claim.Date.Start)) && Noun().IsMatch(text.AsSpan(claim.Date.End)) ? EventOfTheDate(note, claim) : null;
    }

    /// <summary>
    /// The event the words just before a date in parentheses name, when it is that event's date: "Nearly three years separated
    /// the Islamabad trilateral (Nov. 2013) from the third round, hosted in Moscow [@trilateral-third-meeting-2016]" dates the
    /// trilateral, not the cited round. Null otherwise.
    /// </summary>
    private static Knowledge.Event? NamedBeforeIt(NoteAnalysis note, DateClaim claim)
    {
        var text = note.Note.Prose.Text;
        if (OpensParenthesis().Match(text, claim.Scope.Start, claim.Date.Start - claim.Scope.Start) is not { Success: true } open
            || !ClosesParenthesis().IsMatch(text.AsSpan(claim.Date.End))) return null;
        // The phrase before it, after the clause's last stop: the words nearest the parenthesis that name an event.
        var from = EventInference.ClauseOf(note, claim.Scope, claim.Date)?.Start ?? claim.Scope.Start;
        var stretch = text[from..open.Index].TrimEnd();
        var cut = from + stretch.LastIndexOfAny([',', ';', ':', '—', '–', '(', ')']) + 1;
        return Chronology.NamedIn(note, cut, from + stretch.Length, nearEnd: true, other: claim.Event, strictParts: false) is { } named
            && !ReferenceEquals(named.Event, claim.Event) && DateAgreement.Agrees(claim.Date, named.Event.Date) ? named.Event : null;
    }

    [GeneratedRegex(@"\(\s*\z")]
    private static partial Regex OpensParenthesis();

    [GeneratedRegex(@"^\s*\)")]
    private static partial Regex ClosesParenthesis();

    /// <summary>An article or possessive just before a place: "the", "its", "Russia's".</summary>
    [GeneratedRegex(@"(?:\b(?i:the|its|their|his|her)|['’]s)\s+$")]
    private static partial Regex Determiner();

    /// <summary>A word in lower case just after a place, the noun a date set before it is the attribute of: "closure".</summary>
    [GeneratedRegex(@"^\s+\p{Ll}")]
    private static partial Regex Noun();

    private Finding Report(NoteAnalysis note, DateClaim claim)
    {
        // "…when he called off the Camp David meeting on 8 September [@camp-david-meeting-planned-2019]": the date is that
        // of another event the sentence speaks of. The citation may be the slip, so replacing the date is no sure fix.
        // (Not an event the paper dates more coarsely, by more than a month beyond the date: a day in 2018 is no date of what
        // the paper puts "in the year 2018", and the day is the cited event's slip.)
        if (EventOfTheDate(note, claim) is not { } other || (claim.Date.Claimed is { } said
                && other.Date.Length > said.Length + 31))
            return DateMismatch.Report(this, claim, $"'{claim.Event.Id}'", preferred: OnlyEventCited(note, claim) && OnlyDateDenied(note, claim) && OnlyDateOfItsClause(note, claim) && NoSpan(claim));
        var finding = DateMismatch.Report(this, claim, $"'{claim.Event.Id}'", preferred: false);
        var reference = note.CitedIn(claim.Scope).First(c => ReferenceEquals(c.Event, claim.Event)).Reference;
        return finding with
        {
            Message = $"{finding.Message}. It is the paper's date for '{other.Id}' ({other.Title}), which the sentence speaks of: is the citation meant for it?",
            Fixes = [Fix.Replace($"Cite '{other.Id}' instead", reference.Range, other.Id), .. finding.Fixes],
            Related = [.. finding.Related, Passage(other)],
        };
    }

    /// <summary>
    /// The fix is sure of its date when no other date of the sentence is denied by the same citation ("The Kabul car
    /// bombing of 5 September 2019 … when he called off the Camp David meeting on 8 September [@…planned]": which date
    /// the citation is for is not known, so neither is replaced unasked).
    /// </summary>
    private static bool OnlyDateDenied(NoteAnalysis note, DateClaim claim) =>
        !note.Claims.Any(c => !ReferenceEquals(c, claim) && c.Basis == ClaimBasis.Cited && ReferenceEquals(c.Event, claim.Event) && c.Scope == claim.Scope && !c.Agrees);

    /// <summary>
    /// The fix is sure the date is the cited event's when the sentence gives no other date of its own and the citation
    /// stands in the date's clause: "The Kabul car bomb of 5 September 2019, three days before Trump called off Camp David
    /// [@…]" dates the bomb, which a citation after it may not be about.
    /// </summary>
    private static bool OnlyDateOfItsClause(NoteAnalysis note, DateClaim claim) =>
        !note.DatesIn(claim.Scope).Any(d => !ReferenceEquals(d, claim.Date) && d.Kind is DateMentionKind.Absolute or DateMentionKind.ContextResolved)
        && (EventInference.ClauseOf(note, claim.Scope, claim.Date) is not { } clause
            || note.CitedIn(claim.Scope).Any(c => ReferenceEquals(c.Event, claim.Event) && clause.Start <= c.Reference.Start && c.Reference.Start <= clause.End));

    /// <summary>
    /// The fix is sure the date is a slip for the event's when it is written as a date, not as a decade, a century or an
    /// era: "the commander our 40th Army had spent the 1980s trying to dislodge" times someone else in a long sentence,
    /// and "27 September 1996" in its place would be a wrong date unasked. Nor a range held to the event by one end ("ran
    /// 2001–2016" for an operation that ended in 2014): its other end is the note's, which the paper does not give.
    /// </summary>
    private static bool NoSpan(DateClaim claim) =>
        claim.Date.Date?.Precision is not (DatePrecision.Decade or DatePrecision.Century or DatePrecision.Era) && claim.ByItsStart is null;

    /// <summary>The fix is sure of its event when the sentence cites no other.</summary>
    private static bool OnlyEventCited(NoteAnalysis note, DateClaim claim) =>
        note.CitedIn(claim.Scope).All(c => ReferenceEquals(c.Event, claim.Event));

    /// <summary>Another event the date's clause (or the words given) is about as surely as an uncited sentence is reported, whose date the date agrees with.</summary>
    private static Knowledge.Event? EventOfTheDate(NoteAnalysis note, DateClaim claim, ProseScope? clause = null) =>
        EventInference.DatedBy(note, clause ?? EventInference.ClauseOf(note, claim.Scope, claim.Date) ?? claim.Scope, claim.Date, claim.Event);
}

/// <summary>The finding both date checks report, with the paper's date as the fix, written the way the note writes dates.</summary>
internal static class DateMismatch
{
    /// <summary>"05/02/2011" read the other way round is right: an ambiguity (MRG008), not a wrong date.</summary>
    public static bool OtherReadingAgrees(DateClaim claim) => claim.Date.AlternativeReading?.Agrees(claim.Against) == true;

    /// <summary>The paper's date as coarsely as the note wrote its own: the year of a day for "'88", the quarter for "Q2 1993".</summary>
    public static HistoricalDate AtPrecisionOf(HistoricalDate said, HistoricalDate paper)
    {
        if (said.Precision <= paper.Precision || paper.Precision == DatePrecision.Range || !paper.IsValid) return paper;
        var (s, e) = (paper.Start, paper.End);
        return said.Precision switch
        {
            DatePrecision.Year when s.Year == e.Year => HistoricalDate.InYear(s.Year, paper.Text),
            DatePrecision.Month when s.Year == e.Year && s.Month == e.Month => HistoricalDate.InMonth(s.Year, s.Month, paper.Text),
            // A quarter ("Q2 1993") for a quarter; other parts of a year are written as the paper has them.
            DatePrecision.PartOfYear when said.Start.Month % 3 == 1 && said.End.Month == said.Start.Month + 2 && (s.Month - 1) / 3 == (e.Month - 1) / 3 && s.Year == e.Year
                => HistoricalDate.InPartOfYear(s.Year, (s.Month - 1) / 3 * 3 + 1, (s.Month - 1) / 3 * 3 + 3, paper.Text),
            _ => paper,
        };
    }

    /// <summary>What a date written without its numbers was read as: " (counted from 15 February 1989, 18 February 1989)", " (April 1992)" for "that month".</summary>
    private static string Resolved(DateClaim claim, HistoricalDate said) =>
        claim.Date.Anchor is { } from && claim.Counted is not null ? $" (counted from {from.Text}, {DateWriter.Natural(said)})"
        : claim.Date.Kind == DateMentionKind.ContextResolved && !claim.Date.Text.Any(char.IsDigit) ? $" ({DateWriter.Natural(said)})"
        : "";

    public static Finding Report(NoteCheck check, DateClaim claim, string what, bool preferred)
    {
        var said = claim.Date.Date!;
        var paper = claim.Against;
        if (claim.Edge is { } edge) what = $"the {(edge.IsStart ? "start" : "end")} of {what}";
        // A hedge stays as the note wrote it ("around 1995" → "around 1989"); only the date is replaced, at the
        // precision the note wrote ("c. 1995" → "c. 1992", not "c. 16 April 1992").
        var replacement = claim.Date.KeepingHedge(DateWriter.Write(AtPrecisionOf(said, paper), claim.Date.Style));
        return new Finding(check.Code, check.DefaultSeverity, claim.Range,
            $"The paper dates {what} to {DateWriter.Natural(claim.Dated)} ({NoteCheck.WhereSaid(claim.Event)}); "
            + $"this note says {claim.Date.TextInSentence}{Resolved(claim, said)}, {DateDistance.Compare(said, paper)}")
        {
            Fixes = [Fix.Replace($"Replace with the paper's date: {replacement}", claim.Range, replacement, preferred)],
            Related = [NoteCheck.Passage(claim.Event)],
        };
    }
}
