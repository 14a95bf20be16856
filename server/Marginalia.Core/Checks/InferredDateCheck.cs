using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>
/// MRG003: a date that disagrees with the event an uncited sentence states. Notes state many true facts the paper
/// does not have, so it reports only when the sentence states the same fact as one event — its own words and who
/// took part, not merely the topic — when no other event of the paper and no other date of the sentence explains the
/// date, and when that event stands clearly above the next. Its fix is never preferred.
/// </summary>
public sealed partial class InferredDateCheck : NoteCheck
{
    /// <summary>
    /// The confidence from which an inferred mismatch may be reported, tuned on the tuning half of the blind corpus: from 0.45
    /// to 0.5, 4 of 7 findings were right (3 false alarms on facts beside the paper); from 0.5 to 0.55, 16 of 17.
    /// </summary>
    public const double Threshold = EventInference.SureConfidence;

    /// <summary>How far the best event must stand above the next (0.05: no false alarm on the tuning half; 0 gave one).</summary>
    public const double Margin = 0.05;

    /// <summary>A date further than this from the paper's is taken to be about another fact, not a slip.</summary>
    public const int MaximumYearsApart = 3;

    /// <summary>
    /// The lead over the next event from which a hedged date tied by two of an event's words is that event's at any distance
    /// (tuned: 0.2 → 0.1 caught three more misdated hedges and raised no false alarm on the tuning notes).
    /// </summary>
    public const double HedgedLead = 0.1;

    /// <summary>How sure the tie must be when two events fit alike and the date denies both (tuned: 0.55 raised no false alarm).</summary>
    public const double TieThreshold = 0.55;

    public override string Code => "MRG003";
    public override string Title => "Date disagrees with the event the sentence is about";
    public override Severity DefaultSeverity => Severity.Information;

    public override IEnumerable<Finding> Run(NoteAnalysis note) =>
        note.Claims.Where(c => Reports(note, c, Threshold)).Select(c => Report(note, c));

    private Finding Report(NoteAnalysis note, DateClaim claim)
    {
        var finding = DateMismatch.Report(this, claim, $"'{claim.Event.Id}' ({claim.Event.Title})", preferred: false);
        var tie = Evidence(claim.Match!, SharedNumbers(note, claim));
        var cite = Fix.Insert($"Cite '{claim.Event.Id}' here", note.Note.Prose.ToSourceRange(CitationPlace(note, claim.Scope), 0).Start, $" [@{claim.Event.Id}]");
        var same = claim.Match!.SameDate is { Count: > 0 } others
            ? $" (or {string.Join(" or ", others.Select(e => $"'{e.Id}'"))}, which the paper dates to the same time)"
            : AlsoDenied(claim) is { } also ? $" (or about '{also.Id}', which the paper dates to {DateWriter.Natural(also.Date)}: the date fits neither)"
            : StartedBy(note, claim) is { } start ? $" (or about '{start.Id}', which the paper dates to {DateWriter.Natural(start.Date)}, from the same start: the date fits neither)"
            : BegunWith(note, claim) is { } begun ? $" (the end of a span the paper begins with '{begun.Id}', which it dates to {DateWriter.Natural(begun.Date)}, as the note does)" : "";
        return finding with
        {
            Message = $"{finding.Message}. The sentence was read as about it{same} from {tie}; cite the event to make the check certain",
            Fixes = [.. finding.Fixes, cite],
        };
    }

    /// <summary>
    /// The event the paper times the claim's by at its start, or that it times at the claim's start, when the date denies it
    /// too: "Putin won the presidency for a third time in 2011" misdates his third term (2012–2018) and the re-election it
    /// began with (2012) alike — one moment the paper tells as two.
    /// </summary>
    private static Event? StartedBy(NoteAnalysis note, DateClaim claim)
    {
        var e = claim.Event;
        return note.CandidateEvents.FirstOrDefault(x => (x.Id == e.AnchorId || x.AnchorId == e.Id) && x.Date.Length != e.Date.Length
            && (x.Date.Length < e.Date.Length ? Holds(x.Date, e.Date.Start) : Holds(e.Date, x.Date.Start)) && !DateAgreement.Agrees(claim.Date, x.Date));

        // (The moment holds the span's start.)
        static bool Holds(HistoricalDate moment, DateOnly start) => moment.Start <= start && start <= moment.End;
    }

    /// <summary>
    /// For a range held to an event by its end, the event the paper begins that span with, when the sentence is tied to it
    /// too and the range starts there: "The phased withdrawal of foreign troops ran from July 2011 to December 2013" is the
    /// withdrawal begun on 13 July 2011 (the first 650 soldiers) and completed on 28 December 2014.
    /// </summary>
    private static Event? BegunWith(NoteAnalysis note, DateClaim claim) =>
        claim is { ByItsStart: false, Date.Date: { Precision: DatePrecision.Range } said }
        && EventInference.Best(note, claim.Scope, claim.Date, besides: claim.Event) is { Confidence: >= EventInference.MinimumConfidence, Event: var begun }
        && begun.Date.End < claim.Event.Date.Start
        && DateAgreement.SharesAnEnd(said, HistoricalDate.Between(begun.Date, claim.Event.Date, ""))
            ? begun : null;

    /// <summary>
    /// The event of another date the sentence fits nearly as well, when the date denies it too — or one it fits as a contender
    /// whose finer date the best's holds, the paper telling two things of one time ("By c. 1999 most of Afghanistan
    /// was under Taliban control and only Pakistan, Saudi Arabia and the UAE recognised them": 1996, and 27 September 1996).
    /// </summary>
    private static Event? AlsoDenied(DateClaim claim) =>
        claim.Match is { Next: { } next } m && (m.Margin < Margin || (m.Margin < EventInference.ContenderMargin && HoldsFiner(claim.Event.Date, next.Date)))
            && !DateAgreement.Agrees(claim.Date, next.Date) ? next : null;

    /// <summary>Whether a date holds a finer one: a year and a day of it, not a span and what falls in it.</summary>
    private static bool HoldsFiner(HistoricalDate coarse, HistoricalDate fine) => coarse.Precision is DatePrecision.Year or DatePrecision.Month
        && fine.Precision is DatePrecision.Month or DatePrecision.Day && fine.Precision < coarse.Precision && coarse.Holds(fine);

    /// <summary>
    /// "the words 'withdrawal', 'troops' and Soviet Union": what tied the sentence to the event, with the numbers its title
    /// shares ("the words 'Two', 'killed' and Russia").
    /// </summary>
    private static string Evidence(EventMatch match, IReadOnlyList<string> numbers)
    {
        var said = numbers.Where(n => !match.Words.Contains(n, StringComparer.OrdinalIgnoreCase)).Concat(match.Words).ToList();
        var parts = said.Select(w => $"'{w}'").Concat(match.Actors.Select(a => a.Name)).ToList();
        var words = said.Count == 1 ? "the word " : said.Count > 1 ? "the words " : "";
        return words + (parts.Count switch
        {
            1 => parts[0],
            _ => $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}",
        });
    }

    /// <summary>Where a citation of the sentence goes: before its closing punctuation.</summary>
    private static int CitationPlace(NoteAnalysis note, Notes.ProseScope scope)
    {
        var text = note.Note.Prose.Text;
        var end = scope.End;
        while (end > scope.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!' or '?' or ';' or ':')) end--;
        return end;
    }

    private static bool OtherNumbers(NoteAnalysis note, DateClaim claim)
    {
        var numbers = note.Memo((nameof(OtherNumbers), claim.Scope.Start, claim.Scope.Length), () =>
        {
            var sentence = note.Note.Prose.Text.AsSpan(claim.Scope.Start, claim.Scope.Length);
            var found = new List<string>();
            foreach (var m in NumberedThing().EnumerateMatches(sentence))
                found.Add(sentence.Slice(m.Index, m.Length).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);
            return found;
        });
        return numbers.Any(n => !claim.Event.Title.Contains(n, StringComparison.Ordinal) && !claim.Event.Passage.Text.Contains(n, StringComparison.Ordinal));
    }

    /// <summary>How many numbers outside the sentence's dates its event's title or key terms give too ("650", "12 countries").</summary>
    private static List<string> SharedNumbers(NoteAnalysis note, DateClaim claim)
    {
        var text = note.Note.Prose.Text;
        var own = Stages.Known(claim.Event);
        // (Or a count in words, of people or things and not of time: "Two Russians were killed in Kabul".)
        return [.. Number().Matches(text, claim.Scope.Start).TakeWhile(m => m.Index < claim.Scope.End)
            .Where(m => !note.DatesIn(claim.Scope).Any(d => d.Start <= m.Index && m.Index < d.End))
            .Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(n => Number().Matches(own).Any(x => x.Value.Equals(n, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>Words that say someone was given a post: "was appointed", "was named", "became".</summary>
    [GeneratedRegex(@"(?i)\b(?:(?:was|were|is|are|been|being|got)\s+(?:appointed|named|nominated|made|sworn\s+in)|appointed|became|took\s+over\s+as)\b")]
    private static partial Regex Appointed();

    /// <summary>Where a text puts a date, besides it in a clause of its own: "— 24 October 2013 in the paper", "— that was on 2 May 2011".</summary>
    [GeneratedRegex(@"(?i)(?<![\w-])(?:(?:in|on|by|per|according\s+to)\s+(?:the|this|our|my)\s+(?:" + Chronology.ReportingTexts + @")|(?:that|this|it)\s+(?:was|happened|came)|in|on|by)(?![\w-])")]
    private static partial Regex BareDateWords();

    [GeneratedRegex(@"(?<![\w.,/-])[0-9]{2,4}(?![\w/-])|(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:days?|weeks?|months?|years?|decades?|centuries)\b)")]
    private static partial Regex Number();

    /// <summary>The words between the commas (or semicolons) around a claim's date, within its sentence.</summary>
    private static string CommaClause(NoteAnalysis note, DateClaim claim) => CommaClause(note, claim.Scope, claim.Date);

    private static string CommaClause(NoteAnalysis note, ProseScope scope, DateMention date)
    {
        var text = note.Note.Prose.Text;
        var start = text.LastIndexOfAny([',', ';'], Math.Max(scope.Start, date.Start - 1), date.Start - scope.Start);
        var end = text.IndexOfAny([',', ';'], date.End, scope.End - date.End);
        return text[(start < 0 ? scope.Start : start + 1)..(end < 0 ? scope.End : end)];
    }

    /// <summary>Whether the words that tie a sentence to its event are all in another date's comma clause, and none in the claim's.</summary>
    private static bool TiedBy(NoteAnalysis note, DateClaim claim, EventMatch match, DateMention other) =>
        match.Words.Count > 0 && CommaClause(note, claim.Scope, other) is var theirs && CommaClause(note, claim) is var own && theirs != own
        && match.Words.All(w => theirs.Contains(w, StringComparison.OrdinalIgnoreCase)) && !match.Words.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "Najibullah was forced to resign in April 1991, more than two years after the Soviet pull-out": the date is the
    /// clause's before it, and the distance set after it by a comma times that same thing by another. (Not a bare
    /// ", after an attack in Kabul", which may say what the date is of.) The event is then
    /// the one the words before the date name, not the other.
    /// </summary>
    private static bool DatedInApposition(NoteAnalysis note, DateClaim claim, EventMatch match)
    {
        var text = note.Note.Prose.Text;
        if (!Apposition().IsMatch(text.AsSpan(claim.Date.End, claim.Scope.End - claim.Date.End))) return false;
        var before = text[claim.Scope.Start..claim.Date.Start];
        var named = note.ActorsIn(new ProseScope(claim.Scope.Start, claim.Date.Start - claim.Scope.Start, claim.Scope.Kind)).SelectMany(m => m.Actors).ToHashSet();
        // (Who took part named before the date as well: "ISIS declared its caliphate on 29 June 2014, six months before
        // its Afghan branch surfaced" ties to the Afghan branch only by what follows.)
        return match.Words.Any(w => before.Contains(w, StringComparison.OrdinalIgnoreCase)) && match.Actors.All(named.Contains);
    }

    /// <summary>The note's prose with the mentions of a stretch that name only people or places of the event blanked.</summary>
    private static string OfTheEventBlank(NoteAnalysis note, ProseScope stretch, EventMatch match) =>
        note.ActorsIn(stretch).Where(m => m.Actors.Count > 0 && m.Actors.All(match.Actors.Contains)).Select(m => (m.Start, m.End)).ToList() is { Count: > 0 } mentions
            ? note.Note.Prose.Without(0, note.Note.Prose.Text.Length, mentions) : note.Note.Prose.Text;

    /// <summary>
    /// Whether the words and people that tie a clause to its event stand outside the words that time it by another thing:
    /// "Putin won re-election on 18 March 2018, some seven weeks before his inauguration" is tied to the inauguration only
    /// by what times it.
    /// </summary>
    private static bool TiedOutside(NoteAnalysis note, ProseScope clause, EventMatch match) =>
        Chronology.Relating(note, clause, match.Event) is not { Count: > 0 } relating || TiedOutside(note, clause, match, relating);

    /// <summary>Whether the words (and the people, if asked) that tie a clause to its event stand outside some stretches of it.</summary>
    private static bool TiedOutside(NoteAnalysis note, ProseScope clause, EventMatch match, IReadOnlyList<(int From, int To)> relating, bool actors = true)
    {
        // (Nor do the words of a distance itself tie it: "fifteen years after its last active Afghan policy".)
        var outside = note.Note.Prose.Without(clause.Start, clause.End,
            relating.Concat(note.DatesIn(clause).Where(d => d.Relative?.AnchorText is not null).Select(d => (d.Start, d.End))));
        var named = note.ActorsIn(clause).Where(m => !relating.Any(r => r.From <= m.Start && m.Start < r.To)).SelectMany(m => m.Actors.Concat(m.Within)).ToHashSet();
        // (Or one of the event's names, written whole: "The Arab Spring — during which Moscow declined to veto … — broke out".)
        // (Of those taking part, those who say who in particular and those the event's title names: a state or a group of many
        // events named only in what times it ties nothing — "Trump called off the planned Camp David meeting on 8 August 2019 after
        // an insurgent attack in Kabul killed an American soldier" is the cancellation, with the US of the soldier; "ISIS declared
        // its caliphate on 29 June 2014, six months before its Afghan branch surfaced" is not ISIS's coming to Afghanistan.)
        return (match.Words.Any(w => outside.Contains(w, StringComparison.OrdinalIgnoreCase)) || EventInference.WritesAWholeName(outside, match.Event))
            && (!actors || match.Actors.All(a => named.Contains(a) || !(match.SpecificActors.Contains(a) || EventInference.TitleNames(match.Event, a))));
    }

    /// <summary>
    /// The subject of a sentence and the relative clause that says which it is, when the date hangs on a verb of happening
    /// after them: "The Kabul car bomb | that Trump cited | went off (in Kabul) on 5 September 2019".
    /// </summary>
    private static ((int From, int To) Subject, (int From, int To) Which)? HappenedThing(NoteAnalysis note, DateClaim claim)
    {
        var start = Math.Max((EventInference.ClauseOf(note, claim.Scope, claim.Date) ?? claim.Scope).Start, EventInference.SentenceStart(note, claim.Scope, claim.Date.Start));
        if (start >= claim.Date.Start || HappenedAfterWhich().Match(note.Note.Prose.Text, start, claim.Date.Start - start) is not { Success: true } m) return null;
        var (subject, which) = (m.Groups["subject"], m.Groups["which"]);
        return ((subject.Index, subject.Index + subject.Length), (which.Index, which.Index + which.Length));
    }

    [GeneratedRegex(@"\G[\s*_>-]*(?<subject>(?i:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?)(?<which>(?i:that|which)\s+[^;:—–()]+?)\s+(?i:happened|took\s+place|occurred|went\s+off|exploded|struck)(?:\s+(?i:in|at|near|outside)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)?\s+(?i:on\s+|in\s+)?$")]
    private static partial Regex HappenedAfterWhich();

    [GeneratedRegex(@"^\s*,\s*(?i:(?:only|just|barely|shortly|soon|some|about|around|nearly|almost|roughly|more\s+than|less\s+than|over|under|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|[0-9]{1,2}|few|several|and|a\s+half|half)\s+)*(?i:days?|weeks?|months?|years?|decades?)\s+(?i:after|before|prior\s+to|ahead\s+of|later|earlier)\b")]
    private static partial Regex Apposition();

    /// <summary>
    /// ", the year the NATO combat mission ended", ", the same month Gorbachev resigned" right after a claim's date: what else
    /// that year or month holds — when the event's date is in it (else the stretch says nothing the date does not).
    /// </summary>
    private static (int From, int To)? YearOf(NoteAnalysis note, DateClaim claim)
    {
        var text = note.Note.Prose.Text;
        if (claim.Date.End >= claim.Scope.End || SameYear().Match(text, claim.Date.End, claim.Scope.End - claim.Date.End) is not { Success: true } m) return null;
        var said = claim.Date.Claimed!;
        var (from, to) = m.Groups["unit"].Value.Equals("year", StringComparison.OrdinalIgnoreCase)
            ? (new DateOnly(said.Start.Year, 1, 1), new DateOnly(said.End.Year, 12, 31))
            : (new DateOnly(said.Start.Year, said.Start.Month, 1), new DateOnly(said.End.Year, said.End.Month, 1).AddMonths(1).AddDays(-1));
        return claim.Event.Date.Start <= to && from <= claim.Event.Date.End ? (m.Index, m.Index + m.Length) : null;
    }

    [GeneratedRegex(@"\G\s*,\s+(?i:the\s+(?:same\s+)?|that\s+(?:same\s+)?)(?<unit>(?i:year|month))\b[^,;.!?—–()]*")]
    private static partial Regex SameYear();

    /// <summary>
    /// "planned for", "scheduled to take place on", "was due in", "planned to host … at Camp David in": words that give a
    /// date something was to happen on.
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:planned|scheduled|slated|set|due|expected)\s+(?:to\s+(?:take\s+place|happen|be\s+held|meet|open|begin|start)\s+|to\s+\p{L}+(?:\s+[^\s.;:]+){0,8}?\s+)?(?:for|on|in)\s+(?:the\s+)?$")]
    private static partial Regex ToHappen();

    /// <summary>The words of a vote: "elected", "re-elected", "election".</summary>
    private const string ElectedWords = @"elected|re-?elected|election";

    [GeneratedRegex(@"(?i)\b(?:" + ElectedWords + @")\b")]
    private static partial Regex Elected();

    /// <summary>A named someone doing something, after a comma: ", Pompeo again flying in …", ", Lavrov looking on".</summary>
    [GeneratedRegex(@"\G,\s+(?:\p{Lu}[\w'’-]*\s+){1,3}(?:again\s+|also\s+|too\s+|once\s+more\s+)?[a-z]+ing\b")]
    private static partial Regex Absolute();

    /// <summary>A participle that leads a clause in, to its comma: "Cut off by Yeltsin's arms embargo,", "Abandoned by Moscow,".</summary>
    [GeneratedRegex(@"^\s*(?:[A-Z][a-z]+ed|Cut|Left|Hit|Struck|Beaten|Driven|Shaken|Forsaken)\s[^,.;:]*,")]
    private static partial Regex LeadIn();

    /// <summary>A participle after a comma that tells what came of the clause: ", removing …", ", leaving …".</summary>
    [GeneratedRegex(@",\s+(?:thus\s+|thereby\s+)?[a-z]+ing\b")]
    private static partial Regex Participle();

    /// <summary>An anniversary, and what it is of, up to the words that say what became of it: "the centenary of Afghan independence".</summary>
    [GeneratedRegex(@"(?i)\b(centenary|centennial|anniversary|jubilee)\b(?:\s+of\s+(?:(?:the|its|their|our|his|her)\s+)?(?<of>(?:(?!(?:was|were|is|are|has|had|in|on|at|by|with|from|to|and|when|which|that|celebrated|marked|held|came|fell)\b)[\w'’/–-]+\s*){1,4}))?")]
    private static partial Regex Anniversary();

    [GeneratedRegex(@"[\p{L}][\p{L}'’]+")]
    private static partial Regex Words();

    /// <summary>What a paper's event may be one of many of: a meeting, a visit, a round of talks.</summary>
    [GeneratedRegex(@"(?i)\b(?:meeting|meets?|talks|round|visits?|summit|session|consultations|conference|negotiations)\b")]
    private static partial Regex Recurring();

    [GeneratedRegex(@"(?i)\bterm\b")]
    private static partial Regex Term();

    /// <summary>The vote that wins a term: "won re-election", "was elected", "the presidential election".</summary>
    [GeneratedRegex(@"(?i)\b(?:won\s+(?:\w+\s+){0,2}(?:re-?election|election|vote)|" + ElectedWords + @"|vote|polls?)\b")]
    private static partial Regex WonTheVote();

    /// <summary>
    /// A post held until someone takes it for good: "acting president", "caretaker prime minister". (Not "interim", which the
    /// paper says of Karzai's own government: "installed as interim president in December 2002" misdates his installation.)
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:acting|caretaker)\s+(?:president|prime\s+minister|premier|head|leader|chairman|government|administration)\b")]
    private static partial Regex Interim();

    /// <summary>What follows a vote: the result declared, the run-off, the inauguration.</summary>
    [GeneratedRegex(@"(?i)\b(?:inaugurat\w*|sworn\s+in|swearing[- ]in|took\s+office|declared\s+(?:\w+\s+){0,3}winner|certified|run-?off)\b")]
    private static partial Regex AfterTheVote();

    [GeneratedRegex(@"(?i:resolution|resolutions|no\.|number|flight|article|decree|law)\s+[0-9]{2,5}\b")]
    private static partial Regex NumberedThing();

    /// <summary>
    /// Whether someone takes part in another event of the paper on the very date of this one, or within days of it when the
    /// paper times one by the other (the centenary of 28 May 2019 and the talks "on the next day").
    /// </summary>
    private static bool AtTheSameOccasion(NoteAnalysis note, Event e, Actor person) =>
        note.Knowledge.Events.Any(x => !ReferenceEquals(x, e) && x.Actors.Contains(person)
            && (x.SameDateAs(e)
                || (x.AnchorId == e.Id || e.AnchorId == x.Id) && x.Date.DaysApart(e.Date) <= 7));

    /// <summary>
    /// Whether the date's own clause names the claim's event and no other for sure, in a date no finer than the paper's:
    /// "The Soviet Union fell c. 1993". (A finer one may be the writer's own knowledge of the same thing, the day history
    /// records where the paper gives a year: "Pakistan formally recognised the Taliban government in late May 1997".)
    /// </summary>
    private static bool NamedInItsClause(NoteAnalysis note, DateClaim claim) =>
        claim.Date.Date is { } written && written.Length >= claim.Event.Date.Length
        && EventInference.ClauseOf(note, claim.Scope, claim.Date) is { } clause
        && EventInference.Named(note, clause.Start, clause.End) is { Contenders.Count: 0 } named && ReferenceEquals(named.Event, claim.Event);

    /// <summary>Whether a claim would be reported at a threshold.</summary>
    public static bool Reports(NoteAnalysis note, DateClaim claim, double threshold) =>
        claim.Basis == ClaimBasis.Inferred && !claim.Agrees && WhyNot(note, claim, threshold) is null;

    /// <summary>Whether a date written without its year ("that year", "the same month") after another takes its year from it.</summary>
    private static bool TakesItsYearFrom(DateMention date, DateMention before) =>
        date.Kind == DateMentionKind.ContextResolved && date.Start > before.Start && !date.Text.Any(char.IsDigit)
        && before.Date is { } from && date.Date is { } resolved && resolved.Start.Year == from.Start.Year;

    /// <summary>
    /// Why a disagreeing inferred claim is not reported (the hover card says so), or null when it is. Each rule
    /// keeps a right sentence about something beside the paper from being flagged.
    /// </summary>
    public static string? WhyNot(NoteAnalysis note, DateClaim claim, double threshold = Threshold)
    {
        if (DateMismatch.OtherReadingAgrees(claim)) return "read the other way round, the date agrees (MRG008)";
        if (PaperInconsistency.Explains(note, claim) is { } inconsistent) return PaperInconsistency.Why(inconsistent);
        if (claim.Match is not { } match) return "the sentence names no event for sure";
        // (A hedged date years off, its writer unsure when, by someone particular to the event: "Najibullah hung on until
        // c. 1995, when he finally resigned" needs a looser tie. Years off as written: "c. 1995" is three years from 1992,
        // though its tolerance reaches 1993.)
        var hedgedFar = claim.Date.Hedge is not null && claim.Date.Date is { } hedged && hedged.DaysApart(claim.Event.Date) > 2 * 365.25
            && match is { SpecificActors.Count: > 0, Words.Count: > 0 };
        // (Nor much of one for a date a year or two off when the one the event is about (its first actor, a person) did it in a
        // verb of the event's, written as done: "Rabbani is summoned to Moscow in November 1990", "Putin was re-elected president
        // in 2011" — not a noun: "Khalilzad told Afghan television that a deal had been reached" is no signing.)
        var doerNear = claim.Date.Date is { } near && near.DaysApart(claim.Event.Date) <= 2 * 365.25 && match.Words.Any(w => w.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            && claim.Event.Actors.FirstOrDefault() is { Kind: ActorKind.Person } doer && match.SpecificActors.Contains(doer);
        if (claim.Confidence < (hedgedFar ? threshold - 0.1 : doerNear ? threshold - 0.05 : threshold) && !NamedInItsClause(note, claim)) return $"the sentence is too loosely tied to it (confidence {claim.Confidence:0.00})";
        // (Unless the note gives a span of the same kind: "the 1980s" for the paper's 1990s.)
        if (DateAgreement.IsVague(claim.Event.Date) && claim.Date.Claimed!.Precision != claim.Event.Date.Precision) return "the paper gives only a vague span for it";
        // The same fact: the event's own words, and who took part when the paper names anyone.
        if (match.Words.Count == 0) return "the sentence shares none of the event's own words";
        // (A number the event's title gives counts as a word of it: "the first 650 US soldiers went home".)
        var what = match.Words.Count(w => !EventInference.Ordinals.Contains(w.Length <= 6 ? w : w[..6])) + SharedNumbers(note, claim).Count;
        // (Unless the ordinal numbers the event among those of someone particular to it — a group or a body, not a state:
        // "The QCG met for the fifth and last time in Islamabad on 21 May 2016" is the fifth QCG meeting.)
        // (Nor when the sentence writes one of the event's names whole: "The first Moscow Format session … took place on 15
        // January 2017".)
        // (Where the event was read from the date's own clause, only that clause: "…killed bin Laden on 2 May 2012, and
        // Obama told Medvedev before the news broke.")
        var clause = match.Read ?? claim.Scope;
        if (what == 0 && !(match.SpecificActors.Any(a => a.Kind != ActorKind.State) && match.Words.Any(w => EventInference.IsNumberOrdinal(w) && claim.Event.Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
            && !EventInference.WritesAName(note, clause.Start, clause.End, claim.Event))
            return $"the sentence shares only an ordinal ('{match.Words[0]}') with the event";
        // (Of a date counted from an earlier one of the sentence, the words after that one: "The trilateral platform met first in
        // Beijing in April 2013 and again in Islamabad five months later" numbers the first meeting, not the second.)
        var numbering = claim.Date is { Kind: DateMentionKind.Relative, Anchor: { } countedFrom } && clause.Contains(countedFrom.Start) && countedFrom.End <= claim.Date.Start ? countedFrom.End : clause.Start;
        if (EventInference.NumberedOtherwise(note, numbering, clause.End, claim.Event))
            return "the sentence numbers its thing otherwise than the event";
        // Who took part, unless the sentence tells what happened in the event's own words at length.
        if (match.Actors.Count == 0 && claim.Event.Actors.Count > 0 && what < 3) return "the sentence names none of the event's actors";
        // One shared word is a topic unless someone specific to the event is named with it ("killed" and Russia is not a
        // fact; neither is "prisoners" with the US and the Taliban, even when no other event has the word).
        // (Unless it writes one of the event's names: "A Taliban delegation travelled to Moscow in mid-October 2019". Nor when the
        // date is a range with one end the event's own: "US–Taliban talks ran from June to September 2019" is the summer's rounds
        // of June to August, an end off.)
        if (what < 2 && match.SpecificActors.Count == 0 && !EventInference.WritesAName(note, clause.Start, clause.End, claim.Event)
            && !DateAgreement.SharesAnEnd(claim.Date.Date!, claim.Event.Date))
            return "one shared word and no actor particular to the event: the same topic, maybe not the same fact";
        // A name the event does not know ("the USS Cole in Aden", "the Treaty of Friendship", "John Bolton … was fired")
        // makes it another fact of the same people.
        // (Not in the words that time the date by another thing, when the date stands outside them: those name that thing.)
        var reaches = Chronology.RelatesTimes(note, claim.Scope, claim.Date, claim.Event) ? [] : Chronology.Relating(note, claim.Scope, claim.Event);
        // (Nor in the clause of the date a relative one counts from, which tells what happened then: "The talks stalled in July
        // 2015 once Omar's death came out; nine months later they revived" names Omar of the stalling.)
        if (claim.Date is { Kind: DateMentionKind.Relative, Anchor: { } from } && claim.Scope.Contains(from.Start)
            && EventInference.ClauseOf(note, claim.Scope, from) is { } fromClause && !fromClause.Contains(claim.Date.Start))
            reaches = [.. reaches, (fromClause.Start, fromClause.End)];
        // (In the date's own clause, when that clause holds what ties it: "The last Soviet troops left Afghanistan on 15 February
        // 1988, and the Politburo could at last close the file" names the Politburo in another.)
        var named = EventInference.ClauseOf(note, claim.Scope, claim.Date) is { } dateClause
                    && match.Words.All(w => note.Note.Prose.Text.AsSpan(dateClause.Start, dateClause.Length).Contains(w, StringComparison.OrdinalIgnoreCase))
            ? dateClause : claim.Scope;
        if (EventInference.UnknownCapital(note, named.Start, named.End, claim.Event, reaches) is { } name) return $"it names {name}, which the event does not";
        // In a sentence of two clauses, the words that tie it must be in the date's ("The coup of 19–21 August 1991
        // sealed the fate of the Union; Rabbani's invitation to Moscow came months afterwards").
        // (Unless that clause is the date alone, set after the rest: "Putin's speech against the West at the Valdai gathering —
        // 24 October 2013 in the paper" — or with where, or who, of the event: "Trilateral platform (Russia/China/Pakistan),
        // first meeting — Beijing, April 2013".)
        if (EventInference.ClauseOf(note, claim.Scope, claim.Date) is { } own && own != match.Read
            && !NoteAnalysis.SaysOnly(OfTheEventBlank(note, own, match), own, claim.Date, BareDateWords())
            && !match.Words.Any(w => note.Note.Prose.Text.AsSpan(own.Start, own.Length).Contains(w, StringComparison.OrdinalIgnoreCase))
            // (Nor when the date's clause writes one of the event's names: "The Arab Spring of 2012 brought down governments …;
            // Moscow … let the UNSC resolutions pass".)
            && !EventInference.WritesAName(note, own.Start, own.End, claim.Event)
            // (Nor when it names someone of the event — unless it says they were appointed to something, which the event is
            // not: "Zalmay Khalilzad was appointed US special representative … in September 2018; the article introduces him
            // only at the Doha talks".)
            && !(note.ActorsIn(own).Any(a => a.Actors.Any(x => x.Kind != ActorKind.State && match.Actors.Contains(x)))
                 && !(Appointed().IsMatch(note.Note.Prose.Text.AsSpan(own.Start, own.Length)) && !Appointed().IsMatch(Stages.Known(claim.Event)))))
            return "the words that tie the sentence to it are in another clause than the date";
        // (Nor in an aside between dashes: "The Kabul car bomb — the attack Trump cited in calling off Camp David — went off on 5 September 2019".)
        if (match.Read is { } read && EventInference.AsideIn(note, read) is { } aside && !TiedOutside(note, read, match, [aside], actors: false))
            return "the words that tie the sentence to it are in an aside between dashes";
        // (Nor in what the date's year is also the year of: "Crimea was annexed in March 2014, the year the NATO combat mission
        // ended" dates the mission by the year, and the paper's end of 2014 is in it.)
        if (YearOf(note, claim) is { } yearOf && !TiedOutside(note, clause, match, [yearOf], actors: false))
            return "the words that tie the sentence to it say what else the date's year or month holds";
        // (Nor in what someone would do later: "Mullah Baradar, who would sign the Doha accord for the Taliban, had been
        // released from Pakistani custody in October 2018" is his release, not the signing.)
        if (EventInference.LaterIn(note, clause, claim.Date) is { Count: > 0 } later && !TiedOutside(note, clause, match, later, actors: false))
            return "the words that tie the sentence to it say what came later ('would …', 'led … to')";
        // (Nor in a relative clause set between commas that the date stands outside: "Mullah Abdul Ghani Baradar, who signed for
        // the Taliban in Doha, had only been released from Pakistani custody in October 2018" is his release, not the signing —
        // nor outside the one the date stands in: "Baradar, who was released in October 2018, signed for the Taliban in Doha".)
        var relative = EventInference.RelativeAsidesIn(note, clause);
        var holding = relative.Find(r => r.From <= claim.Date.Start && claim.Date.Start < r.To);
        if (holding != default
                ? !match.Words.Any(w => note.Note.Prose.Text.AsSpan(holding.From, holding.To - holding.From).Contains(w, StringComparison.OrdinalIgnoreCase))
                : relative.Count > 0 && !TiedOutside(note, clause, match, relative, actors: false))
            return "the words that tie the sentence to it are on the other side of a relative clause that says who or what";
        // (Nor in a relative clause that says which thing is the subject of the date's verb of happening: "The Kabul car bomb that
        // Trump cited when he called off Camp David went off on 5 September 2019" dates the attack — even when the subject is
        // what the event's title has it come after: "The attack in Kabul that made Trump call off the Camp David meeting".)
        if (match.SameDate is not { Count: > 0 } && HappenedThing(note, claim) is var (happened, which) && !TiedOutside(note, clause,
                match, Chronology.OrderedByItsTitle(claim.Event, "after", note.Note.Prose.Text[happened.From..happened.To]) ? [happened, which] : [which], actors: false))
            return "the words that tie the sentence to it are in a relative clause that says which thing happened then";
        // (Nor in a phrase after the date that sets someone doing something beside it: "The intra-Afghan negotiations opened in
        // Doha on 12 September 2020, Pompeo again flying in for the ceremony" is no ceremony the paper dates — unless the
        // words before it tie the sentence to an event of the same occasion: "…signed their agreement in Doha on 28 February
        // 2020, Pompeo attending the ceremony".)
        if (match.SameDate is not { Count: > 0 } && Absolute().Match(note.Note.Prose.Text, claim.Date.End, Math.Max(0, clause.End - claim.Date.End)) is { Success: true } absolute
            && !TiedOutside(note, clause, match, [(absolute.Index, clause.End)], actors: false))
            return "the words that tie the sentence to it are in a phrase that sets someone beside it";
        // (Nor a date something was to happen on: "Trump's secret Camp David meeting … was planned for Sept 2019" says when the
        // meeting was to be, not when it was planned — nor when it happened: "the talks were scheduled for 4 September 2018".)
        if (ToHappen().Match(note.Note.Prose.Text, clause.Start, Math.Max(0, claim.Date.Start - clause.Start)) is { Success: true } plan)
            return $"the date is when something was to happen ('{plan.Value.Trim()}'), not when it did";
        // (One that the date denies as well is named beside it: "Trump called off his secret Camp David meeting with
        // Ghani's team on 8 October 2019" is wrong for the plan and for its cancellation alike — from a firmer tie only,
        // by someone particular to the event (a person, a group, a body: not a state) or three of its words: a tie is doubt.)
        if (match.Margin < Margin && (AlsoDenied(claim) is null || claim.Confidence < TieThreshold || (!match.SpecificActors.Any(a => a.Kind != ActorKind.State) && what < 3)))
            return "another event of the paper fits the sentence nearly as well";
        var said = claim.Date.Claimed!;
        // A part or a stage of the event comes before its end: "By 15 August 1988 half of the Soviet contingent had
        // left" is no slip for the last troops' leaving on 15 February 1989. (A stage after the end still is; and a
        // beginning is no stage: "Moscow began to support the Northern Alliance in 1993" is a slip for 1996.)
        if (said.End < claim.Event.Date.Start)
        {
            var words = CommaClause(note, claim);
            if (Stages.StageOf(words, claim.Event) is { } stage)
                return $"the sentence speaks of a stage of it ('{stage.Value}'), which comes before the paper's date";
            // (So is the start of an event that is an end: "Soviet troops started pulling out on 15 May 1988" is no slip
            // for the last troops' leaving.)
            if (Stages.StartOfAnEnd(words, claim.Event) is { } start)
                return $"the sentence speaks of the start ('{start.Value}') of what the paper dates by its end";
        }
        // And what stopped after the paper's start of it is no slip for the start: "Trump declared the talks with the Taliban
        // 'dead' on 9 September 2019" (the paper: the secret talks began in July 2018).
        if (said.Start > claim.Event.Date.End && Stages.StopOfAStart(CommaClause(note, claim), claim.Event) is { } stop)
            return $"the sentence speaks of the end ('{stop.Value}') of what the paper dates by its start";
        // An anniversary of something else than the event's: "The centenary of Afghan independence was celebrated in Kabul on
        // 19 August 2019" is no slip for the centenary of diplomatic relations on 28 May.
        if (Anniversary().IsMatch(claim.Event.Title) && Anniversary().Match(note.Note.Prose.Text, clause.Start, clause.Length) is { Success: true, Groups: var of }
            && of["of"].Success && note.ActorsIn(new ProseScope(of["of"].Index, of["of"].Length, ScopeKind.Sentence)) is var people
            && !EventInference.SaysInItsWords(note, of["of"].Index, of["of"].Index + of["of"].Length, claim.Event)
            && Words().Matches(of["of"].Value).Any(w => !people.Any(p => p.Start <= of["of"].Index + w.Index && of["of"].Index + w.Index < p.End)))
            return $"the sentence speaks of the {of[1].Value.ToLowerInvariant()} of something else ('{of["of"].Value.Trim()}')";
        // What follows an election is no slip for its day: "the election commission declared Karzai the winner on 2 November
        // 2009", "Karzai's second inauguration took place on 19 November 2009" (the paper: elected in August 2009).
        if (said.Start > claim.Event.Date.End && Elected().IsMatch(claim.Event.Title)
            && AfterTheVote().Match(CommaClause(note, claim)) is { Success: true } after
            && !AfterTheVote().IsMatch($"{Stages.Known(claim.Event)} {string.Join(' ', claim.Event.Names)}"))
            return $"the sentence speaks of what followed the vote ('{after.Value}'), which the paper does not date";
        // And the vote that won a term is no slip for the term's start: "Putin won re-election on 18 March 2018" (the paper: his
        // fourth term began on 7 May 2018).
        if (said.End < claim.Event.Date.Start && claim.Event.Date.Start.DayNumber - said.End.DayNumber <= 120 && Term().IsMatch(claim.Event.Title)
            && !Elected().IsMatch(claim.Event.Title) && WonTheVote().Match(CommaClause(note, claim)) is { Success: true } vote)
            return $"the sentence speaks of the vote ('{vote.Value}') that came before the term, which the paper does not date";
        // A post held for a while is no slip for holding it: "Putin first became acting president on 31 December 1999" (the
        // paper: he became President in 2000).
        if (Interim().Match(CommaClause(note, claim)) is { Success: true } interim && !Interim().IsMatch(Stages.Known(claim.Event)))
            return $"the sentence speaks of a post held for a while ('{interim.Value}'), which the paper does not date";
        // (Unless the date is hedged — its writer unsure when — or a distance counted from a date of the note, which its
        // writer may miscount, and two of the event's own words and a clear lead say it is the same fact: "Russia formally
        // reopened its Kabul embassy circa 2012" is the 2007 reopening misdated, and so is "…evacuated in 1992. Ten years
        // later Russia formally reopened it". A lead short of a clear one will do when the runner-up is as far off: no nearer fact
        // explains the date — "Moscow's first major summit on an Afghan settlement with China and Pakistan, circa 2006" leads
        // the first Moscow Format meeting by 0.07, and is ten years from either.)
        bool FarOff(HistoricalDate date) => said.DaysApart(date) > MaximumYearsApart * 365.25;
        if (FarOff(claim.Event.Date)
            && !((claim.Date.Hedge is not null || claim.Date is { Kind: DateMentionKind.Relative, Anchor: not null })
                 && (match.Margin >= HedgedLead || (match.Next is { } next && FarOff(next.Date)))
                 && (what >= 2 || match.SpecificActors.Any(a => a.Kind != ActorKind.State))))
            return $"more than {MaximumYearsApart} years from the paper's date: likely another fact";
        // A meeting, a visit or a round of talks dated after the year of the last thing the paper tells is another of them, which
        // the paper could not know, not a slip: "Moscow Format talks with the new Taliban government were held on 20 October
        // 2021" (the paper: the round of 29 May 2019); "A Taliban delegation visited Moscow in March 2021".
        if (said.Start.Year > note.CandidateEvents.Max(e => e.Date.Start).Year && Recurring().Match(claim.Event.Title) is { Success: true } kind)
            return $"the date is after the last year the paper tells of, and '{kind.Value}' may be one of many";
        // A sentence that dates something by this event ("seven weeks before his inauguration") speaks of something
        // else; one that relates times in a way not read here ("within three years of the withdrawal") is left alone.
        var statements = note.Statements.Where(s => claim.Scope.Contains(s.Start)).ToList();
        // (Unless its own words, outside those that time it, name the event too: "The Russian embassy in Kabul was
        // evacuated in 1993 after it was set on fire" is the evacuation's date, set by the fire that is part of it.)
        // (Nor when the date is what a statement times by an event and only that event's words tie it: "A Taliban delegation
        // was in Moscow in mid-September 2019, a week after Trump scrapped the planned Camp David meeting".)
        if ((statements.Any(s => ReferenceEquals(s.Anchor.Event, claim.Event)) && !TiedOutside(note, clause, match))
            || (statements.Any(s => ReferenceEquals(s.Subject.Date, claim.Date) && s.Anchor.Event is not null)
                && Chronology.Relating(note, clause, claim.Event) is { Count: > 0 } relating && !TiedOutside(note, clause, match, relating, actors: false)))
            return "the sentence dates something else by this event";
        // (Nor when what the sentence puts before or after something is named, before the connector, as an event the date
        // agrees with: "The HPC sat with the Taliban in Moscow in November 2018, four months after Washington's secret
        // talks began" is Lavrov's Moscow meeting, whatever the talks' words tie it to.) (So when the date itself is the
        // side and the words before the connector name that event: "The revival of peace talks without the Taliban in
        // January 2016 came about six months after the SCO summit in Ufa".)
        if (statements.Where(s => claim.Date.End <= s.Start).Select(s => s.Subject switch
                {
                    { Basis: SideBasis.Named, Event: { } named } => named,
                    { Basis: SideBasis.Stated } side when ReferenceEquals(side.Date, claim.Date) && s.Start > clause.Start => EventInference.Named(note, clause.Start, s.Start)?.Event,
                    _ => null,
                }).FirstOrDefault(e => e is not null && !ReferenceEquals(e, claim.Event) && DateAgreement.Agrees(claim.Date, e.Date)) is { } subject)
            return $"the date is that of '{subject.Id}', which the sentence says came before or after something";
        // (Even "Trump called off the Camp David meeting on 6 September 2019 after an attack in Kabul": letting the words
        // before the connector decide caught three more mistakes and raised three more false alarms on the tuning notes.)
        if (statements.Count == 0 && (Chronology.RelatesTimes(note, clause, claim.Date, claim.Event) || !TiedOutside(note, clause, match)) && !DatedInApposition(note, claim, match))
            return "the sentence times one thing by another";
        // Another date of the sentence that agrees with the event: this one speaks of something else ("… revealed in July 2015").
        // (Not a coarser date set before it: "Summer 1992 in Kabul: on 28 July 1992…" gives the day within the summer;
        // "…on 16 April 2009, the same year Medvedev endorsed…" does explain it.)
        if (note.DatesIn(claim.Scope).Any(d => !ReferenceEquals(d, claim.Date) && NoteAnalysis.IsStatedPoint(d) && DateAgreement.Agrees(d, claim.Event.Date)
                && !(d.Start < claim.Date.Start && d.Claimed!.Start <= said.Start && said.End <= d.Claimed.End)
                // (Nor one that takes its year from this one: "…on 7 March 2018, and Russia grew more assertive that year" — unless
                // the words that tie the sentence to the event are that date's alone: "…on 30 September 2015, the same autumn in
                // which rumours of a Putin–Mansour meeting began to circulate".)
                && (!TakesItsYearFrom(d, claim.Date) || TiedBy(note, claim, match, d))
                // (Nor the date of the other event an order of the sentence names: "…in July 1992, weeks before rebel rockets
                // struck the embassy compound on 28 August" dates the rockets.)
                && !statements.Any(s => s.Anchor is { Event: { } other } anchor && ReferenceEquals(anchor.Date, d) && !ReferenceEquals(other, claim.Event))))
            return "another date of the sentence is the event's";
        // A numbered thing the event does not have ("UNSC Resolution 1386" is not the paper's Resolution 1267).
        if (OtherNumbers(note, claim)) return "the sentence names a number the event does not have";
        // Someone the sentence names who has no part in the event: another fact about the same people or place — unless
        // the sentence names two of the event's own people and its words ("Khalilzad and Baradar signed the agreement…,
        // with Pompeo in attendance": a bystander).
        // (Nor someone the paper puts at the same occasion, an event of the same date: "…sign in Doha on 28 February 2020,
        // with Pompeo attending".)
        // (Nor one in a participle that tells what came of it: "…halted from 1 January 1993, removing the last prop of
        // Najibullah's government".)
        // (Nor one in an aside between dashes that the date stands outside: "…adopted Resolution 1267 — the first sanctions on
        // the Taliban, for refusing to give up Bin Laden — on 5 October 1998".)
        var consequence = Participle().Match(note.Note.Prose.Text, claim.Date.End, Math.Max(0, clause.End - claim.Date.End)) is { Success: true } p ? p.Index : clause.End;
        var between = EventInference.AsideIn(note, clause) is { } dashed && !(dashed.From <= claim.Date.Start && claim.Date.Start < dashed.To) ? dashed : (From: -1, To: -1);
        // (Nor one in a participle that leads the clause in, set off by a comma, and tells what its people were under: "Cut off
        // by Yeltsin's arms embargo, Najibullah stepped down on 16 April 1992".)
        var leadIn = LeadIn().Match(note.Note.Prose.Text, clause.Start, Math.Max(0, claim.Date.Start - clause.Start)) is { Success: true } led ? led.Index + led.Length : -1;
        if ((match.SpecificActors.Count < 2 || what < 2) && note.ActorsIn(clause).Any(a => a.Start < consequence && !reaches.Any(r => r.From <= a.Start && a.Start < r.To)
                && !(between.From <= a.Start && a.Start < between.To)
                && a.Start >= leadIn
                && a.Actors.All(x => x.Kind == ActorKind.Person && !claim.Event.Actors.Contains(x) && !AtTheSameOccasion(note, claim.Event, x))
                // (Nor a person's name that says whose institution: "Karzai's govt names the High Peace Council members".)
                && !Institution().IsMatch(note.Note.Prose.Text.AsSpan(a.End))
                // (Nor one whose possessive says whose place one of the event's own is: "arms deliveries to Najibullah's Kabul".)
                && !(a.IsPossessive && note.ActorsIn(clause).Any(o => o.Start > a.End && note.Note.Prose.Text.AsSpan(a.End, o.Start - a.End).IsWhiteSpace()
                        && o.Actors.Any(claim.Event.Actors.Contains)))))
            return "the sentence names someone who has no part in the event";
        return null;
    }

    /// <summary>A possessive before an institution: "'s govt", "'s government", "'s administration".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:'|’)s)?\s+(?:govt\.?|government|administration|regime|cabinet|officials|forces|envoys|diplomats|negotiators)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Institution();
}
