using System.Text.RegularExpressions;
using Marginalia.Core.Dates.Forms;
using static Marginalia.Core.Dates.Forms.Surroundings;

namespace Marginalia.Core.Dates;

/// <summary>
/// Finds every date expression in a text (a paper's reading text or a note's prose). Each written form
/// (<see cref="FormCatalog"/>, one file each under Forms/) proposes candidates where its trigger words are; here the
/// longest of overlapping candidates wins, adjacent dates joined by "–", "to" or "between … and" become ranges, the forms
/// refine what was chosen (a hedge before a date), and a last walk in text order gives yearless dates ("On 28 August",
/// "that year") the year of the date before them and counts "after three days" from it.
/// </summary>
/// <remarks>
/// A yearless date with no date before it and no context argument is not returned: a mention of kind Absolute or
/// ContextResolved always has a Date. Only relative and duration mentions may have a null Date.
/// </remarks>
public static partial class DateRecognizer
{
    /// <param name="continues">Whether a relative date at a place may count from a date before it across a line break
    /// (a note's timeline: "- two days later: …" after the list item before it); by default it may not.</param>
    /// <param name="order">How the text writes numeric dates that read both ways ("07/05/2005"); by default it is not known.</param>
    public static IReadOnlyList<DateMention> Recognize(string text, HistoricalDate? context = null, Func<int, int, bool>? continues = null, DateOrder order = DateOrder.Either)
    {
        var candidates = new List<Candidate>();
        var places = new Dictionary<TriggerWords, List<int>>();
        foreach (var form in FormCatalog.Forms) form.Propose(text, MatchesOf(form, text, places), candidates);
        var atoms = Choose(candidates);
        var joined = JoinRanges(text, atoms);
        foreach (var form in FormCatalog.Forms) form.Refine(text, joined);
        return Resolve(text, joined, context, continues, order);
    }

    /// <summary>Reads a text that is one date and nothing else ("15 February 1989", "1992–96"), or null.</summary>
    public static HistoricalDate? ParseOne(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;
        var mentions = Recognize(trimmed);
        return mentions is [{ Start: 0, Date: { } date, Kind: DateMentionKind.Absolute, Hedge: null } only] && only.Length == trimmed.Length
            ? date
            : null;
    }

    // ---------------------------------------------------------------- where forms are tried

    /// <summary>
    /// The matches of a form's pattern where its trigger says it is worth trying: near its trigger words (anchored), over
    /// the whole text when one of its words is in it, or over the whole text; none for a form that only refines chosen
    /// dates. Trigger words are found once per text.
    /// </summary>
    internal static IEnumerable<Match> MatchesOf(DateForm form, string text, Dictionary<TriggerWords, List<int>>? places = null)
    {
        var trigger = form.Trigger;
        if (trigger.Kind == TriggerKind.BeforeDates) return [];
        if (trigger.Words is not { } words) return form.Pattern.Matches(text);
        places ??= [];
        if (!places.TryGetValue(words, out var at)) places[words] = at = words.In(text);
        return trigger.Anchored ? Near(form.Pattern, text, at, trigger.WordsBefore)
            : at.Count > 0 ? form.Pattern.Matches(text)
            : [];
    }

    /// <summary>The matches of an anchored pattern (\G) that cannot match without one of the words, in text order.</summary>
    private static IEnumerable<Match> Near(Regex anchored, string text, List<int> wordAt, int wordsBefore)
    {
        // The earliest place a match holding each word (or a later one) can start.
        var earliest = new int[wordAt.Count];
        for (var i = wordAt.Count - 1; i >= 0; i--)
            earliest[i] = Math.Min(WordsBefore(text, wordAt[i], wordsBefore), i + 1 < wordAt.Count ? earliest[i + 1] : int.MaxValue);
        var from = 0; // every match starting before this has been found
        for (var i = 0; i < wordAt.Count; i++)
        {
            if (wordAt[i] < from) continue;
            for (var x = Math.Max(from, earliest[i]); x <= wordAt[i]; x++)
            {
                // The patterns start with a letter, a digit (\d) or a shorthand hedge ("~3 yrs", ">3 yrs"), never right after a letter or digit (\w).
                if (!(char.IsLetterOrDigit(text[x]) || text[x] is '~' or '<' or '>') || (x > 0 && char.IsLetterOrDigit(text[x - 1]))) continue;
                var m = anchored.Match(text, x);
                if (!m.Success) continue;
                yield return m;
                from = m.Index + m.Length;
                break;
            }
            from = Math.Max(from, wordAt[i] + 1);
        }
    }

    // ---------------------------------------------------------------- overlaps, ranges, context

    /// <summary>Non-overlapping candidates in text order; of overlapping ones the longest wins, then the higher priority.</summary>
    private static List<Candidate> Choose(List<Candidate> candidates)
    {
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : b.Priority.CompareTo(a.Priority));
        var chosen = new List<Candidate>();
        foreach (var c in candidates)
        {
            if (chosen.Count > 0 && c.Start < chosen[^1].End)
            {
                if (c.Length > chosen[^1].Length && (chosen.Count < 2 || chosen[^2].End <= c.Start)) chosen[^1] = c;
                continue;
            }
            chosen.Add(c);
        }
        return chosen;
    }

    /// <summary>Joins "9 July – 10 August 2015", "From 2000 to 2012", "between 2001 and 2014" into one range each.</summary>
    private static List<Candidate> JoinRanges(string text, List<Candidate> atoms)
    {
        var result = new List<Candidate>(atoms.Count);
        for (var i = 0; i < atoms.Count; i++)
        {
            var a = atoms[i];
            if (i + 1 < atoms.Count && a.Joinable && atoms[i + 1].Joinable && a.Shape != Shape.Relative)
            {
                var b = atoms[i + 1];
                var gap = text.AsSpan(a.End, b.Start - a.End).Trim();
                var prefix = RangePrefix(text, a.Start);
                var joins = gap is "–" or "—" or "-" or "to" or "until" or "till" or "through"
                            || (gap is "and" && prefix.Word is "between");
                if (joins && Join(text, a, b, prefix.Start) is { } range)
                {
                    result.Add(range);
                    i++;
                    continue;
                }
            }
            result.Add(a);
        }
        return result;
    }

    private static (string Word, int Start) RangePrefix(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ') i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        var word = text[(i + 1)..end].ToLowerInvariant();
        return word is "from" or "between" && end < at && (i < 0 || !char.IsLetterOrDigit(text[i])) ? (word, i + 1) : ("", at);
    }

    private static Candidate? Join(string text, Candidate a, Candidate b, int start)
    {
        var end = b.End;
        var written = text[start..end];
        if (a.Date is { } first && b.Date is { } last)
            return first.Start <= last.End
                ? new Candidate(start, end - start, Shape.Date) { Date = HistoricalDate.Between(first, last, written), Joinable = false }
                : null;
        if (a.Date is { } from && b.WithYear is { } laterWithYear)
        {
            var to = laterWithYear(from.End.Year);
            if (to.End < from.Start) to = laterWithYear(from.End.Year + 1);
            return new Candidate(start, end - start, Shape.Date) { Date = HistoricalDate.Between(from, to, written) };
        }
        if (a.WithYear is { } earlierWithYear && b.Date is { } until)
        {
            var fromDate = earlierWithYear(until.Start.Year);
            if (fromDate.Start > until.End) fromDate = earlierWithYear(until.Start.Year - 1);
            return new Candidate(start, end - start, Shape.Date) { Date = HistoricalDate.Between(fromDate, until, written) };
        }
        if (a.WithYear is { } aw && b.WithYear is { } bw)
            return new Candidate(start, end - start, Shape.Yearless)
            {
                WithYear = y =>
                {
                    var (x, z) = (aw(y), bw(y));
                    if (z.End < x.Start) z = bw(y + 1);
                    return HistoricalDate.Between(x, z, written);
                },
            };
        return null;
    }

    private static List<DateMention> Resolve(string text, List<Candidate> chosen, HistoricalDate? context, Func<int, int, bool>? continues, DateOrder order)
    {
        var mentions = new List<DateMention>(chosen.Count);
        int? year = context is null ? null : ContextYear(context);
        (int Year, int Month)? month = context is { } c && c.Start.Year == c.End.Year && c.Start.Month == c.End.Month ? (c.Start.Year, c.Start.Month) : null;
        DateMention? previous = null, earlier = null;
        foreach (var c2 in chosen)
        {
            var written = text.Substring(c2.Start, c2.Length);
            // A hedged date is the date as written after its hedge: "c. 1993" is 1993, and says so in Claimed.
            var dateText = c2.Hedge is { } h ? written[h.Length..] : written;
            HistoricalDate? date = null;
            var kind = DateMentionKind.Absolute;
            switch (c2.Shape)
            {
                case Shape.Date:
                    date = c2.Date!.WithText(dateText);
                    break;
                case Shape.ContextYear when c2.FromPrevious is { } count && previous?.Date is { } before:
                    date = count(before).WithText(dateText);
                    kind = DateMentionKind.ContextResolved;
                    break;
                case Shape.Yearless or Shape.ContextYear when year is { } y:
                    date = c2.WithYear!(y + c2.YearOffset).WithText(dateText);
                    kind = DateMentionKind.ContextResolved;
                    break;
                case Shape.SameMonth when month is { } mo:
                    date = HistoricalDate.InMonth(mo.Year, mo.Month, dateText);
                    kind = DateMentionKind.ContextResolved;
                    break;
                case Shape.Relative:
                    kind = c2.Relative!.Direction is RelativeDirection.Within or RelativeDirection.Lasting
                        ? DateMentionKind.Duration
                        : DateMentionKind.Relative;
                    break;
                default:
                    continue; // a yearless date with nothing before it to take the year from
            }
            var mention = DateOrders.Settle(new DateMention(c2.Start, c2.Length, date, kind)
            {
                Relative = c2.Relative, Text = written, Style = c2.Style, Weekday = c2.Weekday,
                AlternativeReading = c2.Alternative?.WithText(dateText), Hedge = c2.Hedge,
            }, order);
            // "The next year", "the previous year", "(later) that month": counted from the date before it, as a relative date is.
            if (c2.Shape is Shape.ContextYear or Shape.SameMonth && kind == DateMentionKind.ContextResolved && previous?.Date is not null
                && (!text.AsSpan(previous.End, c2.Start - previous.End).Contains('\n') || continues?.Invoke(previous.End, c2.Start) == true))
                mention = mention with { Anchor = previous };
            if (c2.Shape == Shape.Relative)
            {
                // "…hosted Khalilzad on 25 October, some seven weeks later": a relative date set beside a date says how far that
                // date is from the one before it, and counts from that one.
                var from = previous is not null && earlier?.Date is not null && BesideDate().IsMatch(text.AsSpan(previous.End, c2.Start - previous.End))
                    && !text.AsSpan(earlier.End, previous.Start - earlier.End).Contains('\n') ? earlier : previous;
                if (c2.CountsFromPrevious && from?.Date is { } anchor && FineEnough(anchor, c2.Relative!.Unit)
                    && (!text.AsSpan(from.End, c2.Start - from.End).Contains('\n') || continues?.Invoke(from.End, c2.Start) == true))
                {
                    mention = mention with { Date = mention.ResolveAgainst(anchor), Anchor = from };
                    // "Russia began air strikes two days later. Later that year…": the year is the one counted to.
                    year = ContextYear(mention.Date!);
                }
                mentions.Add(mention);
                continue;
            }
            mentions.Add(mention);
            if (date is not null && c2.SetsContext)
            {
                (earlier, previous) = (previous, mention);
                year = ContextYear(date);
                month = date.Start.Year == date.End.Year && date.Start.Month == date.End.Month ? (date.Start.Year, date.Start.Month) : null;
            }
        }
        return mentions;
    }

    /// <summary>"after three days" counts from a day, not from "1989": the anchor may be no wider than one unit (weeks, than a month).</summary>
    private static bool FineEnough(HistoricalDate anchor, TimeUnit unit) =>
        anchor.Length + 1 <= unit switch
        {
            TimeUnit.Day => 1,
            // (Weeks from a month, "in June 2010; three weeks later", land in a month's span: late June to late July.)
            TimeUnit.Week => 31,
            TimeUnit.Month => 31,
            TimeUnit.Year => 366,
            _ => 3653,
        };

    /// <summary>The year a later yearless date takes from this one: its own, or a range's last ("winter 2019" is 2019).</summary>
    private static int ContextYear(HistoricalDate date) =>
        date.Precision == DatePrecision.Range ? date.End.Year : date.Start.Year;

    /// <summary>Nothing but a comma, a dash or a parenthesis between a date and the relative date set beside it.</summary>
    [GeneratedRegex(@"^\s*[,(—–]\s*$")]
    private static partial Regex BesideDate();
}
