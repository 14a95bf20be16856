using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
using Marginalia.Core.Dates.Forms;
using Marginalia.Core.Knowledge;
using static Marginalia.Core.Dates.Forms.DateWords;

namespace Marginalia.Core.Notes;

/// <summary>How one side of an order statement was read: an event cited, an event named in prose, or a date the note states.</summary>
public enum SideBasis { Cited, Named, Stated }

/// <summary>One side of an order statement: what it is and when that was.</summary>
public sealed partial record TimeSide(SideBasis Basis, HistoricalDate When, Event? Event, DateMention? Date)
{
    /// <summary>For a side named in prose, the other events its words may name nearly as well.</summary>
    public IReadOnlyList<Event> Contenders { get; init; } = [];

    /// <summary>
    /// For a date the note states, the paper event it is the very day of, when the paper times that event by the other
    /// side's ("Trump called off Camp David on 8 September 2019. Two weeks later a Taliban delegation was in Moscow").
    /// </summary>
    public Event? Known { get; init; }

    /// <summary>The paper's other events of this side's event's moment (<see cref="Event.SameMomentAs"/>): an order the paper gives one of them holds for it.</summary>
    public IReadOnlyList<Event> Moment { get; init; } = [];

    /// <summary>The paper's other events of the moments of <see cref="Contenders"/>, which each reading as a contender keeps of its own.</summary>
    public IReadOnlyList<Event> ContendersMoment { get; init; } = [];

    /// <summary>The paper event this side is: cited, named, or the event its stated day is (<see cref="Known"/>).</summary>
    public Event? AsEvent => Event ?? Known;

    /// <summary>As <see cref="Describe"/>, a stated day that is an event's named as that event: "'camp-david-meeting-cancelled-2019' (8 September 2019)".</summary>
    public string DescribeAsEvent(string? named = null) => Event is null && Known is { } known ? $"'{known.Id}' ({Date!.Text})" : Describe(named);

    public static TimeSide Of(EventMatch named) => new(SideBasis.Named, named.Event.Date, named.Event, null) { Contenders = named.Contenders };

    /// <summary>
    /// A side named in prose, at the edge of its event's span when its words name one: "Putin's return to the presidency"
    /// is the start of his 2012–2018 term (2012), "the fall of Najibullah's regime" the end of 1989–1992 (1992).
    /// </summary>
    public static TimeSide Of(EventMatch named, string words) => Of(named).AtEdge(words);

    /// <summary>
    /// This side at the edge of its event's span its words name, if they name one ("Najibullah held out … [@najibullah-regime-survives-1992]": the end of 1989–1992).
    /// </summary>
    public TimeSide AtEdge(string words)
    {
        // (Not for words that may name other events too: their spans have edges of their own.)
        if (Event is null || Contenders.Count > 0) return this;
        return Stages.Edge(words, Event.Date) is { } edge ? this with { When = edge.When } : this;
    }

    /// <summary>" or 'us-taliban-talks-summer-2019' (June–August 2019)": the other events the words may name, each of which the finding holds for.</summary>
    private string Others => string.Concat(Contenders.Select(e => $" or '{e.Id}' ({DateWriter.Natural(e.Date)})"));

    /// <summary>
    /// This side, then as each event its words may also name; a day or a month the note writes without a year ("the
    /// summit held in Moscow that December") also in the years either side of the one it took from the context.
    /// </summary>
    public IEnumerable<TimeSide> Readings() =>
        Contenders.Select(e => this with { When = e.Date, Event = e, Contenders = [], Moment = [.. ContendersMoment.Where(e.SameMomentAs)], ContendersMoment = [] })
            .Prepend(this).Concat(OtherYears());

    private IEnumerable<TimeSide> OtherYears() =>
        Basis == SideBasis.Stated && Date is { Kind: DateMentionKind.ContextResolved, Date.Precision: DatePrecision.Day or DatePrecision.Month } d
        && !WrittenYear().IsMatch(d.Text) && When.IsValid && When.Start.Year is > 1 and < 9998
            ? new[] { -1, 1 }.Select(years => this with { When = new HistoricalDate(When.Start.AddYears(years), When.End.AddYears(years), When.Precision, When.Text) })
            : [];

    [GeneratedRegex(@"[0-9]{4}|['’][0-9]{2}\b")]
    private static partial Regex WrittenYear();

    /// <summary>This side with its event's date narrowed by the paper's order (<see cref="Event.Within"/>), when it stands at that date.</summary>
    public TimeSide WithinPaperOrder() =>
        Event is { Within: { } within } e && When.Start == e.Date.Start && When.End == e.Date.End ? this with { When = within } : this;

    /// <summary>"'soviet-withdrawal-1989' (15 February 1989)", "'moscow-format-first-meeting-2017' (named here “the first Moscow Format meeting”; …)", "23 February 2007".</summary>
    public string Describe(string? named = null) => Basis switch
    {
        SideBasis.Stated => Date!.Text,
        SideBasis.Named => $"'{Event!.Id}' ({DateWriter.Natural(When)}{(named is null ? "" : $", named here \u201c{named}\u201d")}){Others}",
        _ => $"'{Event!.Id}' ({DateWriter.Natural(When)})",
    };
}

public enum OrderRelation { Before, After }

/// <summary>
/// A statement of a note that puts one thing before or after another, optionally at a distance: "[@a] came two
/// months before [@b]", "the first Moscow Format meeting followed the 9/11 attacks", "three days later [@b]" (counted
/// from the date before it). Start and Length address the words that say so (prose indices).
/// </summary>
public sealed partial record OrderStatement(int Start, int Length, string Connector, OrderRelation Relation, TimeSide Subject, TimeSide Anchor)
{
    /// <summary>The distance the statement gives ("three weeks after"), or null for a bare order.</summary>
    public DateMention? Distance { get; init; }

    /// <summary>Whether this statement is what a date of the note says: its distance ("three days later", "the next year").</summary>
    public bool Reads(DateMention mention) => Distance is { } d && (ReferenceEquals(d, mention) || (d.Start == mention.Start && d.Length == mention.Length));

    /// <summary>The words of the note that named the anchor, when it was named in prose.</summary>
    public string? AnchorWords { get; init; }
    public string? SubjectWords { get; init; }

    /// <summary>Where the subject's words stand when the connector heads the sentence ("After the Doha deal: talks opened …").</summary>
    public (int From, int To)? HeadedSubject { get; init; }

    public int End => Start + Length;

    /// <summary>Whether the statement puts its subject in the anchor's year, month or day ("in the same year as"): a distance of none.</summary>
    public bool IsSameTime => Distance?.Relative?.Amount == 0;

    /// <summary>
    /// The interval the statement puts the subject in: the anchor shifted by the distance, widened by the slack a
    /// writer means by its unit ("three days" exactly, "three weeks" give or take half a week, "three months" half a month:
    /// "a month after" 25 October is 7 December too),
    /// twice that when hedged ("about three months"), and open on one side for "more than" or "less than".
    /// </summary>
    public HistoricalDate? Expected
    {
        get
        {
            if (Distance?.Relative is not { } offset || Moment is not { } anchor) return null;
            if (OwnMonth is { } own) return new HistoricalDate(own.Start, own.End, DatePrecision.Range, Distance.Text);
            var slack = offset.Unit switch
            {
                TimeUnit.Day => 0,
                TimeUnit.Week => 3, // ("six weeks after" 2 May 2011 is 16 June as well: weeks are counted to the nearest)
                // (Counted from a whole month, the month counted to is slack enough: "two months later" than November 1991 is
                // January 1992, not 25 December — "about two months later" may be.)
                // (But a year or more of months counted from a month reaches the day before it too: "18 months after" September
                // 2018 is 29 February 2020 as well.)
                TimeUnit.Month => anchor.Precision == DatePrecision.Month && offset.Amount < 12 && !Hedges.ApproximateDistance(Distance.Text) ? 0 : 15,
                // Years by the calendar, give or take a month: "two years later" than 2000 is 2002 (exactly: 1995 is not
                // three years after 1992), and three years after 23 February 2007 is 2010 (or late January 2010), not December 2009.
                // (A year's length of anchor is a year too: the paper's "2016" narrowed to before 26 December by its order.)
                TimeUnit.Year => anchor.Precision == DatePrecision.Year || anchor.Length >= 300 ? 0 : 30,
                _ => 730,
            };
            var words = Distance.Text;
            // ("Two and a half years", "a year and a half": a length rounded to the half year, give or take a month.)
            if (words.Contains(" and a half", StringComparison.OrdinalIgnoreCase)) slack = Math.Max(slack, 30);
            // (Never more than half the length itself: "about a month" is not one week.)
            if (Hedges.ApproximateDistance(words)) slack = Math.Max(1, Math.Min(slack * 2, HalfLength(offset)));
            DateOnly Shift(DateOnly d) => Shifted(offset, d);
            var after = offset.Direction is RelativeDirection.After or RelativeDirection.Within;
            // (Rounded up, a length grows more than it shrinks: six weeks is "a month after" as writers round it, a fortnight is
            // not — "a month later" than 21 January 2019 is not 5 February. Ten days on the side toward the anchor.)
            var near = offset is { Unit: TimeUnit.Month, Amount: 1 } && slack == 15 && !Hedges.ApproximateDistance(words) ? 10 : slack;
            var (start, end) = (Shift(anchor.Start).AddDays(after ? -near : -slack), Shift(anchor.End).AddDays(after ? slack : near));
            if (offset.Unit is TimeUnit.Year or TimeUnit.Decade)
                (start, end) = (Min(start, new DateOnly(Shift(anchor.Start).Year, 1, 1)), Max(end, new DateOnly(Shift(anchor.End).Year, 12, 31)));
            if (CalendarMonth || CalendarYear) (start, end) = (Counted!.Start, Counted.End);
            // Counted from a month or a day, years are a length too: "two years after September 2018" is not February 2020
            // (a year and a half), though that is "in 2020". Rounded to the year: six months either way, four for one or two
            // years (where six months is a third of the length; "a year after" is not seven months), a year when hedged;
            // within the year as above; "the year after" is the calendar's next year.
            if (offset.Unit == TimeUnit.Year && anchor.Length < 300
                && !words.TrimStart().StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                var months = Hedges.ApproximateDistance(words) || offset.Amount >= 10 ? 12 : offset.Amount <= 1 ? 4 : offset.Amount == 2 ? 5 : 6;
                (start, end) = (Max(start, Shift(anchor.Start).AddMonths(-months)), Min(end, Shift(anchor.End).AddMonths(months)));
                // (From a part of a year, by the length alone, into the calendar year beyond: "nine years after" late 1979 is
                // February 1989.)
                if (anchor.Precision == DatePrecision.PartOfYear)
                    (start, end) = (Shift(anchor.Start).AddMonths(-months), Shift(anchor.End).AddMonths(months));
            }
            // "More than two months after": no further bound; "less than two months after": no nearer one than the anchor.
            if (Hedges.AtLeastDistance(words))
                // ("A little over two years": half a unit more at most, not any length beyond.)
                (start, end) = !Hedges.JustOverDistance(words) ? (after ? (start, DateOnly.MaxValue) : (DateOnly.MinValue, end))
                    : after ? (start, ShiftedBy(offset, anchor.End, offset.Amount + 0.5).AddDays(slack))
                    : (ShiftedBy(offset, anchor.Start, offset.Amount + 0.5).AddDays(-slack), end);
            if (Hedges.AtMostDistance(words))
            {
                // Less than a length counted from a day or a month is not the rest of the calendar year it reaches: "nearly two
                // years after" 23 February 2007 is not December 2009, "less than a year after" 22 January 2019 not 29 February 2020.
                if (offset.Unit is TimeUnit.Year or TimeUnit.Decade && anchor.Length < 300)
                    (start, end) = after ? (start, Min(end, Shift(anchor.End).AddDays(slack))) : (Max(start, Shift(anchor.Start).AddDays(-slack)), end);
                // No nearer bound than the anchor, but "nearly three years" is more than two (and "nearly a year" more than half),
                // with no slack: 5 October 1999 is not nearly three years before 9/11 (23 months).
                var least = !Hedges.NearlyDistance(words) ? 0 : offset.Amount == 1 ? 0.5 : offset.Amount - 1;
                (start, end) = after ? (ShiftedBy(offset, anchor.Start, least), end) : (start, ShiftedBy(offset, anchor.End, least));
            }
            return new HistoricalDate(start, end, DatePrecision.Range, Distance.Text);
        }
    }

    /// <summary>
    /// Where the distance lands, before any slack, at the anchor's precision: "a month after 21–22 January 2019" is
    /// 22 February 2019, "three years after 1992" is 1995. Null for a bare order.
    /// </summary>
    public HistoricalDate? Counted =>
        Distance?.Relative is { } offset && Moment is { } anchor
            ? OwnMonth ?? (CalendarMonth
                ? new HistoricalDate(FirstOfMonth(Shifted(offset, anchor.Start)), FirstOfMonth(Shifted(offset, anchor.End)).AddMonths(1).AddDays(-1), DatePrecision.Month, Distance.Text)
                : CalendarYear ? HistoricalDate.InYear(Shifted(offset, anchor.Start).Year, Distance.Text)
                : new HistoricalDate(Shifted(offset, anchor.Start), Shifted(offset, anchor.End), anchor.Precision, Distance.Text))
            : null;

    /// <summary>"August of the following year", "March of that year": the month the words name, in the year counted.</summary>
    private HistoricalDate? OwnMonth => Distance is { Relative: { Unit: TimeUnit.Year, Amount: 0 or 1 }, Date: { Precision: DatePrecision.Month } month } ? month : null;

    /// <summary>"The next year", "the year after": the calendar's year ("the next year" of 5 October 1999 is 2000).</summary>
    private bool CalendarYear => Distance is { Relative: { Unit: TimeUnit.Year, Amount: 0 or 1 } } d && d.Text.TrimStart().StartsWith("the ", StringComparison.OrdinalIgnoreCase)
        && Moment is { } anchor && anchor.Start.Year == anchor.End.Year;

    /// <summary>
    /// "The following month", "the previous month", "the month before": the calendar's month, not a month's length ("the
    /// previous month" of 28 August 1992 is July, not the four weeks before it).
    /// </summary>
    private bool CalendarMonth => Distance is { Relative: { Unit: TimeUnit.Month, Amount: 0 or 1 } } d && d.Text.TrimStart().StartsWith("the ", StringComparison.OrdinalIgnoreCase);

    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);

    /// <summary>Where the distance lands in words: "about 22 February 2019" when the unit is coarser than the day it counts from, "1995".</summary>
    public string? CountedWords => Counted is { } counted
        ? (Distance!.Relative!.Direction == RelativeDirection.Within ? "no later than " : "")
          + (counted.Precision == DatePrecision.Day && Distance.Relative.Unit is not TimeUnit.Day ? "about " : "") + DateWriter.Natural(counted)
        : null;

    /// <summary>What a distance counts from: the anchor, and a meeting of a few days as the moment it ended (or began, counting back).</summary>
    private HistoricalDate? Moment
    {
        get
        {
            if (Distance?.Relative is not { } offset || Anchor.When is not { IsValid: true } anchor) return null;
            if (anchor.Precision != DatePrecision.Range || anchor.Length > 7) return anchor;
            var day = offset.Direction == RelativeDirection.After ? anchor.End : anchor.Start;
            return HistoricalDate.OnDay(day.Year, day.Month, day.Day, anchor.Text);
        }
    }

    private static DateOnly Shifted(RelativeOffset offset, DateOnly d)
    {
        var n = offset.Amount * (offset.Direction == RelativeDirection.Before ? -1 : 1);
        return offset.Unit switch
        {
            TimeUnit.Day => d.AddDays(n),
            TimeUnit.Week => d.AddDays(7 * n),
            TimeUnit.Month => d.AddMonths(n),
            TimeUnit.Year => d.AddYears(n),
            _ => d.AddYears(10 * n),
        };
    }

    /// <summary>Half a distance, in days.</summary>
    private static int HalfLength(RelativeOffset offset) => offset.Amount * UnitDays(offset.Unit) / 2;

    /// <summary>A unit of time in days, roughly (a month 30, a year 365).</summary>
    private static int UnitDays(TimeUnit unit) =>
        unit switch { TimeUnit.Day => 1, TimeUnit.Week => 7, TimeUnit.Month => 30, TimeUnit.Year => 365, _ => 3652 };

    /// <summary>Shifted by a number of the offset's units, halves allowed, in its direction.</summary>
    private static DateOnly ShiftedBy(RelativeOffset offset, DateOnly d, double units)
    {
        var whole = (int)Math.Floor(units);
        var shifted = Shifted(offset with { Amount = whole }, d);
        if (units == whole) return shifted;
        var half = UnitDays(offset.Unit) / 2;
        return shifted.AddDays(offset.Direction == RelativeDirection.Before ? -half : half);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>
    /// Whether the dates deny the statement. Never when a side is a vague span ("the 1980s"), when both sides are one
    /// event, or when the two overlap for a bare order: a false alarm costs more than a miss.
    /// </summary>
    public bool Contradicted =>
        // A side named in prose that may name another event nearly as well: denied only if every reading denies it.
        ContradictedAsRead && Subject.Readings().All(subject => Anchor.Readings().All(anchor =>
            (subject.Event is not null && ReferenceEquals(subject.Event, anchor.Event)) || (this with { Subject = subject, Anchor = anchor }).ContradictedAsRead));

    /// <summary>Whether the dates deny the statement as read, each event's date narrowed by the order the paper gives it (<see cref="Event.Within"/>).</summary>
    private bool ContradictedAsRead => (this with { Subject = Subject.WithinPaperOrder(), Anchor = Anchor.WithinPaperOrder() }).ContradictedByDates;

    private bool ContradictedByDates
    {
        get
        {
            var (x, y) = (Subject.When, Anchor.When);
            if (Subject.Event is not null && ReferenceEquals(Subject.Event, Anchor.Event)) return false;
            // The paper's own words on these two ("earlier in the same month", "one week after the collapse") decide
            // what their dates alone cannot: two events of one month, a "mid-September" a week after the 8th.
            if (Said is { } said && Denies(said) is { } denied) return denied;
            if (!x.IsValid || !y.IsValid) return false;
            // A vague span ("the 1990s", "the Cold War period") orders only a bare order, and only a year clear of its edges:
            // "the chaos of the 1990s followed the 2008 boom".
            if (DateAgreement.IsVague(x) || DateAgreement.IsVague(y))
                return Distance is null && (Relation == OrderRelation.Before ? x.Start.DayNumber - y.End.DayNumber : y.Start.DayNumber - x.End.DayNumber) > 365;
            if (Expected is { } expected) return !expected.Agrees(x);
            return Relation == OrderRelation.Before ? x.Start > y.End : x.End < y.Start;
        }
    }

    /// <summary>
    /// Why a denied statement is not reported: two dates of the note itself (or a date of the note and the event its
    /// words name at that date) that a bare order puts years the wrong way round (January 1987 "after" August 2009) are
    /// more likely two things misread than a writer's slip. Null when it is reported.
    /// </summary>
    public string? Implausible =>
        !Subject.When.IsValid || !Anchor.When.IsValid ? null
        : Subject.Basis == SideBasis.Stated && (Anchor.Basis == SideBasis.Stated || Anchor.Date is not null) && Distance is null
          && (Relation == OrderRelation.Before ? Subject.When.Start.DayNumber - Anchor.When.End.DayNumber : Anchor.When.Start.DayNumber - Subject.When.End.DayNumber) > 3 * 365
            ? "the note's two dates are years apart the other way: likely two things misread as one order"
        // (Nor a distance far shorter than the years between the two: "about a fortnight before the troops moved in" of 1979
        // is not the invasion of Iraq, nor "a year to the day after the last US troops left" the Soviet withdrawal; a writer's
        // slip is not a fortnight for twenty years, or a year for thirty.)
        // (Eighteen months or "two and a half years" as years.)
        : Distance?.Relative is { } offset && (offset is { Unit: TimeUnit.Month, Amount: >= 12 } ? Gap / 365.25 > Math.Max(offset.Amount / 6.0, offset.Amount / 12.0 + 5)
            : offset.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month ? Gap > 2 * 365
            : offset.Unit == TimeUnit.Year && Gap / 365.25 > Math.Max(2 * offset.Amount, offset.Amount + 5))
            ? "a distance far shorter than the years between the two: likely a side misread"
            : null;

    private int Gap => Math.Max(0, Math.Max(Subject.When.Start.DayNumber - Anchor.When.End.DayNumber, Anchor.When.Start.DayNumber - Subject.When.End.DayNumber));

    /// <summary>The order the paper's words give between the two events, seen from the subject; null when they give none.</summary>
    public SaidOrder? Said => Subject.AsEvent is { } subject && Anchor.AsEvent is { } anchor && !ReferenceEquals(subject, anchor)
        ? subject.OrderAgainst(anchor) ?? Subject.Moment.Select(s => s.OrderAgainst(anchor)).Concat(Anchor.Moment.Select(subject.OrderAgainst)).FirstOrDefault(o => o is not null)
        : null;

    /// <summary>Whether the paper's words on the two events decide the statement (its order, or its exact distance).</summary>
    public bool PaperWordsDecide => Said is { } said && Denies(said) is not null;

    /// <summary>
    /// Where the paper's words put the subject, when they decide: "'a' (29 May 2019) one day after 'b' (28 May 2019)",
    /// "… before …"; null when the dates decide.
    /// </summary>
    public string? PaperPuts => PaperWordsDecide && Said is { } said
        ? $"{Subject.DescribeAsEvent(SubjectWords)} {(said.Distance is { } exact ? DateDistance.Of(exact) : said.Direction == RelativeDirection.After ? "after" : "before")} {Anchor.DescribeAsEvent(AnchorWords)}"
        : null;

    /// <summary>
    /// Whether the statement denies the order the paper gives, or the exact distance it gives, between its two events;
    /// null when the paper's words leave a distance to the dates ("about a month later", "later that year").
    /// </summary>
    private bool? Denies(SaidOrder said)
    {
        // "…in the same month as": no order, so none the paper gives denies it; the dates decide.
        if (IsSameTime) return null;
        if ((Relation == OrderRelation.After) != (said.Direction == RelativeDirection.After)) return true;
        if (Distance is null) return false;
        if (said.Distance is not { } distance) return null;
        // The paper's exact distance makes the event it dates as precise as the other: "in mid-September, one week after"
        // 8 September is 15 September, whichever side of the statement it stands on.
        var exact = Subject.AsEvent!.AnchorId == Anchor.AsEvent!.Id
            ? this with { Subject = Subject with { When = Shifted(distance, Anchor.When) } }
            : this with { Anchor = Anchor with { When = Shifted(said.Reversed().Distance!, Subject.When) } };
        return exact.Expected is { } expected && !expected.Agrees(exact.Subject.When);
    }

    private static HistoricalDate Shifted(RelativeOffset offset, HistoricalDate date) =>
        new(Shifted(offset, date.Start), Shifted(offset, date.End), date.Precision, date.Text);
}

/// <summary>Finds a note's order statements, in any phrasing, sentence by sentence; both sides are read by one rule.</summary>
public static partial class Chronology
{
    public static IReadOnlyList<OrderStatement> Find(NoteAnalysis note)
    {
        var found = new List<OrderStatement>();
        var prose = note.Note.Prose;
        ProseScope? previousScope = null;
        foreach (var scope in prose.Scopes)
        {
            var relatives = note.DatesIn(scope).Where(d => d.Kind == DateMentionKind.Relative
                && d.Relative?.Direction is RelativeDirection.Before or RelativeDirection.After).ToList();
            var pointingBack = new List<DateMention>();
            foreach (var r in relatives)
            {
                if (r.Relative!.AnchorText is { } anchorText && PointsBack().IsMatch(anchorText)) pointingBack.Add(r);
                else if (r.Relative!.AnchorText is not null)
                {
                    // "It took Russia fifteen years after the closure of its mission to resume an active policy": the infinitive's.
                    if (TookAfter(note, scope, r) is { } took) found.Add(took);
                    // "three weeks after the fifth meeting [@b]": the anchor follows, the subject stands before.
                    else if (Statement(note, scope, r.Start, r.End, r.Text, Direction(r)) is { } s) found.Add(s with { Distance = r });
                }
                else if (CountedFrom(note, scope, previousScope, r) is { } anchor && SubjectAfter(note, scope, r, anchor) is { } subject)
                {
                    // "Three days later Mansour was killed [@b]": counted from the date (or the cited event) before it.
                    found.Add(new OrderStatement(r.Start, r.Length, r.Text, Direction(r), subject, anchor) { Distance = r });
                }
            }
            var text = prose.Text;
            // "Resolution 1267 was adopted on 5 October 1999. The next year came the 9/11 attacks": the calendar's next year,
            // counted from the date it takes its year from. (Its claim, when it makes one, speaks first: see DateReadings.)
            foreach (var r in note.DatesIn(scope).Where(d => d is { Kind: DateMentionKind.ContextResolved, Anchor.Date: not null, Date: not null }))
            {
                // "Rockets struck the compound on 28 August 1992; later that month two Russians were killed": after that day.
                if (LaterOrEarlier().Match(text, scope.Start, r.Start - scope.Start) is { Success: true } word)
                {
                    var later = word.Groups[1].Value.Equals("later", StringComparison.OrdinalIgnoreCase);
                    if (CountedFrom(note, scope, previousScope, r) is { } from && SubjectAfter(note, scope, r, from) is { } said)
                        found.Add(new OrderStatement(word.Index, word.Groups[1].Length, $"{word.Groups[1].Value} {r.Text}", later ? OrderRelation.After : OrderRelation.Before, said, from));
                    continue;
                }
                if (r.Date!.Start.Year == r.Anchor!.Date!.Start.Year && r.Date.End.Year == r.Anchor.Date.End.Year) continue; // "that year"
                var after = r.Date!.Start > r.Anchor!.Date!.End;
                var distance = r with { Kind = DateMentionKind.Relative, Relative = new RelativeOffset(1, TimeUnit.Year, after ? RelativeDirection.After : RelativeDirection.Before) };
                if (CountedFrom(note, scope, previousScope, distance) is { } anchor && SubjectAfter(note, scope, distance, anchor) is { } subject)
                    found.Add(new OrderStatement(r.Start, r.Length, r.Text, after ? OrderRelation.After : OrderRelation.Before, subject, anchor) { Distance = distance });
            }
            // "within three years of the withdrawal": no later than the distance after it.
            foreach (var r in note.DatesIn(scope).Where(d => d.Relative?.Direction == RelativeDirection.Within))
                if (OfAfter().Match(text, r.End) is { Success: true } of
                    && Statement(note, scope, r.Start, r.End, r.Text, OrderRelation.After, (r.End + of.Length, scope.End)) is { } s)
                    found.Add(s with { Distance = r });
            // "The Taliban movement formed in 1994. Within a year it held most of the country": no later than the length after
            // the date stated before it, when the bound heads its clause; or within a few of a unit: "Within days, the
            // withdrawal was complete". (Not a length the paper gives the event: "Within twelve months, the US was committed
            // to pulling out" is read against its "within 14 months", see StatedLengths.)
            var bounds = note.DatesIn(scope).Where(d => d is { Kind: DateMentionKind.Duration, Relative.Direction: RelativeDirection.Within })
                .Concat(MatchesIn(WithinFew(), text, scope).Select(Few));
            foreach (var r in bounds)
                if (!OfAfter().Match(text, r.End).Success && r.Text.StartsWith("within", StringComparison.OrdinalIgnoreCase)
                    && IsBlank(text, ClauseStart(text, scope.Start, r.Start), r.Start, allowPunctuation: true)
                    && StatedBefore(note, r.Start) is { } from && SubjectAfter(note, scope, r, from) is { } subject
                    && !(subject.Event is { } e && StatedLengths.HasLength(note.Knowledge, e)))
                    found.Add(new OrderStatement(r.Start, r.Length, r.Text, OrderRelation.After, subject, from) { Distance = r });
            foreach (var m in Connector().EnumerateMatches(text.AsSpan(scope.Start, scope.Length)))
            {
                var (start, end) = (scope.Start + m.Index, scope.Start + m.Index + m.Length);
                if (note.DatesIn(scope).Any(d => d.Start < end && start < d.End) || NoOrder(text, scope, start, end)) continue; // "three days after", "the following year"
                var words = text[start..end];
                var lower = words.ToLowerInvariant();
                // "was followed by Y" puts Y after; "preceded by a week Y" does not: only with its auxiliary is it passive.
                // (Nor a bare participle before its agent: "Res. 1267 ← preceded by the embassy bombings by ~14 months".)
                var passive = lower.EndsWith(" by", StringComparison.Ordinal) && (Auxiliary().IsMatch(lower) || !AmountAt().IsMatch(text, end));
                var relation = lower.Contains("follow") || lower.Contains("after") || lower.Contains("wake") || lower.Contains("heels") || lower.StartsWith("subsequent", StringComparison.Ordinal) || lower.StartsWith("postdat", StringComparison.Ordinal) || lower.StartsWith("outlast", StringComparison.Ordinal)
                    ? OrderRelation.After : OrderRelation.Before;
                // ("X was followed fourteen months later by Y": the "by" after a distance, or a word that stresses it.)
                DateMention? passiveDistance = null;
                (int From, int To)? passiveAnchor = null;
                if (!passive && Auxiliary().IsMatch(lower) && PassiveBy(note, scope, end) is { } passiveBy)
                    (passive, passiveDistance, passiveAnchor) = (true, passiveBy.Distance, (passiveBy.AnchorFrom, scope.End));
                // "X, after which Y": the clause "which" opens is the later one, so X came before it (as with a passive).
                if (passive || WhichAt().IsMatch(text, end)) relation = relation == OrderRelation.After ? OrderRelation.Before : OrderRelation.After;
                if (!passive && SaysWhen(note, scope, lower, end)) continue;
                DateMention? distance = null;
                if (UnitAround().Match(lower) is { Success: true } unit)
                {
                    // "the year after", "the day before": a distance of one unit.
                    var u = unit.Value switch { "day" => TimeUnit.Day, "week" => TimeUnit.Week, "month" => TimeUnit.Month, _ => TimeUnit.Year };
                    distance = new DateMention(start, end - start, null, DateMentionKind.Relative)
                    {
                        Text = words, Relative = new RelativeOffset(1, u, relation == OrderRelation.After ? RelativeDirection.After : RelativeDirection.Before),
                    };
                }
                // "followed the first Doha talks by two weeks", "preceded by a week the date …": a distance after the connector.
                (int From, int To)? anchorSpan = passiveAnchor;
                if (passiveDistance?.Relative is { } offset)
                {
                    var counted = offset with { Direction = relation == OrderRelation.After ? RelativeDirection.After : RelativeDirection.Before };
                    distance = passiveDistance with { Relative = counted, Text = DateDistance.Of(counted) };
                    // (The distance is this statement's, not one counted from the date before it.)
                    found.RemoveAll(f => ReferenceEquals(f.Distance, passiveDistance));
                }
                if (distance is null && passiveAnchor is null && DistanceAfter(text, lower, passive, relation, end, scope) is { } by)
                    (distance, anchorSpan) = by;
                // "It took Russia ten years to reopen its embassy after the 1992 evacuation": the length its clause gives.
                if (distance is null && relation == OrderRelation.After && !passive
                    && TookTo().Match(text, ClauseStart(text, scope.Start, start), start - ClauseStart(text, scope.Start, start)) is { Success: true } took)
                    distance = new DateMention(took.Index, took.Length, null, DateMentionKind.Relative)
                    {
                        Text = $"{took.Groups["amount"].Value} after", Relative = Offset(took.Groups["num"].Value, took.Groups["unit"].Value, RelativeDirection.After),
                    };
                if (Statement(note, scope, start, end, words, relation, anchorSpan) is { } s) found.Add(s with { Distance = distance });
                // "The year before, Rabbani was called to Moscow [@…]": no anchor of its own, counted like "a year earlier".
                // ("…in December 2001. The year after, Washington sent its troops into Iraq": from the date before it.)
                else if (distance is not null && IsBlank(text, end, ClauseEnd(text, end, scope.End), allowPunctuation: true)
                         && (CountedFrom(note, scope, previousScope, distance) ?? StatedBefore(note, start)) is { } from && SubjectAfter(note, scope, distance, from) is { } subject)
                    found.Add(new OrderStatement(start, end - start, words, relation, subject, from) { Distance = distance });
            }
            // "Putin's re-election came in the same year as the killing of Bin Laden": in the anchor's calendar year (month, day).
            foreach (var m in MatchesIn(SameAs(), text, scope))
            {
                var unit = m.Groups["unit"].Value.ToLowerInvariant() switch { "day" => TimeUnit.Day, "month" => TimeUnit.Month, _ => TimeUnit.Year };
                var words = m.Groups["words"].Value;
                var same = new DateMention(m.Groups["words"].Index, words.Length, null, DateMentionKind.Relative)
                {
                    Text = words, Relative = new RelativeOffset(0, unit, RelativeDirection.After),
                };
                if (Statement(note, scope, m.Index, m.Index + m.Length, m.Value, OrderRelation.After) is { } s) found.Add(s with { Distance = same });
            }
            // "The embassy bombings and Resolution 1267 were three years apart", "Only three months separated X from Y".
            foreach (var apart in Apart(note, scope)) found.Add(apart);
            // "The first Moscow Format meeting fell on the 30th anniversary of the Soviet withdrawal".
            foreach (var anniversary in Anniversaries(note, scope)) found.Add(anniversary);
            // "By the time Russia convened its summit, the first Moscow Format meeting had already been held".
            foreach (var byThen in ByTheTime(note, scope)) found.Add(byThen);
            // "First the four-party meeting in Moscow, then the Taliban's own visit".
            foreach (var next in Sequence(note, scope)) found.Add(next);
            // "The centenary reception came first; the second round of talks followed".
            foreach (var first in CameFirst(note, scope)) found.Add(first);
            // "Q: Which came first, Karzai's re-election or Medvedev's endorsement?" / "A: Medvedev's endorsement came first."
            foreach (var first in WhichFirst(note, scope)) found.Add(first);
            // "Q: Did Najibullah resign before or after Yeltsin cut off arms supplies to Kabul?" / "A: After."
            foreach (var answer in BeforeOrAfter(note, scope)) found.Add(answer);
            // "Q: How long after the last Soviet soldier left did the USSR itself collapse?" / "A: Four years later."
            // (The answer's "One week after [@y]." is the question's distance: not an order of the question's words, read as one
            // sentence with it, before the citation that closes the answer.)
            foreach (var answer in HowLong(note, scope))
            {
                found.RemoveAll(s => s.Reads(answer.Distance!));
                found.Add(answer);
            }
            // "It took two years from the start of the US–Taliban talks to the signing in Doha", "…, some 24 months had passed
            // since the talks first got under way".
            foreach (var took in FromTo(note, scope)) found.Add(took);
            // "The third trilateral meeting followed the Islamabad round eighteen months later", "After Beijing, the trilateral met
            // again in Islamabad four months later": a distance counted from nothing before it is that of the statement before it
            // in the same sentence.
            foreach (var r in relatives)
                if (r.Relative!.AnchorText is null && !found.Any(f => f.Reads(r)) && WithoutDistanceBefore(r) is var i and >= 0
                    && text.AsSpan(found[i].End, r.Start - found[i].End).IndexOfAny(';', '.') < 0)
                    found[i] = found[i] with { Distance = r, SubjectWords = Without(found[i].SubjectWords, r.Text), AnchorWords = Without(found[i].AnchorWords, r.Text) };
            // "…in the wake of the embassy bombings in East Africa, barely two months after them": the distance of the
            // statement before it in the sentence, whose anchor "them" points back to.
            foreach (var r in pointingBack)
                if (WithoutDistanceBefore(r) is var j and >= 0)
                    found.Add(found[j] with { Start = r.Start, Length = r.Length, Connector = r.Text, Distance = r });
            previousScope = scope;

            // The last statement of this scope before a distance, of its direction, that gives no distance of its own.
            int WithoutDistanceBefore(DateMention r) =>
                found.FindLastIndex(s => scope.Contains(s.Start) && s.End <= r.Start && s.Distance is null && s.Relation == Direction(r));
        }
        return [.. found.Select(s => Plausible(note, OfTwoThings(s with { Subject = Settled(note, s.Subject, s.Anchor), Anchor = Settled(note, s.Anchor, s.Subject) })))];
    }

    /// <summary>
    /// A statement whose sides, as first read, are years too far apart for its distance, read as the one other event its
    /// words name for which the distance is plausible (or the first of several the paper dates alike): the May 2019
    /// centenary "followed the February meeting in Moscow by barely a month" is of the intra-Afghan meeting of February
    /// 2019, not the trilateral's of 2016 or the Moscow Format's first of February 2017.
    /// </summary>
    private static OrderStatement Plausible(NoteAnalysis note, OrderStatement s)
    {
        if (s.Implausible is null) return s;
        if (s.Subject.Contenders.Count + s.Anchor.Contenders.Count == 0) return NextNamed(note, s);
        var plausible = s.Subject.Readings().Where(x => x.Event is not null)
            .SelectMany(subject => s.Anchor.Readings().Where(x => x.Event is not null).Select(anchor => s with { Subject = subject, Anchor = anchor }))
            .Where(r => r.Implausible is null && !ReferenceEquals(r.Subject.Event, r.Anchor.Event)).ToList();
        // (Or several the paper dates alike, which give one verdict: "the SCO summit" a month before talks of 9–10 July 2015 is
        // the summit of those days, or Ghani's talk with Putin there — not the summit of 2005.)
        return plausible.Count > 0 && plausible.All(r => SameSpan(r.Subject.When, plausible[0].Subject.When) && SameSpan(r.Anchor.When, plausible[0].Anchor.When)) ? plausible[0] : s;
    }

    /// <summary>
    /// An implausible statement whose side named in prose has no contenders, read with the event those words name when that
    /// one is set aside, if exactly one side gives a plausible reading so: "Putin's Valdai speech came two months after the
    /// last combat troops had left Afghanistan" is of 2014, not the Soviet withdrawal of 1989.
    /// </summary>
    private static OrderStatement NextNamed(NoteAnalysis note, OrderStatement s)
    {
        var text = note.Note.Prose.Text;
        var readings = new List<OrderStatement>();
        foreach (var anchorSide in new[] { true, false })
        {
            var (side, other, words) = anchorSide ? (s.Anchor, s.Subject, s.AnchorWords) : (s.Subject, s.Anchor, s.SubjectWords);
            if (side is not { Basis: SideBasis.Named, Event: { } e } || string.IsNullOrWhiteSpace(words)) continue;
            var at = anchorSide ? text.IndexOf(words, s.End, StringComparison.Ordinal) : text.LastIndexOf(words, s.Start, StringComparison.Ordinal);
            if (at < 0 || EventInference.Named(note, at, at + words.Length, among: note.CandidateEvents.Where(x => !ReferenceEquals(x, e) && !ReferenceEquals(x, other.Event)))
                is not { Contenders.Count: 0 } next) continue;
            var reading = anchorSide ? s with { Anchor = TimeSide.Of(next, words) } : s with { Subject = TimeSide.Of(next, words) };
            if (reading.Implausible is null) readings.Add(reading);
        }
        return readings.Count == 1 ? readings[0] : s;
    }

    private static bool SameSpan(HistoricalDate a, HistoricalDate b) => a.Start == b.Start && a.End == b.End;

    /// <summary>
    /// A bare order whose sides are two events of one moment — a citation of the subject's own moment, "Russia's trilateral
    /// summit [@…] took place weeks before the US presidential election [@moscow-summit-after-us-election-2016]" — or any
    /// order whose sides are one event ("The second round of intra-Afghan talks in Moscow came after the summer's US–Taliban
    /// rounds": no event follows itself) is read as the other event the words name (the election's results, the summer's
    /// rounds), when they name one.
    /// </summary>
    private static OrderStatement OfTwoThings(OrderStatement s)
    {
        if (s.Subject.Event is not { } e || s.Anchor.Event is not { } f) return s;
        if (!ReferenceEquals(e, f) && (s.Distance is not null || !e.SameMomentAs(f))) return s;
        if (s.Anchor.Readings().Skip(1).FirstOrDefault() is { } anchor) return s with { Anchor = anchor };
        return s.Subject.Readings().Skip(1).FirstOrDefault() is { } subject ? s with { Subject = subject } : s;
    }

    /// <summary>
    /// A distance between two things that leaves their order to the dates: "X and Y were three years apart", "Only three
    /// months separated X from Y". The later of the two is said to be that far after the other.
    /// </summary>
    private static IEnumerable<OrderStatement> Apart(NoteAnalysis note, ProseScope scope)
    {
        var text = note.Note.Prose.Text;
        foreach (var m in MatchesIn(ApartWords(), text, scope))
        {
            (int From, int To) x, y;
            if (m.Groups["apart"].Success)
            {
                // "X and Y were …": the two before the distance, in its clause, split at their last "and".
                var clauseStart = EventInference.ClauseOf(note, scope, m.Index, m.Index + m.Length)?.Start ?? scope.Start;
                var before = TrailingVerb().Replace(text[clauseStart..m.Index].TrimEnd(), "");
                if (Joined().Matches(before).LastOrDefault(j => j.Value.Equals("and", StringComparison.OrdinalIgnoreCase)) is not { } and) continue;
                (x, y) = ((clauseStart, clauseStart + and.Index), (clauseStart + and.Index + and.Length, clauseStart + before.Length));
            }
            else
            {
                // "… separated X from Y": the two after the verb, to the end of the clause.
                var clauseEnd = ClauseEnd(text, m.Index + m.Length, scope.End);
                var rest = text[(m.Index + m.Length)..clauseEnd];
                if (FromOrAnd().Match(rest) is not { Success: true } split) continue;
                (x, y) = ((m.Index + m.Length, m.Index + m.Length + split.Index), (m.Index + m.Length + split.Index + split.Length, clauseEnd));
            }
            // (Two spans are apart by their starts — "Putin's third and fourth terms were six years apart" — unless the verb
            // names their ends.)
            if (Apart(note, scope, m, x, y, m.Groups["apart"].Success ? text[y.To..m.Index] : "") is { } apart) yield return apart;
        }
        // "Between the Islamabad meeting of November 2013 and the one Russia hosted lay nearly three years", "three years
        // passed between X and Y": the two split at the "and" that leaves a side on either hand.
        foreach (var m in MatchesIn(BetweenWords(), text, scope))
        {
            var sides = m.Groups["sides"];
            var (from, to) = sides.Success ? (sides.Index, sides.Index + sides.Length) : (m.Index + m.Length, ClauseEnd(text, m.Index + m.Length, scope.End));
            foreach (var and in MatchesIn(Joined(), text, new ProseScope(from, to - from, scope.Kind)))
                if (and.Value.Equals("and", StringComparison.OrdinalIgnoreCase)
                    && Apart(note, scope, m, (from, and.Index), (and.Index + and.Length, to), "") is { } apart)
                {
                    yield return apart;
                    break;
                }
        }
    }

    private static OrderStatement? Apart(NoteAnalysis note, ProseScope scope, Match m, (int From, int To) x, (int From, int To) y, string verb)
    {
        var text = note.Note.Prose.Text;
        if (Side(note, scope, x.From, x.To) is not { } first || Side(note, scope, y.From, y.To) is not { } second || !first.When.IsValid || !second.When.IsValid)
            return null;
        var edge = Stages.SpanStart().IsMatch(verb) || Stages.SpanEnd().IsMatch(verb) ? verb : "began";
        (first, second) = (first.AtEdge(edge), second.AtEdge(edge));
        var (subject, anchor) = first.When.Start > second.When.Start ? (first, second) : (second, first);
        var amount = m.Groups["amount"];
        var distance = new DateMention(amount.Index, amount.Length, null, DateMentionKind.Relative)
        {
            Text = amount.Value + " apart",
            Relative = Offset(m.Groups["num"].Value, m.Groups["unit"].Value, RelativeDirection.After),
        };
        return new OrderStatement(m.Index, m.Length, m.Value, OrderRelation.After, subject, anchor)
        {
            Distance = distance,
            SubjectWords = NamedWords(subject, text, subject == first ? x.From : y.From, subject == first ? x.To : y.To),
            AnchorWords = NamedWords(anchor, text, anchor == first ? x.From : y.From, anchor == first ? x.To : y.To),
        };
    }

    /// <summary>The years an anniversary counts, in digits or in words ("the 18th", "the eighteenth"); 0 when it gives none.</summary>
    private static int AnniversaryYears(Match m) =>
        m.Groups["n"].Success ? int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
        : m.Groups["word"].Success ? OrdinalWord(m.Groups["word"].Value) : 0;

    /// <summary>"X fell on the 30th anniversary of Y": X that many years after Y, by the calendar (the anniversary's year).</summary>
    private static IEnumerable<OrderStatement> Anniversaries(NoteAnalysis note, ProseScope scope)
    {
        var text = note.Note.Prose.Text;
        foreach (var m in MatchesIn(OnAnniversary(), text, scope))
        {
            var (end, clauseStart) = (m.Index + m.Length, EventInference.ClauseOf(note, scope, m.Index, m.Index + m.Length)?.Start ?? scope.Start);
            var clauseEnd = ClauseEnd(text, end, scope.End);
            if (Side(note, scope, clauseStart, m.Index) is not { } subject || Side(note, scope, end, clauseEnd) is not { } anchor) continue;
            if (AnniversaryYears(m) is not (> 0 and var years)) continue;
            yield return new OrderStatement(m.Index, m.Length, m.Value, OrderRelation.After, subject, anchor)
            {
                // ("the …" counts by the calendar.)
                Distance = new DateMention(m.Index, m.Length, null, DateMentionKind.Relative) { Text = m.Groups["said"].Value, Relative = new RelativeOffset(years, TimeUnit.Year, RelativeDirection.After) },
                SubjectWords = NamedWords(subject, text, clauseStart, m.Index),
                AnchorWords = NamedWords(anchor, text, end, clauseEnd),
            };
        }
    }

    /// <summary>
    /// "By the time X, Y had (already) happened", "Y had already happened when X": Y came before X, or by then. Only with the past perfect: "By the time X,
    /// Y was …" says what held then, not what came first.
    /// </summary>
    private static IEnumerable<OrderStatement> ByTheTime(NoteAnalysis note, ProseScope scope)
    {
        var text = note.Note.Prose.Text;
        foreach (var m in MatchesIn(ByTheTimeWords(), text, scope))
        {
            var then = m.Index + m.Length;
            // (With its bracket: "By the time Russia convened its summit (26 December 2016), …".)
            var comma = WithBracket(text, ClauseEnd(text, then, scope.End), scope.End);
            // "Moscow had already entered the peace process [@…] by the time the QCG held its first meeting": the clause
            // before, in the past perfect, came first.
            var from = ClauseStart(text, scope.Start, m.Index);
            if (m.Groups["when"].Success && (m.Index <= scope.Start || !HadAlready().IsMatch(text.AsSpan(from, m.Index - from))))
                continue;
            if ((comma >= scope.End || text[comma] != ',') && m.Index > scope.Start)
            {
                if (PastPerfect().IsMatch(text.AsSpan(from, m.Index - from))
                    && Side(note, scope, from, m.Index) is { } first && Side(note, scope, then, comma) is { } time && first.When.IsValid && time.When.IsValid)
                    yield return new OrderStatement(m.Index, m.Length, m.Groups["when"].Success ? "had already … when" : m.Value, OrderRelation.Before, first, time)
                    {
                        SubjectWords = NamedWords(first, text, from, m.Index), AnchorWords = NamedWords(time, text, then, comma),
                    };
                continue;
            }
            if (comma >= scope.End || text[comma] != ',') continue;
            var end = ClauseEnd(text, comma + 1, scope.End);
            if (PastPerfect().Match(text, comma + 1, end - comma - 1) is not { Success: true } had) continue;
            if (Side(note, scope, then, comma) is not { } anchor || Side(note, scope, comma + 1, end) is not { } subject || !anchor.When.IsValid || !subject.When.IsValid)
                continue;
            yield return new OrderStatement(m.Index, m.Length, m.Value, OrderRelation.Before, subject, anchor)
            {
                // (Its words without what it had done: "the first Moscow Format meeting", not "… had already been held".)
                SubjectWords = NamedWords(subject, text, comma + 1, had.Index),
                AnchorWords = NamedWords(anchor, text, then, comma),
            };
        }
    }

    /// <summary>
    /// "X, then Y", "First X, then Y", "X, and only after that did Y": Y came after X, each side an event the words cite or name (a list of what happened
    /// in turn, not a clause of its own: "…, then resigned" names nothing).
    /// </summary>
    private static IEnumerable<OrderStatement> Sequence(NoteAnalysis note, ProseScope scope)
    {
        var text = note.Note.Prose.Text;
        foreach (var m in MatchesIn(ThenWords(), text, scope))
        {
            var (from, end) = (m.Index + m.Length, ClauseEnd(text, m.Index + m.Length, scope.End));
            // (Not a lead-in before a colon, nor the "first" of a list: "Sequence that autumn: first the four-way session …".)
            var start = AfterLeadIn(text, EventInference.ClauseOf(note, scope, m.Index - 1, m.Index)?.Start ?? scope.Start, m.Index);
            if (FirstWord().Match(text, start, m.Index - start) is { Success: true } first) start = first.Index + first.Length;
            // (Two events, neither dated in the words: a date of either is a claim of its own — "Karzai elected a second
            // time in Sept 2009, then announces he's ready to reconcile".)
            if (UndatedPair(note, scope, (start, m.Index), (from, end)) is not var (anchor, subject)) continue;
            var then = m.Groups["then"];
            yield return new OrderStatement(then.Index, then.Length, then.Value, OrderRelation.After, subject, anchor)
            {
                SubjectWords = NamedWords(subject, text, from, end),
                AnchorWords = NamedWords(anchor, text, start, m.Index),
            };
        }
    }

    /// <summary>
    /// "X came first; Y followed (it)", "X came first, and Y came after it": Y after X, each side an event the words cite or
    /// name, neither dated there ("X came first; Y followed in 2003" times Y, read as such).
    /// </summary>
    private static IEnumerable<OrderStatement> CameFirst(NoteAnalysis note, ProseScope scope)
    {
        var text = note.Note.Prose.Text;
        foreach (var m in MatchesIn(FirstThenFollowed(), text, scope))
        {
            var (first, then) = (m.Groups["first"], m.Groups["then"]);
            var start = AfterLeadIn(text, EventInference.ClauseOf(note, scope, first.Index - 1, first.Index)?.Start ?? scope.Start, first.Index);
            var from = m.Groups["y"].Index;
            if (then.Index + then.Length > scope.End || StatedIn(note, then.Index, ClauseEnd(text, then.Index, scope.End)) is not null
                || UndatedPair(note, scope, (start, first.Index), (from, then.Index)) is not var (anchor, subject) || ReferenceEquals(anchor.Event, subject.Event))
                continue;
            yield return new OrderStatement(then.Index, then.Length, then.Value, OrderRelation.After, subject, anchor)
            {
                SubjectWords = NamedWords(subject, text, from, then.Index),
                AnchorWords = NamedWords(anchor, text, start, first.Index),
            };
        }
    }

    /// <summary>
    /// The two sides of an order told in turn, each an event the words cite or name with a time, and no date anywhere from
    /// the first's words to the end of the second's (which would be a claim of its own); null otherwise.
    /// </summary>
    private static (TimeSide Earlier, TimeSide Later)? UndatedPair(NoteAnalysis note, ProseScope scope, (int From, int To) earlier, (int From, int To) later) =>
        StatedIn(note, earlier.From, later.To) is null
        && Side(note, scope, earlier.From, earlier.To) is { Event: not null, Date: null, When.IsValid: true } first
        && Side(note, scope, later.From, later.To) is { Event: not null, Date: null, When.IsValid: true } second ? (first, second) : null;

    /// <summary>"… came first; [and] [then] Y followed", "… was first, and Y came after" (Y a phrase of a clause, 200 characters at most).</summary>
    [GeneratedRegex(@"\s(?<first>(?i:came|happened|was|occurred|took\s+place)\s+first)\s*(?:[,;]|\s[—–])\s*(?i:and\s+)?(?i:then\s+)?(?<y>[^,;.?!\n]{1,200}?)\s(?<then>(?i:followed|came\s+(?:after|later|next|second)|happened\s+(?:after|later|next)))(?![\w-])")]
    private static partial Regex FirstThenFollowed();

    /// <summary>
    /// "Q: Which came first, X or Y?" / "A: Y came first.": the one of the two the answer's words repeat more came before
    /// the other, each an event the question's words cite or name.
    /// </summary>
    private static IEnumerable<OrderStatement> WhichFirst(NoteAnalysis note, ProseScope scope)
    {
        var text = note.Note.Prose.Text;
        var (question, q) = Asked(note, scope, WhichCameFirst());
        if (!q.Success) yield break;
        var (a, b) = (q.Groups["a"], q.Groups["b"]);
        if (TwoEvents(note, question, a, b) is not var (first, second)) yield break;
        var from = AnswerFrom(note, scope, question, q);
        // (Not an answer that orders the two in words of its own: "The resignation came before the rocket attack" is read as such.)
        if (from >= scope.End || OwnOrder().IsMatch(text.AsSpan(from, scope.End - from))) yield break;
        var said = Words(text[from..scope.End]);
        var (ofFirst, ofSecond) = (said.Count(Words(a.Value).Contains), said.Count(Words(b.Value).Contains));
        if (ofFirst == ofSecond) yield break;
        var (subject, anchor, subjectWords, anchorWords) = ofFirst > ofSecond ? (first, second, a.Value, b.Value) : (second, first, b.Value, a.Value);
        yield return new OrderStatement(from, scope.End - from, "came first", OrderRelation.Before, subject, anchor)
        {
            SubjectWords = Phrase(subjectWords, 0, subjectWords.Length), AnchorWords = Phrase(anchorWords, 0, anchorWords.Length),
        };

        // (Words that say what happened, in lower case: not "the", "came", "first".)
        static HashSet<string> Words(string words) => [.. EventInference.AnyWord().Matches(words.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => w.Length > 2 && !EventInference.IsStopWord(w) && w is not ("came" or "first" or "earlier" or "the"))];
    }

    /// <summary>Where the answer's words begin: after the question in its own scope, and after a label ("A:", "Back:").</summary>
    private static int AnswerFrom(NoteAnalysis note, ProseScope scope, ProseScope question, Match q)
    {
        var start = ReferenceEquals(question, scope) ? q.Index + q.Length : scope.Start;
        return AnswerLabel().Match(note.Note.Prose.Text, start, scope.End - start) is { Success: true } label ? label.Index + label.Length : start;
    }

    /// <summary>The two events a question's phrases cite or name, when they are two, each with a time.</summary>
    private static (TimeSide, TimeSide)? TwoEvents(NoteAnalysis note, ProseScope question, Group a, Group b) =>
        Side(note, question, a.Index, a.Index + a.Length) is { Event: not null } first && Side(note, question, b.Index, b.Index + b.Length) is { Event: not null } second
        && !ReferenceEquals(first.Event, second.Event) && first.When.IsValid && second.When.IsValid ? (first, second) : null;

    /// <summary>
    /// A question a scope asks or answers, and where it stands: the question and its answer in one paragraph, or the
    /// question the paragraph before.
    /// </summary>
    private static (ProseScope Question, Match Match) Asked(NoteAnalysis note, ProseScope scope, Regex asks)
    {
        var text = note.Note.Prose.Text;
        return asks.Match(text, scope.Start, scope.Length) is { Success: true } within ? (scope, within)
            : note.Note.Prose.AskedBefore(scope) is { } before ? (before, asks.Match(text, before.Start, before.Length)) : (scope, Match.Empty);
    }

    /// <summary>
    /// "Q: Did X happen before or after Y?" / "A: After." (or "Front: X — before or after Y?" / "Back: Before."): X before or
    /// after Y as the answer's first word says, each an event the question's words cite or name.
    /// </summary>
    private static IEnumerable<OrderStatement> BeforeOrAfter(NoteAnalysis note, ProseScope scope)
    {
        var text = note.Note.Prose.Text;
        var (question, q) = Asked(note, scope, BeforeOrAfterQuestion());
        if (!q.Success) yield break;
        var from = AnswerFrom(note, scope, question, q);
        if (from >= scope.End || OneWordAnswer().Match(text, from, scope.End - from) is not { Success: true } answer) yield break;
        var (a, b) = (q.Groups["a"], q.Groups["b"]);
        if (TwoEvents(note, question, a, b) is not var (subject, anchor)) yield break;
        var word = answer.Groups["word"].Value.ToLowerInvariant();
        yield return new OrderStatement(answer.Index, answer.Length, word, word == "before" ? OrderRelation.Before : OrderRelation.After, subject, anchor)
        {
            SubjectWords = Phrase(a.Value, 0, a.Value.Length), AnchorWords = Phrase(b.Value, 0, b.Value.Length),
        };
    }

    /// <summary>
    /// "Q: How long after Y did X happen?" / "A: Four years later.": X that far after (or before) Y, each an event the
    /// question's words cite or name, when the answer opens with the distance.
    /// </summary>
    private static IEnumerable<OrderStatement> HowLong(NoteAnalysis note, ProseScope scope)
    {
        var text = note.Note.Prose.Text;
        var (question, q) = Asked(note, scope, HowLongQuestion());
        if (!q.Success) yield break;
        var from = AnswerFrom(note, scope, question, q);
        if (note.DatesIn(scope).FirstOrDefault(d => d.Start >= from) is not { Relative: { Direction: RelativeDirection.After or RelativeDirection.Before } } distance
            || !text.AsSpan(from, distance.Start - from).Trim(" \t*_\"'“”").IsEmpty)
            yield break;
        var (a, b) = (q.Groups["a"], q.Groups["b"]);
        if (TwoEvents(note, question, a, b) is not var (subject, anchor)) yield break;
        var after = q.Groups["dir"].Value.Equals("after", StringComparison.OrdinalIgnoreCase);
        // (The answer's "later" or "earlier" says nothing the question does not: the distance is the question's way.)
        if ((distance.Relative.Direction == RelativeDirection.After) != after && !AnswerWay().IsMatch(distance.Text)) yield break;
        yield return new OrderStatement(distance.Start, distance.Length, distance.Text, after ? OrderRelation.After : OrderRelation.Before, subject, anchor)
        {
            Distance = distance, SubjectWords = Phrase(a.Value, 0, a.Value.Length), AnchorWords = Phrase(b.Value, 0, b.Value.Length),
        };
    }

    /// <summary>"How long after Y did X …?", "How many years before Y was X …?", "X came how long before Y?" (each side a phrase of a line, 200 characters at most).</summary>
    [GeneratedRegex(@"(?i)\bhow\s+(?:long|many\s+(?:days|weeks|months|years))\s+(?<dir>after|before)\s+(?<b>[^?\n]{1,200}?)\s+(?:did|was|were|had|could)\s+(?<a>[^?\n]{1,200}?)\s*\?"
        + @"|(?<a>[^\s?:][^?\n:]{0,199}?)\s+(?:came|happened|occurred|took\s+place|was\s+\w+ed)\s+how\s+(?:long|many\s+(?:days|weeks|months|years))\s+(?<dir>after|before)\s+(?<b>[^?\n]{1,200}?)\s*\?")]
    private static partial Regex HowLongQuestion();

    /// <summary>A distance written with "later" or "earlier", which an answer may write either way.</summary>
    [GeneratedRegex(@"(?i)\b(?:later|earlier)\s*$")]
    private static partial Regex AnswerWay();

    /// <summary>"Did X … before or after Y?", "X — before or after Y?" (each side a phrase of a line, 200 characters at most).</summary>
    [GeneratedRegex(@"(?i)(?:\b(?:did|was|were|is|does|had|has)\s+)?(?<a>[^\s?:][^?\n:]{0,199}?)\s*[—–,]?\s+before\s+or\s+after\s+(?<b>[^?\n]{1,200}?)\s*\?")]
    private static partial Regex BeforeOrAfterQuestion();

    /// <summary>An answer that is "Before" or "After" alone, closed by a full stop or the end: "After.", "Before — …".</summary>
    [GeneratedRegex(@"\G\W*(?<word>(?i:before|after))(?=\s*(?:[.!;—–]|$))")]
    private static partial Regex OneWordAnswer();

    /// <summary>(Each side a phrase of a line, 200 characters at most: a long paragraph is no question of two things.)</summary>
    [GeneratedRegex(@"(?i)\bwhich\s+(?:came|happened|was|occurred|took\s+place)\s+(?:first|earlier)\s*[,:]?\s+(?<a>[^?\n]{1,200}?)\s*,?\s+or\s+(?<b>[^?\n]{1,200}?)\s*\?")]
    private static partial Regex WhichCameFirst();

    [GeneratedRegex(@"(?i)\b(?:before|after|then|later|earlier|preceded|followed|prior|since|until)\b")]
    private static partial Regex OwnOrder();

    [GeneratedRegex(@"\G\W*(?i:" + NoteParser.AnswerLabels + @")\s*[:.]\s*")]
    private static partial Regex AnswerLabel();

    /// <summary>"…, then", "…, and only after that did", "…, and only afterwards is", "…; after that".</summary>
    [GeneratedRegex(@"[,;]\s+(?:and\s+)?(?<then>(?i:then|(?:only\s+)?after(?:\s+that|wards?)(?:\s+(?:did|do|does|came|comes|is|was|were|are))?))\s+(?=\S)")]
    private static partial Regex ThenWords();

    [GeneratedRegex(@"\G\s*(?i:first)\s+")]
    private static partial Regex FirstWord();

    /// <summary>"by the time", and "when" after a clause that says what had already been done ("Najibullah had already resigned when …").</summary>
    [GeneratedRegex(@"(?<![\w-])(?i:by\s+the\s+time|(?<when>when))(?=\s)")]
    private static partial Regex ByTheTimeWords();

    [GeneratedRegex(@"(?i)\bhad\s+already\s+\w+")]
    private static partial Regex HadAlready();

    /// <summary>"had already been held", "had opened", "had long left": what was done before a time.</summary>
    [GeneratedRegex(@"(?i)\bhad\s+(?:already\s+|long\s+|just\s+)?\w+")]
    private static partial Regex PastPerfect();

    /// <summary>A pattern's matches within a sentence, without copying the text before it.</summary>
    internal static IEnumerable<Match> MatchesIn(Regex pattern, string text, ProseScope scope)
    {
        for (var m = pattern.Match(text, scope.Start, scope.Length); m.Success; m = m.NextMatch()) yield return m;
    }

    /// <summary>A verb in the past that opens words without their subject: "reopened fifteen years after …".</summary>
    [GeneratedRegex(@"^\s*[a-z]{3,}ed\b")]
    private static partial Regex PastParticiple();

    /// <summary>Where a stretch's words begin after a lead-in before a colon: "Nice detail: the first Moscow Format meeting …".</summary>
    private static int AfterLeadIn(string text, int from, int to) =>
        to > from && text.LastIndexOf(": ", to - 1, to - from, StringComparison.Ordinal) is var colon and >= 0 ? colon + 2 : from;

    /// <summary>
    /// "It took Russia fifteen years after the closure of its Kabul mission to resume an active Afghan policy": what the
    /// infinitive tells came the distance after what the words before it name. Null for another shape, or when either
    /// side names nothing.
    /// </summary>
    private static OrderStatement? TookAfter(NoteAnalysis note, ProseScope scope, DateMention distance)
    {
        var text = note.Note.Prose.Text;
        var clauseStart = ClauseStart(text, scope.Start, distance.Start);
        if (distance.Relative?.Direction != RelativeDirection.After || !ItTook().IsMatch(text.AsSpan(clauseStart, distance.Start - clauseStart))) return null;
        var end = ClauseEnd(text, distance.End, scope.End);
        if (Infinitive().Match(text, distance.End, end - distance.End) is not { Success: true } to) return null;
        if (Side(note, scope, distance.End, to.Index) is not { } anchor || Side(note, scope, to.Index + to.Length, end) is not { Event: not null } subject
            || !anchor.When.IsValid || !subject.When.IsValid)
            return null;
        return new OrderStatement(distance.Start, distance.Length, distance.Text, OrderRelation.After, subject, anchor)
        {
            Distance = distance,
            SubjectWords = NamedWords(subject, text, to.Index + to.Length, end),
            AnchorWords = NamedWords(anchor, text, distance.End, to.Index),
        };
    }

    /// <summary>
    /// A length between two things the sentence names: "It took two years from the start of the US–Taliban talks to the
    /// signing in Doha", "It took the Taliban four years to go from a movement of village clerics to masters of most of
    /// Afghanistan" (the second after the first by the length); "When they signed in Doha, some 24 months had passed since
    /// the talks first got under way" (the clause before, after what "since" names).
    /// </summary>
    private static IEnumerable<OrderStatement> FromTo(NoteAnalysis note, ProseScope scope)
    {
        var text = note.Note.Prose.Text;
        foreach (var m in MatchesIn(LengthFromTo(), text, scope))
        {
            var amount = m.Groups["amount"];
            var end = ClauseEnd(text, m.Index + m.Length, scope.End);
            (int From, int To) first, second;
            if (m.Groups["since"].Success)
            {
                // (The clause the length closes: "When they signed in Doha, " before it.)
                var comma = amount.Index > scope.Start ? text.LastIndexOf(',', amount.Index - 1, amount.Index - scope.Start) : -1;
                if (comma < 0 || !IsBlank(text, comma + 1, amount.Index)) continue;
                (first, second) = ((m.Index + m.Length, end), (scope.Start, comma));
            }
            else if (FromToEnd().Match(text, m.Index + m.Length, end - m.Index - m.Length) is { Success: true } to)
                (first, second) = ((m.Index + m.Length, to.Index), (to.Index + to.Length, end));
            else continue;
            if (Side(note, scope, first.From, first.To) is not { } anchor || Side(note, scope, second.From, second.To) is not { } subject
                || (anchor.Event is null && subject.Event is null) || !anchor.When.IsValid || !subject.When.IsValid) continue;
            var distance = new DateMention(amount.Index, amount.Length, null, DateMentionKind.Relative)
            {
                Text = $"{amount.Value} after", Relative = DateWords.Offset(m.Groups["num"].Value, m.Groups["unit"].Value, RelativeDirection.After),
            };
            yield return new OrderStatement(amount.Index, amount.Length, amount.Value, OrderRelation.After, subject, anchor)
            {
                Distance = distance, SubjectWords = NamedWords(subject, text, second.From, second.To), AnchorWords = NamedWords(anchor, text, first.From, first.To),
            };
        }
    }

    /// <summary>"took (Russia) two years (to go) from", "some 24 months had passed since".</summary>
    [GeneratedRegex(@"(?i)(?:" + TookLength + @"\s+(?:to\s+(?:go|get|move|travel|pass)\s+)?from\s"
        + @"|(?<amount>" + PatternParts.Approximately + PatternParts.Number + @"\s+" + PatternParts.Unit + @")\s+(?:had|have)\s+(?:passed|elapsed|gone\s+by)\s+(?<since>since)\s)")]
    private static partial Regex LengthFromTo();

    /// <summary>The "to" that ends the first of two things a length is from and to.</summary>
    [GeneratedRegex(@"\s+to\s+(?!(?:go|get|be|have|make|sign|the\s+day\s+of)\b)")]
    private static partial Regex FromToEnd();

    /// <summary>One side of a distance that names both: the event its words cite, else the date they give, else the event they name.</summary>
    private static TimeSide? Side(NoteAnalysis note, ProseScope scope, int from, int to)
    {
        from = AfterLeadIn(note.Note.Prose.Text, from, to);
        if (note.CitedIn(scope).FirstOrDefault(c => c.Reference.Start >= from && c.Reference.End <= to) is { Event: { } cited }) return Cited(note, cited, from, to);
        if (StatedIn(note, from, to) is { } date) return new TimeSide(SideBasis.Stated, date.Date!, null, date);
        return NamedIn(note, from, to) is { } named ? TimeSide.Of(named, Phrase(note.Note.Prose.Text, from, to)) : null;
    }

    /// <summary>
    /// "…was followed fourteen months later by Y": the "by" of a passive connector set apart from it by a relative date of
    /// the note or by words that stress it; where the anchor's words start, and the distance.
    /// </summary>
    private static (DateMention? Distance, int AnchorFrom)? PassiveBy(NoteAnalysis note, ProseScope scope, int end)
    {
        var text = note.Note.Prose.Text;
        if (LaterBy().Match(text, end) is not { Success: true } by || by.Index + by.Length > scope.End) return null;
        var byAt = by.Groups["by"].Index;
        var distance = note.DatesIn(scope).FirstOrDefault(d => d.Kind == DateMentionKind.Relative && d.Start >= end && d.End <= byAt);
        var rest = distance is null ? text[end..byAt] : text[end..distance.Start] + text[distance.End..byAt];
        return IsBlank(rest, 0, rest.Length) || Stressing().IsMatch(" " + rest.Trim()) ? (distance, by.Index + by.Length) : null;
    }

    [GeneratedRegex(@"\G[^,;.\[\]]{1,40}?\s(?<by>by)\s")]
    private static partial Regex LaterBy();

    /// <summary>
    /// The distance "followed"/"preceded" (or "predates", "outlasted") give with "by" ("followed Y by two weeks", "preceded by
    /// a week Y", "predates Y by two years"), and where the anchor's words are: after it when it comes first, else before it.
    /// </summary>
    private static (DateMention Distance, (int From, int To) Anchor)? DistanceAfter(string text, string connector, bool passive, OrderRelation relation, int end, ProseScope scope)
    {
        var clauseEnd = ClauseEnd(text, end, scope.End);
        if (!connector.Contains("followed", StringComparison.Ordinal) && !connector.Contains("preceded", StringComparison.Ordinal) && !DatesVerb().IsMatch(connector)) return null;
        // ("preceded by a week Y": the connector took the "by".)
        var from = !passive && connector.EndsWith(" by", StringComparison.Ordinal) ? end - 2 : end;
        // ("followed the bombings within weeks": at most a few of the unit — two months, two weeks; "within months" is left
        // alone, as loose as a writer may mean it.)
        if (ByDistance().Match(text, from, clauseEnd - from) is not { Success: true } by)
            return WithinFew().Match(text, from, clauseEnd - from) is { Success: true } few && relation == OrderRelation.After
                ? (Few(few), IsBlank(text, end, few.Index) ? (few.Index + few.Length, scope.End) : (end, few.Index))
                : null;
        var direction = relation == OrderRelation.After ? RelativeDirection.After : RelativeDirection.Before;
        var distance = new DateMention(by.Index, by.Length, null, DateMentionKind.Relative)
        {
            Text = $"{by.Groups["amount"].Value} {(direction == RelativeDirection.After ? "after" : "before")}",
            Relative = Offset(by.Groups["num"].Value, by.Groups["unit"].Value, direction),
        };
        return (distance, IsBlank(text, end, by.Index) ? (by.Index + by.Length, scope.End) : (end, by.Index));
    }

    /// <summary>
    /// A cited side, with the event its words name in full when that is another ("one week after Trump called off his Camp
    /// David meeting [[camp-david-meeting-planned-2019]]": the citation may be meant for the cancellation): the dates
    /// deny the statement only if they deny it for both.
    /// </summary>
    private static TimeSide Cited(NoteAnalysis note, Event cited, int from, int to)
    {
        var side = new TimeSide(SideBasis.Cited, cited.Date, cited, null).AtEdge(Phrase(note.Note.Prose.Text, from, to));
        return EventInference.Named(note, from, to) is { } named && !ReferenceEquals(named.Event, cited) ? side with { Contenders = [named.Event] } : side;
    }

    private static EventMatch? NamedInFull(NoteAnalysis note, int from, int to, Event other) =>
        EventInference.Named(note, from, to) is { Contenders.Count: 0 } named && !ReferenceEquals(named.Event, other) ? named : null;

    /// <summary>
    /// The event a short phrase names as related to another: one of its kind ("the Beijing one"), or one the paper times it
    /// by or by it, named as loosely as a cited one or by a key term of its own ("the withdrawal").
    /// </summary>
    private static EventMatch? RelatedTo(NoteAnalysis note, int from, int to, Event kind) =>
        EventInference.Sibling(note, from, to, kind) ?? EventInference.Named(note, from, to, among: Partners(note, kind), cited: true)
        ?? EventInference.KeyTermOf(note, from, to, Partners(note, kind));

    /// <summary>
    /// "Russia reopened its Kabul embassy ten years after closing it", "…after it had been shut": words whose "it" is the
    /// subject's thing name what was done to it — another event that the subject's words and these name together, one of
    /// whose key terms these words hold. Null when the words point back to nothing or name no such event.
    /// </summary>
    private static EventMatch? DoneToIt(NoteAnalysis note, (int From, int To) subject, (int From, int To) words, Event subjectEvent)
    {
        var text = note.Note.Prose.Text;
        if (!ThePronoun().IsMatch(text.AsSpan(words.From, words.To - words.From)) || subject.From >= subject.To) return null;
        return EventInference.Named(note, subject.From, words.To, among: note.CandidateEvents.Where(e => !ReferenceEquals(e, subjectEvent))) is { } done
               && EventInference.KeyTermOf(note, words.From, words.To, [done.Event]) is not null ? done : null;
    }

    [GeneratedRegex(@"(?<![\w-])(?i:it|they|them)(?![\w-])")]
    private static partial Regex ThePronoun();

    /// <summary>The events the paper times an event by, or times by it (its knowledge anchor, the events anchored on it).</summary>
    private static List<Event> Partners(NoteAnalysis note, Event e) =>
        [.. note.Knowledge.Events.Where(x => x.Id == e.AnchorId || x.AnchorId == e.Id)];

    /// <summary>
    /// The event words name that the paper dates more finely within the year or month they state: "Medvedev endorsed Obama's
    /// Afghan strategy in 2009" is December 2009, "after the US–Taliban talks began in 2018" after September 2018. Null when
    /// the stated date is the side.
    /// </summary>
    private static EventMatch? NamedWithin(NoteAnalysis note, int from, int to, DateMention date, bool nearEnd = false, Event? other = null) =>
        date.Date is { Precision: DatePrecision.Year or DatePrecision.Month } stated && NamedIn(note, from, to, nearEnd, other) is { } named
        && !ReferenceEquals(named.Event, other) && named.Event.Date.IsValid && DateAgreement.Agrees(date, named.Event.Date)
        && named.Event.Date.Length < stated.Length
            ? named : null;

    /// <summary>A side as <see cref="Known"/> reads it, with the other events of its event's moment.</summary>
    private static TimeSide Settled(NoteAnalysis note, TimeSide side, TimeSide other)
    {
        var known = Known(note, side, other);
        return known.AsEvent is { } e
            ? known with
            {
                Moment = [.. note.Knowledge.Events.Where(e.SameMomentAs)],
                ContendersMoment = [.. note.Knowledge.Events.Where(x => known.Contenders.Any(c => c.SameMomentAs(x)))],
            }
            : known;
    }

    /// <summary>A stated day that is the day of the one paper event the paper times the other side's event by.</summary>
    private static TimeSide Known(NoteAnalysis note, TimeSide side, TimeSide other)
    {
        if (side.Basis != SideBasis.Stated || other.Event is not { } e || side.When is not { Precision: DatePrecision.Day } day) return side;
        var partners = note.Knowledge.Events.Where(x => (e.AnchorId == x.Id && e.Order is not null) || (x.AnchorId == e.Id && x.Order is not null))
            .Where(x => x.Date.Precision == DatePrecision.Day && x.Date.Start == day.Start).ToList();
        return partners.Count == 1 ? side with { Known = partners[0] } : side;
    }

    /// <summary>
    /// Whether a scope puts something before or after something else in words ("months after the last troops…"), read
    /// or not, in a way that may make a date of it the other thing's: the date stands within the words after the
    /// connector, in their clause ("…seven weeks before his inauguration in January 2009"), or the scope times by a
    /// span ("within three years of", "hidden for more than two years"). A date before the connector, or after the
    /// clause it opens, is the sentence's own ("Obama phoned Medvedev in May 2012, before the news went public").
    /// </summary>
    public static bool RelatesTimes(NoteAnalysis note, ProseScope scope, DateMention date, Event of) =>
        Relating(note, scope, of).Any(r => r.From <= date.Start && date.Start < r.To);

    /// <summary>Whether a date stands in the words a connector or a distance opens ("in the wake of the 9/11 attacks"): the other thing's.</summary>
    public static bool DatesTheOtherThing(NoteAnalysis note, ProseScope scope, DateMention date) => ReachesHolding(note, scope, date).Any();

    /// <summary>
    /// Whether a citation of a scope is of what the words a connector or a distance opens name, not of a date outside them:
    /// "Yeltsin's cut-off took effect on 1 January 1992 — one week after Gorbachev resigned [[gorbachev-resigns-1991]]".
    /// </summary>
    public static bool CitesTheOtherThing(NoteAnalysis note, ProseScope scope, DateMention date, Event cited) =>
        Reaches(note, scope).Any(r => !(r.From <= date.Start && date.Start < r.To)
            && note.CitedIn(scope).FirstOrDefault(c => ReferenceEquals(c.Event, cited) && r.From <= c.Reference.Start && c.Reference.Start < r.To) is { Event: not null } citation
            && EventInference.Named(note, r.From, citation.Reference.Start, among: [cited], cited: true) is not null
            // (Not when the words before them name it as surely: "A Taliban delegation went to Moscow in late September 2019, a
            // week after the US–Taliban meeting collapsed [@taliban-delegation-visits-moscow-2019]" dates the delegation.)
            && !(date.End <= r.From && EventInference.Names(note, scope.Start, r.From, cited))
            // (Nor words the cited event's own title orders it by, which restate it: "The Russian embassy … was evacuated in
            // 1993 after it was set on fire during the civil war [@russian-embassy-evacuated-1992]".)
            && !(MatchesIn(Connector(), note.Note.Prose.Text, scope).LastOrDefault(m => m.Index + m.Length == r.From) is { } connector
                 && OrderedByItsTitle(cited, connector.Value, Phrase(note.Note.Prose.Text, r.From, citation.Reference.Start))));

    private static IEnumerable<(int From, int To)> ReachesHolding(NoteAnalysis note, ProseScope scope, DateMention date) =>
        Reaches(note, scope).Where(r => r.From <= date.Start && date.Start < r.To);

    /// <summary>
    /// The stretches of a scope whose dates may time something else than the sentence's event: <see cref="Reaches"/>, or
    /// all of it when it times by a span other than the event's own length.
    /// </summary>
    internal static List<(int From, int To)> Relating(NoteAnalysis note, ProseScope scope, Event of) =>
        TimesBySpan(note, scope, of) ? [(scope.Start, scope.End), .. Reaches(note, scope)] : Reaches(note, scope);

    /// <summary>
    /// "within three years of the withdrawal" and "hidden for more than two years" time one thing by another; "a
    /// decade-long war", "the two-year honeymoon" only say how long something lasted, and so does the event's own length
    /// ("Putin began his third term in 2012, this time for six years"), and so does a length that measures the thing
    /// named after it ("a reception for 100 years of diplomatic relations").
    /// </summary>
    private static bool TimesBySpan(NoteAnalysis note, ProseScope scope, Event of) =>
        note.DatesIn(scope).Any(d => d.Relative?.Direction == RelativeDirection.Within
            || (d.Kind == DateMentionKind.Duration && d.Text.StartsWith("for ", StringComparison.OrdinalIgnoreCase) && !StatedLengths.IsItsOwnSpan(of, d.Relative!)
                && !OfAfter().Match(note.Note.Prose.Text, d.End).Success));

    /// <summary>The words each connector or anchored distance of a scope opens, to the end of their clause.</summary>
    private static List<(int From, int To)> Reaches(NoteAnalysis note, ProseScope scope) =>
        note.Memo((nameof(Reaches), scope.Start, scope.Length), () =>
        {
            var text = note.Note.Prose.Text;
            var dates = note.DatesIn(scope).ToList();
            var found = new List<(int From, int To)>();
            foreach (var d in dates.Where(d => d.Relative?.AnchorText is not null || (d.Relative?.Direction == RelativeDirection.Within && OfAfter().Match(text, d.End).Success)))
                found.Add((d.End, WithBracket(text, ClauseEnd(text, d.End, scope.End), scope.End)));
            foreach (var m in Connector().EnumerateMatches(text.AsSpan(scope.Start, scope.Length)))
            {
                var (start, end) = (scope.Start + m.Index, scope.Start + m.Index + m.Length);
                // (Nor "followed in October 2013", which says when; a passive "was followed in 2003 by Y" still relates.)
                var lower = text[start..end].ToLowerInvariant();
                if (!dates.Any(d => d.Start < end && start < d.End) && !NoOrder(text, scope, start, end) && !(SaysWhen(note, scope, lower, end) && !Auxiliary().IsMatch(lower))) found.Add((end, RelativeClauseEnd(text, scope.Start, start, end, WithBracket(text, ClauseEnd(text, end, scope.End), scope.End)))); // not "the following year"
            }
            // "three days short of the 18th anniversary of 9/11": what an anniversary is of is another thing; so is what
            // "it took fifteen years from" counts from, up to the "to" of where it got.
            foreach (var m in AnniversaryOf().EnumerateMatches(text.AsSpan(scope.Start, scope.Length)))
                found.Add((scope.Start + m.Index + m.Length, ClauseEnd(text, scope.Start + m.Index + m.Length, scope.End)));
            foreach (var m in TookFrom().EnumerateMatches(text.AsSpan(scope.Start, scope.Length)))
            {
                var from = scope.Start + m.Index + m.Length;
                var end = ClauseEnd(text, from, scope.End);
                found.Add((from, UntilTo().Match(text, from, end - from) is { Success: true } to ? to.Index : end));
            }
            return found;
        });

    /// <summary>
    /// The words a connector or a distance opens that hold a date, closed by a comma or the like ("After winning a second
    /// term in August 2008, …"), as a stretch of its own: what the date is of. Null when the date stands in none, or in
    /// words that run to the end of the sentence ("After the failed coup of August 1991 the leadership lost interest").
    /// </summary>
    public static ProseScope? ReachOf(NoteAnalysis note, ProseScope scope, DateMention date) =>
        ReachesHolding(note, scope, date).Where(r => !IsBlank(note.Note.Prose.Text, r.To, scope.End, allowPunctuation: true))
            .Select(r => new ProseScope(r.From, r.To - r.From, scope.Kind)).LastOrDefault();

    /// <summary>The words a connector or a distance opens that hold a date, to the end of their clause ("after winning a second term in August 2010").</summary>
    public static ProseScope? WordsHolding(NoteAnalysis note, ProseScope scope, DateMention date) =>
        ReachesHolding(note, scope, date).Select(r => new ProseScope(r.From, r.To - r.From, scope.Kind)).LastOrDefault();

    private static OrderRelation Direction(DateMention r) =>
        r.Relative!.Direction == RelativeDirection.Before ? OrderRelation.Before : OrderRelation.After;

    /// <summary>
    /// "X came before Y": Y is read from the clause after the words, X from the sentence before them. "After Y, X": at
    /// the head of a sentence, Y runs to the first comma and X is the rest.
    /// </summary>
    private static OrderStatement? Statement(NoteAnalysis note, ProseScope scope, int start, int end, string words, OrderRelation relation, (int From, int To)? anchorSpan = null)
    {
        var text = note.Note.Prose.Text;
        // The anchor's words: after the connector, to the end of its clause (or of the span given: not "by two weeks").
        var (from, limit) = anchorSpan ?? (end, scope.End);
        // "After Y, X" heads its sentence or a clause ("…, and, after 9/11, was the first to…"): X follows Y's clause.
        // Only a preposition heads a clause; a verb ("…, effective 1 Jan 1992, preceded Y") has its subject before it,
        // and so does a closing phrase (", following Y.").
        var verb = words.Contains("followed", StringComparison.OrdinalIgnoreCase) || words.Contains("preceded", StringComparison.OrdinalIgnoreCase)
            || DatesVerb().IsMatch(words); // "predates", "postdated"
        var blank = IsBlank(text, scope.Start, start);
        // (Not words set after a date by a comma, which time that date: "The Kabul Conference of 20 July 2010, some six weeks
        // after the peace jirga …, backed …".)
        // (A citation may stand between: "…in late December 1979 [@…], less than three months after …".)
        var between = LastStatedIn(note, scope.Start, start) is { } before ? Citation().Replace(text[before.End..start], "") : null;
        var apposition = between is not null && IsBlank(between, 0, between.Length, allowPunctuation: true);
        // (Nor words between two dashes, an aside on what stands before it: "Putin won the election of 18 March 2018 — two
        // weeks after the Skripal poisoning on 4 March — and was inaugurated on 7 May".)
        var head = text.AsSpan(scope.Start, start - scope.Start).TrimEnd();
        var aside = (head.EndsWith("—") || head.EndsWith(" –") || head.EndsWith(" --")) && AsideDash().IsMatch(text.AsSpan(end, scope.End - end));
        // (Nor an aside between commas after the subject, whose verb follows it: "Gorbachev's resignation, on the same day
        // the Soviet flag was lowered, came a little over a month after …".)
        // (Not after "and": "…around 2000 and, after 9/11, was the first to ring Bush" goes on with the sentence's subject.)
        var close = ClauseEnd(text, from, limit);
        var predicate = close < scope.End && text[close] == ','
            && Predicate().IsMatch(text.AsSpan(close + 1, scope.End - close - 1)) && !Conjoined().IsMatch(text.AsSpan(scope.Start, start - scope.Start));
        // (Nor words a semicolon closes, after which a clause of its own goes on: "Third Moscow round — a full year after the
        // first Moscow Format meeting; USG & Kabul stay away" times the round.)
        // (Or words that open a later sentence of a list item: "- July 2015: … reveals Mullah Omar's death. After a six-month
        // pause the talks revived …".)
        var opens = OpensClause(text, scope.Start, start) || (start > scope.Start && EventInference.SentenceStart(note, scope, start) == start);
        // (Nor words after a label's colon that end the sentence: "- Islamabad trilateral: five months after Beijing." times
        // the label's thing.)
        var labelled = head.EndsWith(":") && IsBlank(text, close, scope.End, allowPunctuation: true);
        var headed = !labelled && (blank || (!verb && !apposition && !aside && !predicate && opens && close < scope.End && text[close] != ';'));
        int anchorEnd, subjectStart, subjectEnd;
        if (headed)
        {
            // (With a bracket right after the anchor's words: "Six months after Putin began his fourth term (7 May 2018), Lavrov …".)
            anchorEnd = WithBracket(text, AnchorEnd(text, from, limit), scope.End);
            // "Only after Najibullah's resignation did Yeltsin halt arms deliveries": the subject follows the inverted verb.
            // (The last such verb: "Only after the results were announced did Russia hold …".)
            if (Inverted().Match(text, scope.Start, start - scope.Start).Success
                && MatchesIn(InvertedVerb(), text, new ProseScope(from, anchorEnd - from, scope.Kind)).LastOrDefault() is { } inverted)
                anchorEnd = inverted.Index;
            // "It was only after Trump called off Camp David that the US and the Taliban held talks": the subject follows "that".
            var afterThat = -1;
            if (Cleft().Match(text, scope.Start, start - scope.Start).Success
                && MatchesIn(CleftThat(), text, new ProseScope(from, anchorEnd - from, scope.Kind)).FirstOrDefault() is { } that)
                (anchorEnd, afterThat) = (that.Index, that.Index + that.Length);
            if (anchorEnd >= scope.End) return null;
            subjectStart = afterThat >= 0 ? afterThat : anchorEnd + 1;
            subjectEnd = ClauseEnd(text, subjectStart, scope.End);
        }
        else
        {
            anchorEnd = AnchorEnd(text, from, limit);
            // The subject is in the connector's own clause: "…in 2000 [@a]; a year later he was … after 9/11" — or, when
            // that clause opens with the connector, the sentence before it: "Third round on 14 April 2017 [@b] — six
            // months after the first Moscow Format meeting".
            (subjectStart, subjectEnd) = (EventInference.ClauseOf(note, scope, start, end)?.Start ?? scope.Start, start);
            // (Without the words that stress the connector: "…was set up only after", "…resigned shortly before", "…held weeks before".)
            if (Stressing().Match(text, subjectStart, subjectEnd - subjectStart) is { Success: true } stress) subjectEnd = stress.Index;
            // (Nor the words before a colon, when those after it name the subject and those before do not date it: "The arc
            // was long: Moscow's decision to send troops preceded …", but "15 February 1989: the last troops left, nine
            // years after …", "The withdrawal: completed nine years after …".)
            // (Nor the words that ask the reader to mark what follows: "Note that Putin's speech was delivered two months after …".)
            if (subjectEnd > subjectStart && text.LastIndexOf(": ", subjectEnd - 1, subjectEnd - subjectStart, StringComparison.Ordinal) is var colon and >= 0
                && StatedIn(note, subjectStart, colon) is null && NamedIn(note, AfterNoteThat(text, colon + 2, subjectEnd), subjectEnd, nearEnd: true) is not null)
                subjectStart = colon + 2;
            subjectStart = AfterNoteThat(text, subjectStart, subjectEnd);
            // (Nor a date before a comma that a verb without its subject follows: "Kabul embassy: shut in 1992, reopened fifteen
            // years after the 1992 closure" — 1992 is the shutting's.)
            // (Not a date set off by commas, which names the subject: "The embassy's reopening, 23 February 2007, followed …".)
            if (subjectEnd > subjectStart && text.LastIndexOf(", ", subjectEnd - 1, subjectEnd - subjectStart, StringComparison.Ordinal) is var verbComma and >= 0
                && LastStatedIn(note, subjectStart, verbComma) is { } earlier && !text.AsSpan(subjectStart, earlier.Start - subjectStart).TrimEnd().EndsWith(",")
                && PastParticiple().IsMatch(text.AsSpan(verbComma + 1, subjectEnd - verbComma - 1)))
                subjectStart = verbComma + 2;
            // (Nor a clause before, a date closing it, that another joins with "and": "Putin became president in 2000 and,
            // within a year and a half, was the first to phone Bush after 9/11" — 2000 is the presidency's.)
            if (LastStatedIn(note, subjectStart, subjectEnd) is { } itsDate && EarlierConjunct(note, itsDate, subjectEnd) is { } joined)
                subjectStart = joined;
            // (Not over a semicolon: "…in 2000; after 9/11 he was the first to phone Bush" heads a clause of its own.)
            var beforeClause = text.AsSpan(scope.Start, subjectStart - scope.Start).TrimEnd().Length;
            // (Or a verb without its subject: "… 18 May 2016 [[…]] — held three days after Mansour's death", "— i.e. before".)
            if (beforeClause > 0 && Prose.IsDashAt(text, scope.Start + beforeClause - 1)
                && (IsBlank(text, subjectStart, start, allowPunctuation: true) || Elided().IsMatch(text.AsSpan(subjectStart, start - subjectStart))))
                subjectStart = scope.Start;
        }
        // "The group never met again after the drone strike": what did not happen has no time to order.
        // (Up to the connector: "not long after" is after.)
        if (Negated().IsMatch(text.AsSpan(subjectStart, Math.Max(0, (headed ? subjectEnd : start) - subjectStart)))) return null;
        var cited = note.CitedIn(scope);
        var subjectCited = cited.Where(c => c.Reference.Start >= subjectStart && c.Reference.End <= subjectEnd).ToList();
        var anchorCited = cited.Where(c => c.Reference.Start >= from && c.Reference.End <= anchorEnd).ToList();
        // A citation closing the sentence is the sentence's own ("Putin called Bush after 9/11 [@putin-condolences]"):
        // it belongs to the subject when the clause after the words has a date or a named event of its own.
        TimeSide? anchor = null;
        string? anchorWords = null;
        if (!headed && subjectCited.Count == 0 && anchorCited.Count > 0 && ClosesSentence(text, anchorCited[^1].Reference, scope))
        {
            var groupStart = anchorCited[0].Reference.Start;
            var group = anchorCited.Select(c => c.Event).Distinct().ToList();
            if (group.Count > 1 && NamedIn(note, from, groupStart, among: group) is { } named)
            {
                // "Rabbani was called to Moscow after Gorbachev had resigned [@rabbani…; @gorbachev…]": each side takes the
                // event its words name, or the one left.
                var rest = group.Where(e => !ReferenceEquals(e, named.Event)).ToList();
                var subjectEvent = rest.Count == 1 ? rest[0] : NamedIn(note, subjectStart, subjectEnd, among: rest)?.Event;
                subjectCited = [.. anchorCited.Where(c => ReferenceEquals(c.Event, subjectEvent)).Take(1)];
                anchorCited = [.. anchorCited.Where(c => ReferenceEquals(c.Event, named.Event)).Take(1)];
                anchorEnd = groupStart;
            }
            else if (ClosingCitationIsTheSubjects(note, (from, groupStart), (subjectStart, subjectEnd), anchorCited[0].Event, anchorCited[^1].Event, words))
            {
                subjectCited = [anchorCited[^1]];
                anchorEnd = groupStart;
                anchorCited = [];
            }
        }
        var subjectEvents = subjectCited.Select(c => c.Event).Distinct().ToList();
        // "Najibullah's regime outlasted the withdrawal by more than three years [@…]": a citation after the distance
        // that closes the sentence is the subject's (below), so the anchor's words do not name it leniently: "The Islamabad
        // meeting followed the Beijing meeting by seven months [@trilateral-second-meeting-2013]".
        (Reference Reference, Event Event)? closingAfterDistance = subjectCited.Count == 0 && anchorSpan is { } span && span.To < scope.End
            && cited.FirstOrDefault(c => c.Reference.Start >= span.To) is { Event: not null } closing && ClosesSentence(text, closing.Reference, scope) ? closing : null;
        // (Its words without the citation's id: "weeks before the US presidential election [@moscow-summit-after-us-election-2016]".)
        if (anchorCited.Count > 0) anchor = Cited(note, anchorCited[0].Event, from, anchorCited[0].Reference.Start);
        // (A date that takes its month or year from the sentence before, "…the killing of two Russians in Kabul that
        // month", times the event the words name: that event is the side.)
        // (Nor a bracket that dates what the words before it name otherwise than the paper: "six months after Putin began his
        // fourth term (May 7, 2017)" counts from the term, and the bracket is a claim of its own, wrong.)
        // (Nor a year or a month within which the paper dates what the words name more finely: see NamedWithin.)
        else if (StatedIn(note, from, anchorEnd) is { } date
                 && !(date.Kind == DateMentionKind.ContextResolved && NamedIn(note, from, anchorEnd) is { } dated && DateAgreement.Agrees(date, dated.Event.Date))
                 && NamedWithin(note, from, anchorEnd, date) is null
                 // (Nor the date of the possessive's event, as fine as the paper's: "before his re-election in August 2009" is
                 // the re-election, whose order the paper gives.)
                 && !(Owned(note, scope, from, anchorEnd) is { } owned && DateAgreement.Agrees(date, owned.Event.Date)
                      && owned.Event.Date.Length <= date.Date!.Length)
                 && !(text.AsSpan(from, date.Start - from).TrimEnd().EndsWith("(") && NamedIn(note, from, date.Start) is { } itsOwn
                      && !DateAgreement.Agrees(date, itsOwn.Event.Date)))
            anchor = new TimeSide(SideBasis.Stated, date.Date!, null, date);
        // (A few words that name, by a key term, an event the paper times the cited subject by are that event: "The Omar
        // disclosure [@mullah-omar-death-revealed-2015] came after the talks had started" is after the talks it sabotaged.)
        // (So of a subject the words before name, uncited: "Kabul revealed Mullah Omar's death before the talks with the
        // Taliban had even begun".)
        else if ((subjectEvents is [var only] ? only : subjectEvents.Count == 0 && NamedIn(note, subjectStart, subjectEnd, nearEnd: !headed) is { Contenders.Count: 0 } said ? said.Event : null) is { } timed
                 && EventInference.KeyTermOf(note, from, anchorEnd, Partners(note, timed), words: 2, besidesActors: true) is { } partner)
        {
            anchorWords = Phrase(text, from, anchorEnd);
            anchor = TimeSide.Of(partner, anchorWords);
        }
        // (Not words whose "his" is someone the event does not have: "…acclaimed Amir al-Mu'minin, five months before his men
        // entered Kabul" is no al-Qaeda's entering.)
        else if (NamedIn(note, from, anchorEnd, other: subjectEvents.Count == 1 ? subjectEvents[0] : closingAfterDistance?.Event) is { } named
                 && !(Possessive().IsMatch(text.AsSpan(from, anchorEnd - from)) && PersonBefore(note, scope, from) is { } person && !person.Actors.Any(named.Event.Actors.Contains)))
        {
            anchorWords = Phrase(text, from, anchorEnd);
            anchor = OwnDated(note, named, anchorWords, from, anchorEnd);
        }
        // "…came before his re-election": the possessive's person, named before, says whose.
        if (anchor is null && Owned(note, scope, from, anchorEnd) is { } ownersEvent)
        {
            anchorWords = Phrase(text, from, anchorEnd);
            anchor = AtSubjectsEdge(TimeSide.Of(ownersEvent, anchorWords), Phrase(text, subjectStart, subjectEnd)) with
            {
                Date = StatedIn(note, from, anchorEnd) is { } stated && DateAgreement.Agrees(stated, ownersEvent.Event.Date) ? stated : null,
            };
        }
        // "…followed the first by three months", "…after the Beijing one": another of the subject's kind; "The Soviet state
        // broke up barely a year after the withdrawal from Afghanistan": the event the paper times the subject's by, named
        // as loosely as a cited one.
        if (anchor is null && (subjectCited.Count > 0 ? subjectCited[0].Event : NamedIn(note, subjectStart, subjectEnd, nearEnd: !headed)?.Event) is { } kind
            && (RelatedTo(note, from, anchorEnd, kind) ?? DoneToIt(note, (subjectStart, subjectEnd), (from, anchorEnd), kind)) is { } other)
        {
            anchorWords = Phrase(text, from, anchorEnd);
            anchor = AtSubjectsEdge(TimeSide.Of(other, anchorWords), Phrase(text, subjectStart, subjectEnd));
        }
        // "…a fortnight before the Doha talks": words that name two or three events alike name each; the statement is held
        // against each (and only between events: beside a date of the note's, "on 13 November 2001 after the Taliban
        // withdrew", such words tell of something else).
        var either = false;
        if (anchor is null && Either(note, from, anchorEnd) is { } tied)
        {
            anchorWords = Phrase(text, from, anchorEnd);
            anchor = TimeSide.Of(tied, anchorWords);
            either = true;
        }
        if (anchor is null) return null;
        // "Trump calls off the Camp David meeting … after the Kabul attack": words the event's own title orders it by (its
        // "after an attack in Kabul") restate that event, whichever the subject's words name best; they time nothing else.
        if (anchor is { Basis: SideBasis.Named, Event: { } anchorEvent } && anchorWords is not null && OrderedByItsTitle(anchorEvent, words, anchorWords)) return null;
        // "four years into the war on terror", "six months into his fourth term": from its start — of a thing named in
        // prose (a citation closing the sentence is the sentence's own), whose start the paper gives (not the withdrawal,
        // which it dates by its end: "three months into the Soviet pull-out" was in 1988).
        // (A citation after those words is the subject's when the subject's words name it: "Russia's break with Washington over
        // Iraq came four years into the war on terror [@iraq-war-crisis-2003]"; see the one citation read as both sides below.)
        var into = words.EndsWith(" into", StringComparison.OrdinalIgnoreCase);
        var intoCited = into && anchor.Basis == SideBasis.Cited;
        if (into && !intoCited && !AtItsStart()) return null;
        // "before the 18th anniversary of the 9/11 incident": the anniversary, not the event.
        if (Anniversary().Match(text, from, anchorEnd - from) is { Success: true } anniversary)
        {
            if (AnniversaryYears(anniversary) is not (> 0 and var years) || !anchor.When.IsValid) return null;
            var when = new HistoricalDate(anchor.When.Start.AddYears(years), anchor.When.End.AddYears(years), anchor.When.Precision, Phrase(text, from, anchorEnd));
            anchor = new TimeSide(SideBasis.Stated, when, null, new DateMention(from, anchorEnd - from, when, DateMentionKind.Absolute) { Text = when.Text });
        }

        TimeSide? subject = null;
        string? subjectWords = null;
        EventMatch? NotTheAnchors(EventMatch? m) => m is not null && !ReferenceEquals(m.Event, anchor.Event) ? m : null;
        if (subjectCited.Count == 0 && closingAfterDistance is { } subjectsCitation) subjectCited = [subjectsCitation];
        if (subjectCited.Count > 0)
        {
            var nearest = headed ? subjectCited[0] : subjectCited[^1];
            subject = Cited(note, nearest.Event, subjectStart, subjectEnd);
            // (Outlasting something is the subject's end: "outlasted the withdrawal by three years".)
            if (words.StartsWith("outlast", StringComparison.OrdinalIgnoreCase)) subject = subject.AtEdge(words);
        }
        // (Not a date in an aside between dashes: "Obama announced the drawdown on 22 June 2011 — …, the rest by the following
        // summer — three weeks before the first 650 left".)
        else if ((headed ? StatedIn(note, subjectStart, subjectEnd) : LastStatedOutsideAside(note, scope, subjectStart, subjectEnd)) is { } date
                 && (headed || NamedWithin(note, subjectStart, subjectEnd, date, nearEnd: true, other: anchor.Event) is null)
                 // (Not a year that says which one a thing is: "Ghani was declared the winner of the 2019 election eleven days before …".)
                 && !Attributive(text, date))
            subject = new TimeSide(SideBasis.Stated, date.Date!, null, date);
        // "In 1988, a year before the withdrawal, …": the date that opens the sentence is its main clause's.
        // (Not one of a clause before, joined by "and": "Putin came to power around 2000 and, after 9/11, was the first to…".)
        // (Of its own sentence, in a list item of several: "- July 2015: … Mullah Omar's death. After a six-month pause the talks
        // revived the following January, …" is no statement about July.)
        else if (headed && LastStatedIn(note, EventInference.SentenceStart(note, scope, start), start) is { } opening && !Joined().IsMatch(text.AsSpan(opening.End, start - opening.End)))
            subject = new TimeSide(SideBasis.Stated, opening.Date!, null, opening);
        else if ((NamedIn(note, subjectStart, subjectEnd, nearEnd: !headed, other: anchor.Event)
                  ?? (anchor.Event is { } by ? EventInference.Named(note, subjectStart, subjectEnd, among: Partners(note, by), cited: true) : null)
                  // (Or what someone who held on for the distance did at its end: "Najibullah hung on for two years after Moscow
                  // stopped supplying arms, finally resigning in April 1992" is the resignation.)
                  ?? (!headed ? NotTheAnchors(HeldOnUntil(note, scope, (subjectStart, subjectEnd), anchorEnd)) : null)
                  // (Or the words with "he", "she" or "they" as whom they stand for: "Najibullah didn't last — he resigned …".)
                  ?? (Referent(note, scope, subjectStart, subjectEnd) is { } referent ? NotTheAnchors(EventInference.Named(note, subjectStart, subjectEnd, owner: referent)) : null)
                  // (Or the words after a phrase that leads in with a comma: "Cut off from Russian weapons, Najibullah resigned …".)
                  ?? (!headed && text.LastIndexOf(", ", Math.Max(subjectStart, subjectEnd - 1), Math.Max(0, subjectEnd - subjectStart), StringComparison.Ordinal) is var comma
                      && comma > subjectStart ? NotTheAnchors(EventInference.Named(note, comma + 2, subjectEnd)) : null)
                  // (Or the words before an aside set between commas: "The US airbase at Manas, just outside Bishkek, was set up …".)
                  ?? (!headed && text.IndexOf(", ", subjectStart, Math.Max(0, subjectEnd - subjectStart), StringComparison.Ordinal) is var first and > 0
                      && text.IndexOf(", ", first + 2, Math.Max(0, subjectEnd - first - 2), StringComparison.Ordinal) > first
                      ? NotTheAnchors(EventInference.Named(note, subjectStart, first)) : null)
                  // (Words that name two or three events alike, held against each, as an anchor's are: only against an event.)
                  ?? (anchor.Basis != SideBasis.Stated ? Either(note, subjectStart, subjectEnd) : null)
                  // (Or, beside an event, the one the subject's words are about as a sentence's are, clearly above the rest: "The
                  // HPC's membership was made public six months after the council endorsed its peace plan".)
                  ?? (anchor.Event is { } beside ? About(note, subjectStart, subjectEnd, beside) : null)) is { } named)
        {
            // (Without the verb that joins it to the connector: "The first trilateral meeting in Beijing", not "… came".)
            // (Nor a label before a colon: "A: the Islamabad round".)
            subjectWords = TrailingVerb().Replace(Phrase(text, subjectStart, subjectEnd), "").TrimEnd(' ', ',', ':');
            if (subjectWords.LastIndexOf(": ", StringComparison.Ordinal) is var colon and >= 0) subjectWords = subjectWords[(colon + 2)..];
            subject = OwnDated(note, named, subjectWords, subjectStart, subjectEnd);
        }
        // (Unless the subject's words name the event the date is the paper's date of: "Putin's fourth term began on 7 May 2018,
        // six months after the Moscow meeting with the Taliban" is between events.)
        if (subject is null || (either && subject is { Basis: SideBasis.Stated, Date: { } statedDate }
                && !(NamedIn(note, subjectStart, subjectEnd, nearEnd: !headed, other: anchor.Event) is { Contenders.Count: 0 } itsEvent
                     && DateAgreement.Agrees(statedDate, itsEvent.Event.Date)))) return null;
        // One citation read as both sides: the side whose words name another event is that one ("The USSR disintegrated
        // within two years of the pull-out [[ussr-disintegrates-1991]]", "The second trilateral meeting followed the
        // Beijing one by five months [[trilateral-first-meeting-2013]]").
        if (subject.Event is { } same && ReferenceEquals(same, anchor.Event) && (subject.Basis == SideBasis.Cited) != (anchor.Basis == SideBasis.Cited))
        {
            var citedSubject = subject.Basis == SideBasis.Cited;
            var (wordsFrom, wordsTo) = citedSubject ? (subjectStart, subjectEnd) : (from, anchorCited.Count > 0 ? anchorCited[0].Reference.Start : anchorEnd);
            var phrase = Phrase(text, wordsFrom, wordsTo);
            // (Or the date those words give: "Res. 1267 came in the wake of 9/11 [@unsc-resolution-1267-1999]".)
            // (Words that name an event in full are that one before any of the cited one's kind: "a week after the Camp David
            // collapse [[taliban-delegation-visits-moscow-2019]]" is the cancellation, not the plan that shares the visit's words.)
            // (Not an event the date those words give denies: "came after the July 2015 talks with the Taliban had started
            // [@mullah-omar-death-revealed-2015]" are no talks of 2018.)
            var stated = StatedIn(note, wordsFrom, wordsTo);
            var instead = (NamedInFull(note, wordsFrom, wordsTo, same) ?? RelatedTo(note, wordsFrom, wordsTo, same) ?? NamedIn(note, wordsFrom, wordsTo, nearEnd: citedSubject, other: same)) is { } named
                          && !ReferenceEquals(named.Event, same) && (stated is null || DateAgreement.Agrees(stated, named.Event.Date)) ? TimeSide.Of(named, phrase)
                : stated is not null ? new TimeSide(SideBasis.Stated, stated.Date!, null, stated)
                : null;
            // (A cited subject whose own words give the citation's date keeps it: "Khalilzad was back in Doha on December 7, 2019
            // [@doha-talks-resume-2019], three months after Trump had frozen the process" — the anchor's words, which named the
            // resumption only loosely, are another event's that they name clearly, or none this statement can be held to.)
            if (citedSubject && instead is { Basis: SideBasis.Stated } && DateAgreement.Agrees(stated!, same.Date))
            {
                if (EventInference.Named(note, from, anchorEnd, among: note.CandidateEvents.Where(e => !ReferenceEquals(e, same))) is not { Contenders.Count: 0 } clearly)
                    return null;
                anchorWords = Phrase(text, from, anchorEnd);
                (instead, anchor) = (null, TimeSide.Of(clearly, anchorWords));
            }
            if (instead is not null && citedSubject) (subject, subjectWords) = (instead, instead.Event is null ? subjectWords : phrase);
            else if (instead is not null) (anchor, anchorWords) = (instead, instead.Event is null ? anchorWords : phrase);
        }
        if (intoCited && !AtItsStart()) return null;
        // The start of what the paper dates by its end is no time the paper gives: "three months after the Soviet pull-out
        // had begun" (the paper's withdrawal is the last troops' leaving).
        if ((anchor.Event is { } a && anchorWords is not null && Stages.StartOfAnEnd(anchorWords, a) is not null)
            || (subject.Event is { } b && subjectWords is not null && Stages.StartOfAnEnd(subjectWords, b) is not null))
            return null;
        // (Neither side's words may also name the other side's event: that reading says nothing.)
        (subject, anchor) = (subject with { Contenders = [.. subject.Contenders.Where(c => !ReferenceEquals(c, anchor.Event))] },
            anchor with { Contenders = [.. anchor.Contenders.Where(c => !ReferenceEquals(c, subject.Event))] });
        return new OrderStatement(start, end - start, words, relation, subject, anchor)
        {
            AnchorWords = anchorWords, SubjectWords = subjectWords, HeadedSubject = headed ? (subjectStart, subjectEnd) : null,
        };

        // (The anchor at its start, "four years into" it; false when the paper gives no start of it.)
        bool AtItsStart()
        {
            if (FromItsStart(anchor!) is not { } started) return false;
            anchor = started;
            return true;
        }
    }

    /// <summary>A thing named in prose at its start, when the paper gives its start; null otherwise.</summary>
    private static TimeSide? FromItsStart(TimeSide anchor) =>
        anchor.Basis != SideBasis.Named || Stages.StartOfAnEnd("began", anchor.Event!) is not null ? null : anchor.AtEdge("began");

    /// <summary>
    /// Another of the subject's kind ("his third", "the first"), at the edge of its span the subject's words give, when its own
    /// words give none: "Putin's fourth term began five years after his third" counts from the start of 2012–2018.
    /// </summary>
    private static TimeSide AtSubjectsEdge(TimeSide anchor, string subjectWords) =>
        anchor.Event is { } e && anchor.When == e.Date && anchor.Contenders.Count == 0 && Stages.Edge(subjectWords, e.Date) is { } edge
            ? anchor with { When = edge.When } : anchor;

    /// <summary>
    /// Whether a citation closing the sentence after the connector is the sentence's own, the subject's ("Putin called
    /// Bush after 9/11 [@putin-condolences]"): the words after the connector date or name something else than the cited
    /// event — while the words before name it, or those after do not even loosely ("The US and the Taliban reached their
    /// framework agreement a week after the Doha talks opened [@doha-framework-agreement-2019]") — and the words before
    /// name no event of their own ("That four-party meeting in Moscow preceded the resumption of talks in Doha
    /// [@doha-talks-resume-2019]": that citation is the anchor's). (Words naming an event of the cited one's moment name
    /// it: "…before the Taliban sat down in Moscow with the HPC [[moscow-format-talks-2018]]".)
    /// </summary>
    private static bool ClosingCitationIsTheSubjects(NoteAnalysis note, (int From, int To) after, (int From, int To) before, Event first, Event last, string connector)
    {
        // The words after restate the order the cited event's own title tells, and those before name it: "The Russian embassy
        // in Kabul was evacuated in 1993 after a fire was set to it during the civil war [@russian-embassy-evacuated-1992]" (its
        // title: "… is evacuated after it is set on fire in the civil war") dates the evacuation.
        if (ReferenceEquals(first, last) && OrderedByItsTitle(last, connector, Phrase(note.Note.Prose.Text, after.From, after.To))
            && NamedIn(note, before.From, before.To, among: [last]) is not null)
            return true;
        // The words before give the cited event's own date, as finely as the paper: the citation dates them ("…finally
        // resigning on 16 April 1992 — a little over three years after the last Soviet column left [@najibullah-resigns-1992]").
        if (LastStatedIn(note, before.From, before.To) is { Date: { } said } stated && DateAgreement.Agrees(stated, last.Date)
            && said.Length <= last.Date.Length)
            return true;
        var afterSaysOther = StatedIn(note, after.From, after.To) is { } own && !DateAgreement.Agrees(own, first.Date)
            || NamedIn(note, after.From, after.To, other: first) is { } other && !ReferenceEquals(other.Event, first) && !other.Event.SameMomentAs(first)
               && (NamedIn(note, before.From, before.To, among: [first]) is not null || NamedIn(note, after.From, after.To, among: [first]) is null);
        return afterSaysOther
            && (LastStatedIn(note, before.From, before.To) is not null
                || NamedIn(note, before.From, before.To, nearEnd: true, other: last) is not { } named || ReferenceEquals(named.Event, last));
    }

    /// <summary>Whether the words at a place open a clause: after a comma, semicolon, dash or bracket, or "and"/"but" after one.</summary>
    private static bool OpensClause(string text, int from, int at)
    {
        var before = text.AsSpan(from, at - from).TrimEnd();
        if (before.EndsWith("and", StringComparison.OrdinalIgnoreCase) || before.EndsWith("but", StringComparison.OrdinalIgnoreCase))
            before = before[..^3].TrimEnd();
        return before.Length > 0 && before[^1] is ',' or ';' or '(' or '—' or '–';
    }

    /// <summary>
    /// What a relative date without its own anchor counts from: the stated date the recognizer counted it from (the
    /// nearest before it in its paragraph, list item or table row), else the event cited last before it in its
    /// sentence, else the event cited last in the sentence before, when that is in the same block.
    /// </summary>
    internal static TimeSide? CountedFrom(NoteAnalysis note, ProseScope scope, ProseScope? previousScope, DateMention relative)
    {
        if (relative.Anchor is { Date: { } date } anchor) return new TimeSide(SideBasis.Stated, date, null, anchor);
        var before = note.CitedIn(scope).LastOrDefault(c => c.Reference.End <= relative.Start);
        if (before.Event is not null) return new TimeSide(SideBasis.Cited, before.Event.Date, before.Event, null);
        var text = note.Note.Prose.Text;
        if (previousScope is { } previous && !text.AsSpan(previous.End, scope.Start - previous.End).Contains('\n')
            && note.CitedIn(previous) is [.., var last])
            return new TimeSide(SideBasis.Cited, last.Event.Date, last.Event, null);
        // "The Beijing meeting of the trilateral opened the track, and the Islamabad round came five months later": the
        // event the clause before it names, when its sentence gives no date or citation to count from. (Not one that puts
        // things in order itself: "restarted on the heels of the four-party meeting, roughly six weeks later" is its distance.)
        var own = ClauseStart(text, scope.Start, relative.Start);
        if (own > scope.Start && !note.DatesIn(scope).Any(d => d.End <= relative.Start && NoteAnalysis.IsStatedPoint(d))
            && !Connector().IsMatch(text.AsSpan(scope.Start, own - scope.Start)) && NamedIn(note, scope.Start, own - 1) is { } named)
            return TimeSide.Of(named);
        return null;
    }

    /// <summary>The date stated last before a place on its line (in its paragraph, list item or table row), as a side.</summary>
    private static TimeSide? StatedBefore(NoteAnalysis note, int at)
    {
        var last = note.Note.Dates.LastOrDefault(d => d.End <= at && NoteAnalysis.IsStatedPoint(d));
        return last is null || note.Note.Prose.Text.AsSpan(last.End, at - last.End).Contains('\n') ? null : new TimeSide(SideBasis.Stated, last.Date!, null, last);
    }

    /// <summary>What "three days later" is said of: the event cited after it in its sentence, else a date written beside it.</summary>
    private static TimeSide? SubjectAfter(NoteAnalysis note, ProseScope scope, DateMention relative, TimeSide anchor)
    {
        // (Not the event the date counted from is the day of: "…on 29 May 2019 [@intra-afghan-talks-moscow-2019]; the
        // following month the US and the Taliban held several rounds", which that citation's event would name loosely; nor
        // the one the words beside that date name: "Combat withdrawal completed 28 Dec 2014 → IS declares itself the next
        // month", "2007: after fifteen years, Moscow resumes an active Afghan policy [@russia-resumes-afghan-policy-2007]".)
        var from = anchor.Event ?? (anchor.Date is { } day ? DayOf(note, day, relative) : null);
        var after = note.CitedIn(scope).FirstOrDefault(c => c.Reference.Start >= relative.End);
        if (after.Event is not null && !ReferenceEquals(after.Event, anchor.Event) && !(anchor.Date is { } own && IsTheDayOf(own, after.Event)))
            return new TimeSide(SideBasis.Cited, after.Event.Date, after.Event, null);
        // "the next day, 29 May 2019", "fifteen years later, in February 2007": the date in apposition.
        var text = note.Note.Prose.Text;
        var beside = note.DatesIn(scope).FirstOrDefault(d => d.Start >= relative.End && NoteAnalysis.IsStatedPoint(d)
            && (IsBlank(text, relative.End, d.Start, allowPunctuation: true) || Came().IsMatch(text.AsSpan(relative.End, d.Start - relative.End))
                || (d.Kind == DateMentionKind.Absolute && InApposition().IsMatch(text.AsSpan(relative.End, d.Start - relative.End)))));
        if (beside is not null) return new TimeSide(SideBasis.Stated, beside.Date!, null, beside);
        // "…, and Najibullah resigned six months later": the event its clause names, else the rest of the sentence.
        var clause = (ClauseStart(text, scope.Start, relative.Start), ClauseEnd(text, relative.End, scope.End));
        // (The rest of the sentence only up to words that relate another thing: "…signed the BSA the next day, three months
        // before the combat mission ended".)
        var named = NamedIn(note, clause.Item1, clause.Item2, other: from) ?? NamedIn(note, relative.End, NextRelating(note, scope, relative.End), other: from)
            // "…on 15 February 2017; the third round, with twelve countries, came three months later": the words before
            // it in its clause, after the date it is counted from.
            ?? NamedIn(note, Math.Max(EventInference.ClauseOf(note, scope, relative)?.Start ?? scope.Start,
                anchor.Date is { } date && date.End <= relative.Start ? date.End : scope.Start), relative.Start, nearEnd: true, other: from)
            ?? Next(note, from, relative, clause);
        if (named is null || ReferenceEquals(named.Event, from) || SomeoneElse(note, relative, named.Event)) return null;
        return TimeSide.Of(named);
    }

    /// <summary>
    /// The one event the paper orders after (or before) the one a relative date counts from, in its direction, whose title's
    /// own words — those the other's title lacks — the clause holds: "Beijing, April 2013: first trilateral meeting. Islamabad
    /// five months later" is the second meeting, "held in Islamabad".
    /// </summary>
    private static EventMatch? Next(NoteAnalysis note, Event? from, DateMention relative, (int From, int To) clause)
    {
        if (from is null || relative.Relative?.Direction is not { } direction || direction is not (RelativeDirection.After or RelativeDirection.Before)) return null;
        var said = ContentWords(note.Note.Prose.Text[clause.From..clause.To]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fromWords = ContentWords(from.Title).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var next = note.CandidateEvents.Where(e => e.OrderAgainst(from)?.Direction == direction)
            .Select(e => (Event: e, Words: ContentWords(e.Title).Where(w => !fromWords.Contains(w) && said.Contains(w)).ToList()))
            .Where(x => x.Words.Count > 0).ToList();
        return next is [var only] ? new EventMatch(only.Event, 1) { Words = only.Words } : null;
    }

    /// <summary>The words that say what, as titles write them: not the short ones, nor the stop words.</summary>
    private static IEnumerable<string> ContentWords(string words) =>
        TitleWord().Matches(words).Select(m => m.Value).Where(w => w.Length > 3 && !EventInference.IsStopWord(w.ToLowerInvariant()));

    /// <summary>
    /// The event a date a relative one counts from is the day of: one cited in its sentence that the date agrees with, else
    /// one the words of its clause (before the relative date) name, whose own date it is.
    /// </summary>
    private static Event? DayOf(NoteAnalysis note, DateMention day, DateMention relative)
    {
        if (note.Note.Prose.ScopeAt(day.Start) is not { } itsScope) return null;
        if (note.CitedIn(itsScope).Select(c => c.Event).FirstOrDefault(e => DateAgreement.Agrees(day, e.Date)) is { } cited) return cited;
        var clause = EventInference.ClauseOf(note, itsScope, day) ?? itsScope;
        var end = relative.Start >= clause.Start && relative.Start < clause.End ? relative.Start : clause.End;
        return EventInference.Named(note, clause.Start, end) is { } named && IsTheDayOf(day, named.Event) ? named.Event : null;
    }

    /// <summary>Whether a date is an event's own, no finer than the paper's: "2007" of 2007, not "28 August 1992" of August 1992.</summary>
    private static bool IsTheDayOf(DateMention date, Event e) =>
        date.Date is { } d && d.Holds(e.Date) && DateAgreement.Agrees(date, e.Date);

    /// <summary>
    /// Where the first words after a place that relate a thing to another begin (a connector, an anchored distance), or the
    /// scope's end; not those right after it, an aside ("Two years later, after the 9/11 attacks, he was the first…").
    /// </summary>
    private static int NextRelating(NoteAnalysis note, ProseScope scope, int after)
    {
        var text = note.Note.Prose.Text;
        var starts = note.DatesIn(scope).Where(d => d.Start >= after && d.Relative?.AnchorText is not null).Select(d => d.Start).ToList();
        foreach (var m in Connector().EnumerateMatches(text.AsSpan(after, scope.End - after))) starts.Add(after + m.Index);
        return starts.Where(s => !IsBlank(text, after, s, allowPunctuation: true)).DefaultIfEmpty(scope.End).Min();
    }

    /// <summary>
    /// Whether "he", "she" or "they" right after a relative date points back to a person the event has no part in:
    /// "Mojaddedi was sworn in on 28 April 1992; two months later he handed power to Rabbani" is Mojaddedi's handover,
    /// not Pankin's approval of a transfer of power.
    /// </summary>
    private static bool SomeoneElse(NoteAnalysis note, DateMention relative, Event e)
    {
        var text = note.Note.Prose.Text;
        if (!Pronoun().IsMatch(text.AsSpan(relative.End, Math.Min(12, text.Length - relative.End)))) return false;
        var paragraph = text.LastIndexOf("\n\n", relative.Start, StringComparison.Ordinal);
        var person = note.Actors.LastOrDefault(m => m.Start < relative.Start && m.Start > paragraph && m.Actors.All(a => a.Kind == ActorKind.Person));
        if (person is not null) return !person.Actors.Any(e.Actors.Contains);
        // (Nor to a name the event does not know, before it in its sentence: "Sibghatullah Mojaddedi".)
        return note.Note.Prose.ScopeAt(relative.Start) is { } scope && EventInference.UnknownCapital(note, scope.Start, relative.Start, e) is not null;
    }

    [GeneratedRegex(@"^\W*(?i:(?<person>he|she)|they)\b")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^\s*(?i:his|her|their)\s")]
    private static partial Regex Possessive();

    /// <summary>The last mention of people alone before a place in its scope.</summary>
    private static ActorMention? PersonBefore(NoteAnalysis note, ProseScope scope, int at) =>
        note.Actors.LastOrDefault(m => m.Start >= scope.Start && m.Start < at && m.Actors.All(a => a.Kind == ActorKind.Person));

    /// <summary>The start of the clause that ends at a place: after the last comma, semicolon, colon or dash before it.</summary>
    private static int ClauseStart(string text, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if ((text[i] is ',' or ';' or ':' || Prose.IsDashAt(text, i)) && !(text[i] == ',' && IsDigitComma(text, i))) return i + 1;
            // A sentence end inside a list item or a table row ("25 December 1991: Soviet flag lowered. A week later…").
            if (text[i] is '.' or '!' or '?' && i + 1 < text.Length && text[i + 1] == ' ' && i + 1 < to) return i + 1;
        }
        return from;
    }

    private static DateMention? StatedIn(NoteAnalysis note, int from, int to) =>
        note.Note.Dates.FirstOrDefault(d => d.Start >= from && d.End <= to && NoteAnalysis.IsStatedPoint(d));

    /// <summary>
    /// The last date of a stretch outside an aside: between dashes, or a relative clause set between commas that says who
    /// or what ("Putin, who became president in 2000, would be the first to phone Bush after 9/11" times the call).
    /// </summary>
    private static DateMention? LastStatedOutsideAside(NoteAnalysis note, ProseScope scope, int from, int to)
    {
        var stretch = new ProseScope(from, to - from, scope.Kind);
        List<(int From, int To)> asides = [.. EventInference.RelativeAsidesIn(note, stretch)];
        if (EventInference.AsideIn(note, stretch) is { } dashed) asides.Add(dashed);
        return note.Note.Dates.LastOrDefault(d => d.Start >= from && d.End <= to && NoteAnalysis.IsStatedPoint(d) && !asides.Any(a => a.From <= d.Start && d.End <= a.To));
    }

    private static DateMention? LastStatedIn(NoteAnalysis note, int from, int to) =>
        note.Note.Dates.LastOrDefault(d => d.Start >= from && d.End <= to && NoteAnalysis.IsStatedPoint(d));

    /// <summary>
    /// The event a stretch names: the whole stretch, else the words nearest the connector ("In the paper's chronology
    /// al-Qaeda's entry into Afghanistan came | the year after"): the anchor's first words, the subject's last.
    /// </summary>
    /// <param name="strictParts">Whether the words cut out of the stretch must be three at least, three in four of them the
    /// event's; not for a stretch that is one short phrase already, as the words before a parenthesis.</param>
    internal static EventMatch? NamedIn(NoteAnalysis note, int from, int to, bool nearEnd = false, Event? other = null, IReadOnlyList<Event>? among = null,
        bool strictParts = true)
    {
        // The sentence's cited events first: "…less than three years after its last soldiers left [@a; @b]" — but not
        // the other side's, which they would name too leniently ("[@a] a month after the collapse of the planned meeting").
        var cited = among ?? (note.Note.Prose.ScopeAt(from) is { } scope ? note.CitedIn(scope).Select(c => c.Event).Distinct().ToList() : []);
        if (cited.Where(e => !ReferenceEquals(e, other)).ToList() is { Count: > 0 } allowed
            && EventInference.Named(note, from, to, strict: false, allowed, cited: true) is { } citedOne) return citedOne;
        if (among is not null) return null;
        // Named in full, the other side's event means the words did not say two things (the caller drops the statement).
        var whole = EventInference.Named(note, from, to);
        if (whole is { Contenders.Count: 0 }) return whole;
        var text = note.Note.Prose.Text;
        // (Without the verb that joins them to the connector, whose words a name may share: "Moscow's summit with China and
        // Pakistan on Afghanistan was held" is the summit, not the meeting "held" names; "Washington's secret talks with the
        // Taliban opened" are those talks, not also the Doha talks "opened" names. A sentence that cites leaves that to its
        // citations.)
        if (cited.Count == 0 && JoiningVerb().Match(text[from..to].TrimEnd()) is { Success: true, Index: > 0 } verb
            && EventInference.Named(note, from, from + verb.Index) is { } verbless
            && (whole is null || verbless.Contenders.Count == 0 && ReferenceEquals(verbless.Event, whole.Event))) return verbless;
        if (whole is not null) return whole;
        var (start, end) = (from, to);
        for (var i = 0; i < 9; i++)
        {
            if (nearEnd)
            {
                var space = text.IndexOf(' ', start, Math.Max(0, end - start));
                if (space < 0) break;
                start = space + 1;
            }
            else
            {
                var space = text.LastIndexOf(' ', Math.Max(start, end - 1), Math.Max(0, end - start));
                if (space <= start) break;
                end = space;
            }
            // A name the event does not know anywhere in the stretch still makes it another thing.
            // (Nor may the words cut off number it otherwise: "the first Moscow Format round" is no third round.)
            // (Nor a body the event does not have: "Russia's trilateral platform with China and Pakistan was formed".)
            // (Nor the other side's event, which a part of the words names only because they share its words: "Moscow's
            // summit with China and Pakistan was held" is not "Pakistan was held" of the first Moscow Format meeting.)
            if (EventInference.Named(note, start, end, strict: strictParts) is { } part && !ReferenceEquals(part.Event, other)
                && EventInference.UnknownCapital(note, from, to, part.Event) is null && EventInference.NumberedAlike(note, from, to, part.Event)
                && !EventInference.NamesBodyItLacks(note, from, to, part.Event)
                // (Nor words cut between an ordinal and what it numbers: "Moscow hosted a third round" is not the third
                // trilateral meeting by "Moscow hosted a third".)
                && !EventInference.EndsOnOrdinal(note, start, end)) return part;
        }
        return null;
    }

    /// <summary>The event of words whose possessive is a person named before them: "…came before his re-election (in August 2009)".</summary>
    private static EventMatch? Owned(NoteAnalysis note, ProseScope scope, int from, int to) =>
        Possessive().IsMatch(note.Note.Prose.Text.AsSpan(from, to - from)) && PersonBefore(note, scope, from) is { } owner
            ? EventInference.Named(note, from, to, owner: owner) : null;

    /// <summary>
    /// The event words are about as a sentence's words are (<see cref="EventInference.Rank"/>), when it stands clearly above
    /// every other of another date, by two of its terms at least, and is not the other side's.
    /// </summary>
    private static EventMatch? About(NoteAnalysis note, int from, int to, Event other)
    {
        if (to <= from) return null;
        var ranked = EventInference.Rank(note, new ProseScope(from, to - from, ScopeKind.Sentence), null)
            .Where(m => !ReferenceEquals(m.Event, other) && !m.Event.OneHappeningWith(other)).ToList();
        if (ranked is not [var best, ..] || best.Confidence < EventInference.SureConfidence || best.Words.Count < 2) return null;
        var next = ranked.Skip(1).FirstOrDefault(m => !m.Event.SameDateAs(best.Event));
        return next is null || best.Confidence - next.Confidence >= EventInference.ClearMargin ? best : null;
    }

    /// <summary>Words that name two or three events alike ("the Doha talks", "the SCO summit"), as one side read as each.</summary>
    private static EventMatch? Either(NoteAnalysis note, int from, int to) =>
        EventInference.Named(note, from, to, ties: true) is { Contenders.Count: > 0 and <= 2 } tied ? tied : null;

    /// <summary>The verb a subject set before an aside goes on with: "…, came a little over a month after", "…, was held".</summary>
    [GeneratedRegex(@"^\s*(?:came|was|were|had|took|followed|preceded|marked|began|ended|happened|occurred|arrived)\b")]
    private static partial Regex Predicate();

    /// <summary>Words that end on "and" or "but": what follows goes on with the sentence's own subject.</summary>
    [GeneratedRegex(@"(?i)\b(?:and|but),?\s*$")]
    private static partial Regex Conjoined();

    /// <summary>"It reopened fifteen years later, in February 2007": the date a relative date is, set beside it.</summary>
    [GeneratedRegex(@"^\s*[,(—–]\s*(?i:in|on)\s+$")]
    private static partial Regex InApposition();

    /// <summary>"Two years later came 9/11": a verb of arrival between a relative date and the date it is.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?i:came|followed|saw|brought|was|were|arrived)\s+(?i:the\s+)?$")]
    private static partial Regex Came();

    /// <summary>The words that named a side, for messages: none for a side that is a date of the note.</summary>
    private static string? NamedWords(TimeSide side, string text, int from, int to) => side.Event is null ? null : Phrase(text, from, to);

    /// <summary>Whether an event's title has the connector, followed by every word of the anchor's ("after an attack in Kabul" holds "after the Kabul attack").</summary>
    internal static bool OrderedByItsTitle(Event e, string connector, string anchorWords)
    {
        var at = e.Title.IndexOf($" {connector.Trim()} ", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var titleWords = TitleWord().Matches(e.Title[at..]).Select(m => Singular(m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // (Or by a key term that is none of the title's words: "after a six-month pause" is "after six months", with its
        // "pause"; but "after the Taliban delegation" names the delegation that visits Moscow, not what it visits after.)
        var keyWords = e.Keywords.SelectMany(k => TitleWord().Matches(k)).Select(m => Singular(m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        keyWords.ExceptWith(TitleWord().Matches(e.Title).Select(m => Singular(m.Value)));
        var said = ContentWords(anchorWords).Select(Singular).ToList();
        return said.Count > 0 && said.All(w => titleWords.Contains(w) || keyWords.Contains(w));

        static string Singular(string word) => word.Length > 4 && word.EndsWith('s') ? word[..^1] : word;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex TitleWord();

    /// <summary>A side's words without the distance they end with ("the trilateral met again in Islamabad four months later").</summary>
    private static string? Without(string? words, string distance) =>
        words is not null && words.EndsWith(distance, StringComparison.OrdinalIgnoreCase) && words.Length > distance.Length ? words[..^distance.Length].TrimEnd(' ', ',') : words;

    /// <summary>A side's words, without the opening of a citation group that follows them ("[@", "[[").</summary>
    private static string Phrase(string text, int from, int to) => text[from..to].TrimEnd(' ', '[', '@').Trim(' ', ',', ';', '.', '"', '“', '”');

    /// <summary>Round brackets that hold only a citation: "([[trilateral-first-meeting-2013]])", "([@id])", "(@id)".</summary>
    [GeneratedRegex(@"\G\(\s*(?:\[\[[^\[\]\n]+\]\]|\[@[^\[\]\n]+\]|@[\w:.-]*\w)\s*\)")]
    private static partial Regex BracketedCitation();

    /// <summary>The end of the clause that starts at a place: the next comma, semicolon, colon, dash or bracket outside a citation.</summary>
    private static int ClauseEnd(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            // (Brackets that hold only a citation are the words' before them: "followed the Beijing meeting ([[…]]) by seven months".)
            if (depth == 0 && c == '(' && BracketedCitation().Match(text, i, to - i) is { Success: true } cited) i += cited.Length - 1;
            else if (c == '[') depth++;
            else if (c == ']') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c is ',' or ';' or ':' or '(' or ')' || Prose.Arrows.Contains(c) || Prose.IsDashAt(text, i)) && !(c == ',' && IsDigitComma(text, i))) return i;
            // (A list item or a table cell may hold several sentences: "… after the Soviet withdrawal. Symbolism surely intended?")
            else if (depth == 0 && c is '.' or '!' or '?' && i + 2 < to && text[i + 1] == ' ' && char.IsUpper(text[i + 2])
                     && !Sources.SentenceSplitter.IsAbbreviation(text, i)) return i;
        }
        return to;
    }

    /// <summary>
    /// The end of the words a connector opens in a relative clause, at the verb of the sentence it sits in: "the regime that
    /// outlasted the Soviet withdrawal by more than three years was toppled in 1993" times the regime's fall, not the withdrawal.
    /// </summary>
    private static int RelativeClauseEnd(string text, int scopeStart, int connector, int from, int to) =>
        RelativeBefore().IsMatch(text.AsSpan(scopeStart, connector - scopeStart)) && MainVerb().Match(text, from, to - from) is { Success: true } verb ? verb.Index : to;

    [GeneratedRegex(@"(?<![\w-])(?i:that|which|who)\s+$")]
    private static partial Regex RelativeBefore();

    [GeneratedRegex(@"(?<![\w-])(?:was|were|is|are)(?![\w-])")]
    private static partial Regex MainVerb();

    /// <summary>
    /// The end of the words a connector opens, over a bracket that follows them at once: "a year after the first Moscow
    /// Format meeting (15 February 2017), …" — the bracket is of what they name.
    /// </summary>
    private static int WithBracket(string text, int end, int to) =>
        end < to && text[end] == '(' && text.IndexOf(')', end, to - end) is var close and >= 0 ? close + 1 : end;

    /// <summary>"May 29, 2019": a comma inside a date does not end a clause.</summary>
    private static bool IsDigitComma(string text, int i) =>
        i > 0 && char.IsDigit(text[i - 1]) && i + 2 < text.Length && text[i + 1] == ' ' && char.IsDigit(text[i + 2]);

    private static bool ClosesSentence(string text, Reference reference, ProseScope scope)
    {
        var close = text.IndexOf(']', reference.End);
        var after = close < 0 || close >= scope.End ? reference.End : close + 1;
        while (after < scope.End && text[after] == ']') after++; // a wikilink's "]]"
        return IsBlank(text, after, scope.End, allowPunctuation: true);
    }

    /// <summary>Whether a stretch holds no word: only spaces (and, if allowed, punctuation), or a few words that open a sentence ("Soon", "Only").</summary>
    private static bool IsBlank(string text, int from, int to, bool allowPunctuation = false)
    {
        var stretch = text.AsSpan(from, Math.Max(0, to - from)).Trim();
        if (allowPunctuation) stretch = stretch.Trim(" ,;:.!?)(—–-\"“”'’");
        if (stretch.IsEmpty) return true;
        return !allowPunctuation && HeadWords().IsMatch(stretch);
    }

    [GeneratedRegex(@"(?i)\b(?:and|but)\b")]
    private static partial Regex Joined();

    /// <summary>"Only after Y did X", "Not until Y was X": a head that inverts the clause after the anchor's words.</summary>
    [GeneratedRegex(@"^\s*(?i:only|not\s+until)\b")]
    private static partial Regex Inverted();

    [GeneratedRegex(@"\s(?:did|does|do|was|were|had|has|have|could|would)\s+(?=\p{L})")]
    private static partial Regex InvertedVerb();

    /// <summary>The head of a cleft sentence, "It was (only) after Y that X".</summary>
    private const string ItWas = @"it\s+(?:was|is)";

    /// <summary>"It was only after Y that X": a head that puts the subject after "that".</summary>
    [GeneratedRegex(@"(?<![\w-])(?i:" + ItWas + @")(?![\w-])")]
    private static partial Regex Cleft();

    [GeneratedRegex(@"\s(?i:that)\s+(?=\p{L})")]
    private static partial Regex CleftThat();

    /// <summary>
    /// Where the clause starts that "and" joins after a date closing the one before it, no date of its own before
    /// <paramref name="to"/>: "in 2000 and, within a year and a half, was the first to phone Bush after 9/11"; null otherwise.
    /// </summary>
    private static int? EarlierConjunct(NoteAnalysis note, DateMention date, int to) =>
        ConjunctAfter().Match(note.Note.Prose.Text, date.End, to - date.End) is { Success: true } and
        && !note.Note.Dates.Any(d => d.Start >= and.Index + and.Length && d.End <= to && NoteAnalysis.IsStatedPoint(d))
            ? and.Index + and.Length : null;

    [GeneratedRegex(@"\G[\s,]*and\b[\s,]+(?=\p{L})")]
    private static partial Regex ConjunctAfter();

    /// <summary>
    /// A side named in prose by words that may give its date too. A date of the words that agrees with the event is the
    /// side's, no claim of the sentence's ("…after the Moscow Format meeting of November 2018"), and the words name no
    /// event that date denies: "the November 2018 Moscow Format meeting" is not the first.
    /// </summary>
    private static TimeSide OwnDated(NoteAnalysis note, EventMatch named, string words, int from, int to)
    {
        var own = StatedIn(note, from, to) is { } stated && DateAgreement.Agrees(stated, named.Event.Date) ? stated : null;
        return TimeSide.Of(own is null ? named : named with { Contenders = [.. named.Contenders.Where(c => DateAgreement.Agrees(own, c.Date))] }, words) with { Date = own };
    }

    /// <summary>A year that says which one a thing is rather than when the clause's event was: "the 2019 election".</summary>
    private static bool Attributive(string text, DateMention date) =>
        date.Date?.Precision == DatePrecision.Year && TheBefore().IsMatch(text.AsSpan(Math.Max(0, date.Start - 8), Math.Min(8, date.Start)))
        && NounAfter().IsMatch(text.AsSpan(date.End));

    [GeneratedRegex(@"(?i)\bthe\s+$")]
    private static partial Regex TheBefore();

    [GeneratedRegex(@"^\s+(?!(?:and|or|to|until|till|through|was|were|is)\b)\p{L}")]
    private static partial Regex NounAfter();

    /// <summary>A dash that sets words apart: "— two weeks after the Skripal poisoning —".</summary>
    [GeneratedRegex(@"\s(?:[—–]|--)\s+")]
    private static partial Regex AsideDash();

    /// <summary>
    /// A clause that says something did not happen — "never met again", "did not return", "no longer" (but a decision "not
    /// to veto" did) — or that only someone else says it did: "anyone who claims Moscow discovered the Taliban problem only
    /// after 9/11", "the myth that…".
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:never|no\s+longer|not(?!\s+(?:long|only|quite|yet|least|much|until|to)\b)|\w+n['’]t|(?:who|which|that)\s+(?:still\s+)?claims?|claim(?:s|ed)?\s+that|myth|wrongly|mistakenly)\b")]
    private static partial Regex Negated();

    /// <summary>The words that stress a connector: "only after", "shortly before", "long after".</summary>
    private const string StressWords = "soon|shortly|just|only|long|even|well|right|immediately|directly";

    /// <summary>The verbs that join a subject to its connector and say nothing of it: "… came", "… was held", "… took place".</summary>
    private const string JoinsVerbs = @"came|comes|come|(?:was|were|is|are)(?:\s+held)?|took\s+place|t(?:ook|akes)\s+effect|happened|occurred";

    /// <summary>What may stand before a connector that heads its sentence: stressing words, after a label that opens the line and an opening quote ("Claim: Shortly before Y, X", "Draft: \"A week after Y, X.\"").</summary>
    [GeneratedRegex(@"^(?:\p{Lu}\p{L}*(?:\s+\p{L}+)?:\s*(?=\S|$))?[""“‘']?(?:(?i:" + ItWas + @"(?:\s+|$)))?(?i:(?:(?:not\s+)?(?:" + StressWords + @"|then|and|but|so|yet|still|also|a\s+few\s+\w+|some\s+\w+)\s*,?\s*)*)$")]
    private static partial Regex HeadWords();

    /// <summary>"in the same year as", "on the same day as": the words that put one thing in another's year, month or day.</summary>
    [GeneratedRegex(@"(?<![\w-])(?i:(?:in|on|during)\s+)?(?<words>(?i:the\s+same\s+)(?<unit>(?i:year|month|day))(?:\s+(?i:as|that|when))?)(?=\s+\p{L})")]
    private static partial Regex SameAs();

    /// <summary>
    /// Whether a connector orders nothing: "before or after the troops came home?" asks, "after two days of
    /// negotiations" is a length, not a thing something came after, and "before the annual gathering" is in front of it.
    /// </summary>
    private static bool NoOrder(string text, ProseScope scope, int start, int end)
    {
        var connector = text.AsSpan(start, end - start);
        var rest = text.AsSpan(end);
        return EitherWay().IsMatch(rest) || EitherWayBefore().IsMatch(text.AsSpan(scope.Start, start - scope.Start))
            || (connector.Equals("after", StringComparison.OrdinalIgnoreCase) && (LengthOf().IsMatch(rest) || OneAfterAnother(text, start, end)))
            // ("Putin's tirade before the annual gathering of journalists": in front of them, not earlier.)
            || (connector.Equals("before", StringComparison.OrdinalIgnoreCase) && Audience().IsMatch(rest))
            // ("…moved against the Taliban the following year": a time, counted from no date of the note's, not a connector.)
            || ((connector.Equals("following", StringComparison.OrdinalIgnoreCase) || connector.Equals("preceding", StringComparison.OrdinalIgnoreCase))
                && TimeUnitNext().IsMatch(rest));
    }

    /// <summary>
    /// "round after round", "year after year", "one after another": a thing repeated, not one thing after another.
    /// </summary>
    private static bool OneAfterAnother(string text, int start, int end) =>
        WordBefore().Match(text, Math.Max(0, start - 40), Math.Min(start, 40)) is { Success: true } before && WordAfter().Match(text, end) is { Success: true } after
        && (before.Groups[1].Value.Equals(after.Groups[1].Value, StringComparison.OrdinalIgnoreCase)
            || (before.Groups[1].Value.Equals("one", StringComparison.OrdinalIgnoreCase) && AnotherNext().IsMatch(text.AsSpan(end))));

    /// <summary>The "another" or "the other" of "one after another", "one after the other".</summary>
    [GeneratedRegex(@"^\s+(?i:another|the\s+other)(?![\w-])")]
    private static partial Regex AnotherNext();

    [GeneratedRegex(@"(?<![\w-])(\p{L}+)\s+$")]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"\G\s+(\p{L}+)(?![\w-])")]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"^\s+(?i:day|week|month|year|decade|" + PatternParts.Seasons + "|" + PatternParts.Months + @")s?(?![\w-])")]
    private static partial Regex TimeUnitNext();

    [GeneratedRegex(@"^\s+(?i:or|and)\s+(?i:before|after)(?![\w-])")]
    private static partial Regex EitherWay();

    /// <summary>Those "before" whom something is said or done: "the annual gathering", "Congress", "reporters".</summary>
    [GeneratedRegex(@"^\s+(?:(?:an?|the)\s+)?(?:(?:annual|packed|large|joint|full|assembled|gathered|international|foreign)\s+)*(?i:audience|gathering|crowd|assembly|congress|parliament|duma|senate|committee|journalists|reporters|press|cameras|general\s+assembly|security\s+council)(?![\w-])")]
    private static partial Regex Audience();

    [GeneratedRegex(@"(?<![\w-])(?i:before|after)\s+(?i:or|and)\s+$")]
    private static partial Regex EitherWayBefore();

    [GeneratedRegex(@"^\s+" + PatternParts.Approximately + PatternParts.Number + @"\s+" + PatternParts.Unit + PatternParts.LastingTail)]
    private static partial Regex LengthOf();

    /// <summary>Where the words after a lead-in that asks the reader to mark them begin ("Note that …"), else where they begin.</summary>
    private static int AfterNoteThat(string text, int from, int to) =>
        to > from && NoteThat().Match(text, from, to - from) is { Success: true } lead ? lead.Index + lead.Length : from;

    /// <summary>
    /// "Note that", "Remember (that)", and a reporting frame a fact-checker quotes a text in: "Draft says", "The article
    /// claims that", "According to the draft,", "On the paper's account", "Per the paper,".
    /// </summary>
    [GeneratedRegex(@"\G\W*(?i:(?:note|notice|remember|recall|bear\s+in\s+mind|keep\s+in\s+mind|it\s+is\s+worth\s+(?:noting|remembering)|(?:the\s+)?fact\s+is|don['’]t\s+forget)\s*,?\s+(?:that\s+)?"
        + @"|(?:(?:the|this|my|our|an?|its)\s+)?(?:" + ReportingTexts + @")\s+(?:says|said|claims|claimed|states|stated|writes|wrote|argues|argued|asserts|suggests|has\s+it)\s*[,:]?\s+(?:that\s+)?"
        + @"|according\s+to\s+(?:the|this|my|our|an?)\s+(?:" + ReportingTexts + @")\s*,\s*"
        + @"|(?:on|in|by)\s+(?:the|this|my|our)\s+(?:" + ReportingTexts + @")['’]s?\s+(?:account|telling|reading|version)\s*,?\s*"
        + @"|per\s+(?:the|this|my|our)\s+(?:" + ReportingTexts + @")\s*,\s*)")]
    private static partial Regex NoteThat();

    /// <summary>Texts a note quotes as saying something: "the draft", "the article".</summary>
    internal const string ReportingTexts = "draft|article|text|author|source|piece|book|chapter|writer|essay|report|feature|reporter|story|script|manuscript|copy|wikipedia|entry|caption|label|blurb|paper|study";

    /// <summary>
    /// Whom "he", "she" or "they" opening some words stands for: the person named before in the sentence, or the group
    /// or body named last before in the paragraph (when no one else came after it). Null for other words.
    /// </summary>
    private static ActorMention? Referent(NoteAnalysis note, ProseScope scope, int from, int to)
    {
        if (Pronoun().Match(note.Note.Prose.Text.Substring(from, Math.Max(0, to - from))) is not { Success: true } pronoun) return null;
        // (Opening its sentence, the one person of the sentence or heading just before: "## Najibullah's fall" then "He
        // resigned a year after …".)
        if (pronoun.Groups["person"].Success)
            return PersonBefore(note, scope, from)
                   ?? (note.Note.Prose.ScopeBeforeOpening(scope, from) is { } before
                       && note.Actors.Where(m => before.Contains(m.Start) && m.Actors.All(a => a.Kind == ActorKind.Person)).ToList() is [var only, ..] people
                       && people.All(m => m.Actors.SequenceEqual(only.Actors)) ? only : null);
        var paragraph = note.Note.Prose.Text.LastIndexOf("\n\n", Math.Max(0, from - 1), StringComparison.Ordinal);
        return note.Actors.LastOrDefault(m => m.Start > paragraph && m.Start < from) is { } last
               && last.Actors.All(a => a.Kind is ActorKind.Group or ActorKind.Body or ActorKind.Organisation) ? last : null;
    }

    /// <summary>
    /// "Najibullah hung on for two years after Moscow stopped supplying arms, finally resigning in April 1992", "…, then
    /// resigned": someone the subject's words say held on for the distance, and what the words after the anchor's clause
    /// say they then did, as theirs. Null unless the subject's words are a person holding on and such words follow.
    /// </summary>
    private static EventMatch? HeldOnUntil(NoteAnalysis note, ProseScope scope, (int From, int To) subject, int anchorEnd)
    {
        var text = note.Note.Prose.Text;
        if (!HeldOn().IsMatch(text.AsSpan(subject.From, subject.To - subject.From))
            || PersonBefore(note, scope, subject.To) is not { } who || who.Start < subject.From
            || ThenDid().Match(text, anchorEnd) is not { Success: true } then) return null;
        var from = then.Index + then.Length;
        return EventInference.Named(note, from, ClauseEnd(text, from, scope.End), owner: who);
    }

    /// <summary>Words that end on holding on for a time: "Najibullah hung on for", "held out in power for".</summary>
    [GeneratedRegex(@"(?i)\b(?:(?:held|hung|clung|holding|hanging|clinging)\s+on|(?:held|holding)\s+out)(?:\s+(?:to|in)\s+power)?\s+for\s*$")]
    private static partial Regex HeldOn();

    /// <summary>Words after a clause that say what came at its end: ", finally resigning …", ", then resigned …".</summary>
    [GeneratedRegex(@"\G,\s+(?i:(?:and\s+)?then|finally|eventually|at\s+last)\s+")]
    private static partial Regex ThenDid();

    /// <summary>"which" right after a connector: "…, after which Karzai spoke of reconciliation".</summary>
    [GeneratedRegex(@"\G\s+(?i:which)\b")]
    private static partial Regex WhichAt();

    /// <summary>The words that put one thing before or after another.</summary>
    [GeneratedRegex(@"(?<![\w-])(?i:(?:the\s+(?:day|week|month|year)\s+(?:before|after))|(?:(?:was|were|is|are|had\s+been|been)\s+)?(?:followed|preceded)(?:\s+by)?|following|preceding|prior\s+to|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of|on\s+the\s+heels\s+of|subsequent\s+to|ahead\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|(?:pre|ante|post)dat(?:es|ed|e)|outlast(?:ed|s)?|before|after)(?![\w-])")]
    private static partial Regex Connector();

    /// <summary>An anchor that only points back: "two months after them", "a year after it".</summary>
    [GeneratedRegex(@"^(?i:it|them|that|this|these|those)$")]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"(?i)\b(?:(?<n>[0-9]{1,3})(?:st|nd|rd|th)\s+|(?<word>[a-z]+(?:-[a-z]+)?)\s+)?anniversary\b")]
    private static partial Regex Anniversary();

    [GeneratedRegex(@"(?i)(?:\s+(?:" + StressWords + @"))?\s+(?:" + JoinsVerbs + @")$")]
    private static partial Regex TrailingVerb();

    /// <summary>
    /// The verb that joins words naming an event to a connector, as a name's words may end: the trailing verbs, and "opened",
    /// "began", "started" (which the subject's own reading keeps: "Putin's third term began …" is its start).
    /// </summary>
    [GeneratedRegex(@"(?i)(?:\s+(?:" + StressWords + @"))?\s+(?:" + JoinsVerbs + @"|opened|began|started)(?:\s+(?:" + StressWords + @"))?$")]
    private static partial Regex JoiningVerb();

    [GeneratedRegex(@"(?i)(?:pre|ante|post)dat(?:es|ed|e)$|^outlast")]
    private static partial Regex DatesVerb();

    /// <summary>"by two weeks", "by just one day", "by roughly seven weeks", "by only six months", "by barely two months" (at most two): the distance of "followed Y by …" (not "by a year and a half").</summary>
    [GeneratedRegex(@"(?<![\w-])by\s+(?<amount>(?i:(?:" + Hedges.Scarcely + @"|a\s+mere|only)\s+)?" + PatternParts.Approximately + PatternParts.Number + @"\s+" + PatternParts.Unit + @")(?![\w-])(?!\s+(?:and|or)\s+(?:a\s+half|so|more))")]
    private static partial Regex ByDistance();

    /// <summary>A verb or two without a subject, or "i.e.": "held", "i.e.", "which came".</summary>
    [GeneratedRegex(@"^\s*(?:(?:i\.e\.|e\.g\.|[a-z]+),?\s+){1,2}$")]
    private static partial Regex Elided();

    /// <summary>
    /// "and" opening another phrase ("and in the teeth of", "and so") or a verb of the subject's ("and ended Russia's
    /// support", "and soon left"): no word of the anchor's.
    /// </summary>
    [GeneratedRegex(@"\s+(?i:and)\s+(?:(?i:in|at|on|despite|amid|with|without|against|so|thus|therefore|hence|yet|then)\s|(?=(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|was|were|had|has|left|won|became|began|brought|sent|took|made|gave|kept)\b))")]
    private static partial Regex AndPhrase();

    /// <summary>A citation group: "[@a; @b]", "[[id|label]]".</summary>
    [GeneratedRegex(@"\[+[^\]]*\]+")]
    private static partial Regex Citation();

    /// <summary>
    /// Where an anchor's words end: at the end of their clause, or where "and" opens another phrase ("less than three months
    /// after Taraki's murder and in the teeth of the Politburo's refusals of the previous March") or a verb of the subject's
    /// ("…came four years into the war on terror and ended Russia's support").
    /// </summary>
    private static int AnchorEnd(string text, int from, int limit)
    {
        var end = ClauseEnd(text, from, limit);
        return AndPhrase().Match(text, from, end - from) is { Success: true } and ? and.Index : end;
    }

    /// <summary>
    /// Whether "followed" or "preceded" without an object says when, not after what: "…, the apartment bombings followed in
    /// September", "the second session followed in Islamabad in October 2013", "the second session followed seven months
    /// later in Islamabad", "the Islamabad round followed that September" (a date of its own, counted from the one before, right
    /// after the verb: what comes after that is where, not after what).
    /// </summary>
    private static bool SaysWhen(NoteAnalysis note, ProseScope scope, string lower, int end)
    {
        if (!lower.EndsWith("followed", StringComparison.Ordinal) && !lower.EndsWith("preceded", StringComparison.Ordinal)) return false;
        var text = note.Note.Prose.Text;
        var dates = note.DatesIn(scope).ToList();
        // (Not a whole date, which names what came before: "followed 9/11 by about a year".)
        return dates.Any(d => d.Start > end && d.Kind is DateMentionKind.Relative or DateMentionKind.ContextResolved && string.IsNullOrWhiteSpace(text[end..d.Start]))
            || TimePreposition().Match(text, end) is { Success: true } at && dates.Any(d => d.Start == at.Index + at.Length);
    }

    /// <summary>A preposition of time right after a verb, or after a place it names: "followed in October 2013", "followed in Islamabad in October 2013".</summary>
    [GeneratedRegex(@"\G(?:,?\s+(?i:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,?)?\s+(?i:in|on|during|by|within|around|about)\s+")]
    private static partial Regex TimePreposition();

    /// <summary>A length right here: "a week", "~14 months", "some three years".</summary>
    [GeneratedRegex(@"\G\s*" + PatternParts.Approximately + PatternParts.Number + @"\s+" + PatternParts.Unit)]
    private static partial Regex AmountAt();

    /// <summary>"within days" as a bound of two weeks, "within weeks" of two months: at most a few of the unit.</summary>
    private static DateMention Few(Match few) => new(few.Index, few.Length, null, DateMentionKind.Relative)
    {
        Text = few.Value, Relative = few.Groups[1].Value.Equals("days", StringComparison.OrdinalIgnoreCase)
            ? new RelativeOffset(14, TimeUnit.Day, RelativeDirection.Within) : new RelativeOffset(8, TimeUnit.Week, RelativeDirection.Within),
    };

    /// <summary>"within weeks", "within days": a bound without a number.</summary>
    [GeneratedRegex(@"(?i)\bwithin\s+(days|weeks)\b")]
    private static partial Regex WithinFew();

    /// <summary>"took ten years to", "took Russia fifteen years to": the length of what the clause goes on to tell.</summary>
    [GeneratedRegex(@"(?i)" + TookLength + @"\s+to\s")]
    private static partial Regex TookTo();

    /// <summary>"took ten years", "took Russia fifteen years": a length something took (TookTo, LengthFromTo).</summary>
    private const string TookLength = @"\btook\s+(?:[\w’'-]+\s+){0,2}?(?<amount>" + PatternParts.Approximately + PatternParts.Number + @"\s+" + PatternParts.Unit + @")";

    /// <summary>"It took Russia", "it took Moscow's diplomats": the clause's words before a length it took.</summary>
    [GeneratedRegex(@"(?i)\bit\s+took(?:\s+[\w’'-]+){0,2}\s*$")]
    private static partial Regex ItTook();

    /// <summary>" to " before a verb: where an infinitive starts.</summary>
    [GeneratedRegex(@"\sto\s+(?=[a-z])")]
    private static partial Regex Infinitive();

    /// <summary>"took fifteen years from", "took two years after": what follows is what the length counts from.</summary>
    [GeneratedRegex(@"(?i)\btook\s+" + PatternParts.Approximately + PatternParts.Number + @"\s+" + PatternParts.Unit + @"\s+(?:from|after|since)\s")]
    private static partial Regex TookFrom();

    [GeneratedRegex(@"(?i)\s(?:to|until|till|for|before)\s")]
    private static partial Regex UntilTo();

    [GeneratedRegex(@"(?i)\banniversary\s+of\s")]
    private static partial Regex AnniversaryOf();

    /// <summary>
    /// The "of" right after a span, whose words follow (anchored where the span ends): "within three years | of the
    /// withdrawal" times by another thing, "for 100 years | of diplomatic relations" measures a thing.
    /// </summary>
    [GeneratedRegex(@"\G\s+of\s")]
    private static partial Regex OfAfter();

    /// <summary>"Between X and Y lay three years", "three years passed between X and Y": a distance whose order the dates give.</summary>
    [GeneratedRegex(@"(?i:\bbetween)\s+(?<sides>[^;:]+?)\s+(?i:there\s+)?(?i:lay|lie|lies|were|was|passed|elapsed|stood|stretched|is|are|had\s+passed)\s+(?<amount>" + PatternParts.Approximately + PatternParts.Number + @"\s+" + PatternParts.Unit + @")(?![\w-])"
        + @"|(?<![\w-])(?<amount>" + PatternParts.Approximately + PatternParts.Number + @"\s+" + PatternParts.Unit + @")\s+(?:(?i:had\s+)?(?i:passed|elapsed|went\s+by|lay)\s+)?(?i:between)\s")]
    private static partial Regex BetweenWords();

    /// <summary>"three years apart", "only three months separated": a distance whose order the dates give.</summary>
    [GeneratedRegex(@"(?<![\w-])(?<amount>" + PatternParts.Approximately + PatternParts.Number + @"\s+" + PatternParts.Unit + @")\s+(?:(?<apart>apart)(?![\w-])|(?i:separated?|separates)\s)")]
    private static partial Regex ApartWords();

    /// <summary>"on the 30th anniversary of": the anniversary's year, counted from what follows.</summary>
    [GeneratedRegex(@"(?i)\b(?:on|marked|marking|was)\s+(?<said>the\s+(?:(?<n>[0-9]{1,3})(?:st|nd|rd|th)|(?<word>[a-z]+(?:-[a-z]+)?))\s+anniversary)\s+of\s")]
    private static partial Regex OnAnniversary();

    /// <summary>Words before a connector that stress it or say it loosely: "…was set up only after", "…was held weeks before".</summary>
    [GeneratedRegex(@"(?i)\s+(?:not\s+)?(?:" + StressWords + @"|(?:(?:some|a\s+few|several|mere)\s+)?(?:days|weeks|months|years|decades))\s*$")]
    private static partial Regex Stressing();

    /// <summary>"later that month", "earlier in the same year": the word just before a date that takes its month or year from another.</summary>
    [GeneratedRegex(@"(?i)\b(later|earlier)\s+(?:in\s+)?$")]
    private static partial Regex LaterOrEarlier();

    [GeneratedRegex(@"(?i)\s(?:from|and)\s")]
    private static partial Regex FromOrAnd();

    [GeneratedRegex(@"day|week|month|year")]
    private static partial Regex UnitAround();

    [GeneratedRegex(@"^(?:was|were|is|are|had\s+been|been)\s")]
    private static partial Regex Auxiliary();
}
