using System.Buffers;
using System.Text.RegularExpressions;

namespace Marginalia.Core.Dates;

/// <summary>
/// Finds every date expression in a text (a paper's reading text or a note's prose), in one pass of a few
/// source-generated patterns: each pattern proposes candidates, the longest of overlapping candidates wins, adjacent
/// dates joined by "–", "to" or "between … and" become ranges, and a last walk in text order gives yearless dates
/// ("On 28 August", "that year") the year of the date before them and counts "after three days" from it.
/// </summary>
/// <remarks>
/// A yearless date with no date before it and no context argument is not returned: a mention of kind Absolute or
/// ContextResolved always has a Date. Only relative and duration mentions may have a null Date.
/// </remarks>
public static partial class DateRecognizer
{
    public static IReadOnlyList<DateMention> Recognize(string text, HistoricalDate? context = null)
    {
        var candidates = new List<Candidate>();
        Propose(text, candidates);
        var atoms = Choose(candidates);
        var joined = JoinRanges(text, atoms);
        TakeHedges(text, joined);
        return Resolve(text, joined, context);
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

    // ---------------------------------------------------------------- candidates

    private enum Shape { Date, Yearless, ContextYear, SameMonth, Relative }

    /// <summary>A possible date expression before overlaps are settled and context is applied.</summary>
    private sealed class Candidate(int start, int length, Shape shape)
    {
        public int Start { get; set; } = start;
        public int Length { get; set; } = length;
        public Shape Shape { get; } = shape;
        public int End => Start + Length;
        public int Priority { get; init; }
        public DateStyle Style { get; init; }
        public DayOfWeek? Weekday { get; init; }
        /// <summary>The stated date (Shape.Date).</summary>
        public HistoricalDate? Date { get; set; }
        public HistoricalDate? Alternative { get; init; }
        /// <summary>Builds the date from a year (Shape.Yearless and ContextYear: the context year plus YearOffset).</summary>
        public Func<int, HistoricalDate>? WithYear { get; init; }
        public int YearOffset { get; init; }
        /// <summary>Whether it may take part in a range ("9 July – 10 August 2015").</summary>
        public bool Joinable { get; init; }
        public RelativeOffset? Relative { get; init; }
        /// <summary>Whether a relative mention counts from the date before it ("after three days", "a year later").</summary>
        public bool CountsFromPrevious { get; init; }
        /// <summary>Whether later yearless and relative dates count from it; not "9/11", "the Cold War", "the 1980s".</summary>
        public bool SetsContext { get; init; } = true;
        /// <summary>The hedge taken into the candidate's start ("c. 1993").</summary>
        public DateHedge? Hedge { get; set; }
    }

    // Most patterns cannot match without a month name or a unit of time, and a note often has neither:
    // one vectorized search each spares a dozen regex scans (each tries nearly every position).
    // Months are matched in any case like the patterns; every name starts with its three-letter abbreviation. (No letter of
    // these has another case under (?i) that OrdinalIgnoreCase misses.)
    private static readonly SearchValues<string> MonthStarts =
        SearchValues.Create(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.OrdinalIgnoreCase);

    // The units the patterns take ("(?i:day|week|month|year|decade)"); "wee" because (?i) also lets the Kelvin sign stand for k.
    private static readonly SearchValues<string> UnitWords =
        SearchValues.Create(["day", "wee", "month", "year", "decade"], StringComparison.OrdinalIgnoreCase);

    // The seasons as SeasonPattern writes them; "the Cold War" needs "cold" (no letter of it has another case under (?i)).
    private static readonly SearchValues<string> SeasonWords =
        SearchValues.Create(["Spring", "spring", "Summer", "summer", "Autumn", "autumn", "Winter", "winter", "Fall", "fall"], StringComparison.Ordinal);

    // The first words of the parts of a year as PartOfYearPattern writes them (case-sensitive like the pattern).
    private static readonly SearchValues<string> PartWords = SearchValues.Create(
        ["Early", "early", "Mid", "mid", "Late", "late", "beginning", "start", "middle", "end", "first", "second", "latter", "third", "fourth", "last", "final"],
        StringComparison.Ordinal);

    private static IEnumerable<Match> Matches(Regex pattern, string text, bool mayMatch) =>
        mayMatch ? pattern.Matches(text) : [];

    /// <summary>Every place one of the words is written (a month name's first three letters, a unit of time).</summary>
    private static List<int> Occurrences(string text, SearchValues<string> words, bool wordStartsOnly = false)
    {
        var found = new List<int>();
        for (var at = 0; at < text.Length;)
        {
            var next = text.AsSpan(at).IndexOfAny(words);
            if (next < 0) break;
            // A month name never follows a letter or digit (the patterns want \s, -, or no \w before it): "summary", "decade" are no months.
            if (!wordStartsOnly || at + next == 0 || !char.IsLetterOrDigit(text[at + next - 1])) found.Add(at + next);
            at += next + 1;
        }
        return found;
    }

    private static List<int> MonthsWritten(string text) => Occurrences(text, MonthStarts, wordStartsOnly: true);

    // Some patterns have no literal to look for, so a scan tries them at nearly every place of the text. Each of
    // their matches holds a month name, a unit of time or a part of a year ("early", "the end of") and starts at most a few words before it (weekday, "the",
    // day, ordinal, "of", a day range; "for the next more than three years"): tried only at the word starts that far
    // before each such word, anchored (\G) there, a pattern finds the same matches, leftmost first and without
    // overlaps, as a scan of the whole text.
    // "Tue., the 4th of July", "3 – 5 March", "the beginning of May": four words at most (three fails PatternsNearWordsTests).
    private const int WordsBeforeMonth = 4;
    private const int WordsBeforeUnit = 8;
    // "Early 1989", "the end of 1991", "the final quarter of the same year": the word naming the part starts the match or follows "the".
    private const int WordsBeforePart = 1;

    /// <summary>The anchored patterns matched only near month names, and near units (for the tests: each finds what its scan found).</summary>
    internal static IReadOnlyList<Regex> MatchedNearMonths => [DayMonthYearPattern(), MonthDayYearPattern(), DayRangePattern(), PartOfMonthPattern()];
    internal static IReadOnlyList<Regex> MatchedNearUnits => [AgoLaterPattern(), LastingPattern()];
    internal static IReadOnlyList<Regex> MatchedNearParts => [PartOfYearPattern()];
    internal static IReadOnlyList<Regex> MatchedAtMonths => [MonthYearPattern(), LoneMonthPattern(), MonthBeforeRangePattern()];

    internal static IEnumerable<Match> NearMonths(Regex anchored, string text) => Near(anchored, text, MonthsWritten(text), WordsBeforeMonth);
    internal static IEnumerable<Match> NearUnits(Regex anchored, string text) => Near(anchored, text, Occurrences(text, UnitWords), WordsBeforeUnit);
    // "The decade of the early 1980s", "The early twenty first century", "The spring of 1990".
    private const int WordsBeforeDecade = 5;
    private const int WordsBeforeCentury = 4;
    private const int WordsBeforeSeason = 1;
    internal static IReadOnlyList<Regex> MatchedNearDecades => [DecadePattern()];
    internal static IReadOnlyList<Regex> MatchedNearCentury => [CenturyPattern()];
    internal static IReadOnlyList<Regex> MatchedNearSeasons => [SeasonPattern()];
    internal static IEnumerable<Match> NearDecades(Regex anchored, string text) => Near(anchored, text, DecadesWritten(text), WordsBeforeDecade);
    internal static IEnumerable<Match> NearCentury(Regex anchored, string text) => Near(anchored, text, Occurrences(text, CenturyWord), WordsBeforeCentury);
    internal static IEnumerable<Match> NearSeasons(Regex anchored, string text) => Near(anchored, text, Occurrences(text, SeasonWords), WordsBeforeSeason);

    private static readonly SearchValues<string> CenturyWord = SearchValues.Create(["century"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Every place a decade is written as DecadePattern takes it: a 1 or 2, two digits (\d), 0, and an s after an optional apostrophe.</summary>
    private static List<int> DecadesWritten(string text)
    {
        var found = new List<int>();
        for (var at = 0; at < text.Length;)
        {
            var next = text.AsSpan(at).IndexOfAny('1', '2');
            if (next < 0) break;
            at += next;
            var rest = text.AsSpan(at);
            if (rest.Length >= 5 && char.IsDigit(rest[1]) && char.IsDigit(rest[2]) && rest[3] == '0'
                && (rest[4] == 's' || (rest.Length >= 6 && rest[4] is '\'' or '’' && rest[5] == 's')))
                found.Add(at);
            at++;
        }
        return found;
    }

    internal static IEnumerable<Match> AtMonths(Regex anchored, string text) => Near(anchored, text, MonthsWritten(text), 0);
    internal static IEnumerable<Match> NearParts(Regex anchored, string text) => Near(anchored, text, Occurrences(text, PartWords), WordsBeforePart);


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
                // The patterns start with a letter or a digit (\d), never right after one (\w).
                if (!char.IsLetterOrDigit(text[x]) || (x > 0 && char.IsLetterOrDigit(text[x - 1]))) continue;
                var m = anchored.Match(text, x);
                if (!m.Success) continue;
                yield return m;
                from = m.Index + m.Length;
                break;
            }
            from = Math.Max(from, wordAt[i] + 1);
        }
    }

    /// <summary>The start of the word a number of whitespace-separated words before a place.</summary>
    private static int WordsBefore(string text, int at, int words)
    {
        var i = at;
        for (var w = 0; w < words; w++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }

    private static void Propose(string text, List<Candidate> found)
    {
        var monthAt = MonthsWritten(text);
        var unitAt = Occurrences(text, UnitWords);
        var months = monthAt.Count > 0;
        var units = unitAt.Count > 0;
        foreach (var m in Near(DayMonthYearPattern(), text, monthAt, WordsBeforeMonth)) DayMonthYear(m, found);
        foreach (var m in Near(MonthDayYearPattern(), text, monthAt, WordsBeforeMonth)) MonthDayYear(m, found);
        foreach (var m in Near(DayRangePattern(), text, monthAt, WordsBeforeMonth)) DayRange(m, found);
        // These start with the month name: tried only there.
        foreach (var m in Near(MonthYearPattern(), text, monthAt, 0)) MonthYear(text, m, found);
        foreach (var m in Near(LoneMonthPattern(), text, monthAt, 0).Concat(Near(MonthBeforeRangePattern(), text, monthAt, 0)))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            found.Add(new Candidate(m.Index, m.Length, Shape.Yearless)
            {
                WithYear = y => HistoricalDate.InMonth(y, month, m.Value), Joinable = true,
            });
        }
        foreach (Match m in NumericPattern().Matches(text)) Numeric(m, found);
        // The commonest pattern by far (every year written): read from the match's span, without Match and Group objects.
        // The year is the last four characters of a match, after an optional "the year".
        foreach (var m in YearPattern().EnumerateMatches(text))
        {
            var yearAt = m.Index + m.Length - 4;
            var year = int.Parse(text.AsSpan(yearAt, 4));
            if (year is < 1000 or > 2100 || !LooksLikeYear(text, yearAt, 4)) continue;
            var written = m.Length > 4;
            found.Add(new Candidate(m.Index, m.Length, Shape.Date)
            {
                Date = HistoricalDate.InYear(year, text.Substring(m.Index, m.Length)), Style = written ? DateStyle.Natural : DateStyle.Year, Joinable = !written,
            });
        }
        foreach (Match m in YearRangePattern().Matches(text)) YearRange(text, m, found);
        foreach (Match m in ShortYearPattern().Matches(text)) ShortYearAlone(text, m, found);
        foreach (var m in Near(QuarterPattern(), text, Occurrences(text, QuarterLetter), 1))
            found.Add(Stated(m, Quarter(int.Parse(m.Groups["q"].ValueSpan), YearOf(m.Groups["year"]), m.Value), Written(DateStyle.Quarter, m), joinable: true, priority: 1));
        foreach (var m in NearDecades(DecadePattern(), text)) Decade(m, found);
        foreach (var m in NearCentury(CenturyPattern(), text)) Century(m, found);
        foreach (var m in Near(PartOfMonthPattern(), text, monthAt, WordsBeforeMonth)) PartOfMonth(m, found);
        foreach (var m in NearParts(PartOfYearPattern(), text)) PartOfYear(m, found);
        foreach (var m in NearSeasons(SeasonPattern(), text)) Season(m, found);
        foreach (Match m in Matches(ContextYearPattern(), text, units))
        {
            var offset = m.Groups["which"].Value.ToLowerInvariant() switch
            {
                "following" or "next" => 1,
                "previous" or "preceding" => -1,
                _ => 0,
            };
            found.Add(new Candidate(m.Index, m.Length, Shape.ContextYear)
            {
                YearOffset = offset, WithYear = y => HistoricalDate.InYear(y, m.Value),
            });
        }
        foreach (Match m in Matches(SameMonthPattern(), text, units)) found.Add(new Candidate(m.Index, m.Length, Shape.SameMonth));
        foreach (Match m in NineElevenPattern().Matches(text))
            found.Add(Stated(m, HistoricalDate.OnDay(2001, 9, 11, m.Value), DateStyle.Natural, joinable: false, setsContext: false));
        foreach (Match m in Matches(EraPattern(), text, text.Contains("cold", StringComparison.OrdinalIgnoreCase)))
        {
            var date = m.Groups["end"].Success ? HistoricalDate.InEra(1989, 1991, m.Value) : HistoricalDate.InEra(1947, 1991, m.Value);
            found.Add(Stated(m, date, DateStyle.Natural, joinable: false, setsContext: false));
        }
        foreach (Match m in Matches(OffsetPattern(), text, units)) Offset(m, found);
        foreach (var m in Near(AgoLaterPattern(), text, unitAt, WordsBeforeUnit)) AgoLater(text, m, found);
        foreach (Match m in Matches(NextDayPattern(), text, units)) NextDay(text, m, found);
        foreach (var m in Near(LastingPattern(), text, unitAt, WordsBeforeUnit)) Lasting(m, found);
    }

    private static Candidate Stated(Match m, HistoricalDate date, DateStyle style, bool joinable, int priority = 0, bool setsContext = true) =>
        new(m.Index, m.Length, Shape.Date) { Date = date, Style = style, Joinable = joinable, Priority = priority, SetsContext = setsContext };

    // ---------------------------------------------------------------- patterns
    // Month names are matched case-sensitively: "may" and "march" are verbs, "May" and "March" are months.

    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string MonthAbbreviations = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    // Any case ("14 february 1989", "sept 12, 2001"); the readers keep a lowercase "may" or "march" only beside a year.
    private const string Month = @"(?<month>(?i:" + Months + ")|(?i:" + MonthAbbreviations + @")\.?)(?!\w)";
    private const string Weekday =
        @"(?:(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?,?\s+)?";
    private const string Year = @"(?<year>[12]\d{3}|['’]\d{2})(?![\w%]|[.,]\d)";
    private const string FourDigitYear = @"(?<year>[12]\d{3})(?![\w%]|[.,]\d)";
    private const string ContextYearWords = @"(?<ctx>(?i:this|that|the\s+same))\s+year(?!\w)";
    private const string Dash = @"\s*(?:–|—|-|to|until|till)\s*";
    private const string Number =
        @"(?<num>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|\d{1,3})";
    private const string Unit = @"(?<unit>(?i:day|week|month|year|decade))s?";
    private const string Hedge = @"(?:(?i:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|at\s+least|another|just)\s+)?";

    [GeneratedRegex(@"\G(?<![\w$#.,/])" + Weekday + @"(?<the>[Tt]he\s+)?(?<day>[0-3]?\d)(?<ord>st|nd|rd|th)?(?<of>\s+of)?\s+" + Month +
                    @"(?:,?\s+" + Year + @"|\s+of\s+" + ContextYearWords + @"|(?![\w]|\s*\d))")]
    private static partial Regex DayMonthYearPattern();

    [GeneratedRegex(@"\G(?<![\w$#])" + Weekday + Month + @"\s+(?<day>[0-3]?\d)(?<ord>st|nd|rd|th)?(?![\d%])(?:(?:,\s*|\s+)" + Year +
                    @"|\s+of\s+" + ContextYearWords + @"|(?!\w|\s*%|\s*[-–]\s*\d))")]
    private static partial Regex MonthDayYearPattern();

    [GeneratedRegex(@"\G(?<![\w$#.,/])(?:(?<day>[0-3]?\d)\s*[–—-]\s*(?<day2>[0-3]?\d)\s+" + Month + @"(?:,?\s+" + Year + @")?" +
                    @"|" + Month + @"\s+(?<day>[0-3]?\d)\s*[–—-]\s*(?<day2>[0-3]?\d)(?:,?\s+" + Year + @")?(?![\d%]))")]
    private static partial Regex DayRangePattern();

    [GeneratedRegex(@"\G(?<!\w)" + Month + @"(?:,?\s+" + Year + @"|\s+of\s+" + ContextYearWords + @")")]
    private static partial Regex MonthYearPattern();

    /// <summary>A month alone after a preposition: "in March", "From January to May".</summary>
    [GeneratedRegex(@"\G(?<=(?<!\w)(?i:in|during|by|since|until|till|from|to|through|before|after|and|between|early|late)\s+)(?<month>" + Months + @")(?![\w-]|\s*\d)")]
    private static partial Regex LoneMonthPattern();

    /// <summary>The first month of a month range, "January–May 2016": joined with the dated month after it.</summary>
    [GeneratedRegex(@"\G(?<![\w-])(?<month>" + Months + @")(?=\s?[–—-]\s?(?:" + Months + @")\s+[12]\d{3}(?!\d))")]
    private static partial Regex MonthBeforeRangePattern();

    [GeneratedRegex(@"(?<![\w.,/-])(?:(?<iso>(?<y>[12]\d{3})-(?<m>\d{2})-(?<d>\d{2}))(?![\w-])" +
                    @"|(?<isomonth>(?<y>[12]\d{3})-(?<m>0[1-9]|1[0-2]))(?![\w-])" +
                    @"|(?<dotted>(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4}))(?![\w]|\.\d)" +
                    @"|(?<slashed>(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4}))(?![\w/]))")]
    private static partial Regex NumericPattern();

    // "c.1993" is the one year written right after a dot.
    [GeneratedRegex(@"(?:(?<![\w$#£€.,/:-])|(?<=(?<![\w.])(?i:ca?)\.))(?:(?<written>(?i:the\s+year)\s+))?" + FourDigitYear + @"(?!-\d\d)")]
    private static partial Regex YearPattern();

    /// <summary>"1992–96", "1979-1989", "2011-2015".</summary>
    [GeneratedRegex(@"(?<![\w$#£€.,/:-])(?<year>[12]\d{3})\s?(?<dash>[–—-])\s?(?<year2>[12]\d{3}|\d{2})(?![\w%-]|[.,]\d)")]
    private static partial Regex YearRangePattern();

    /// <summary>"'88", "’89": a year in two digits after an apostrophe (not "'s", and not a quote: "'12 rockets'").</summary>
    [GeneratedRegex(@"(?<![\w'’])(?<year>['’]\d{2})(?![\w'’%]|[.,]\d)")]
    private static partial Regex ShortYearPattern();

    /// <summary>"Q2 1993", "2Q 1993", "Q4 of 2015".</summary>
    [GeneratedRegex(@"\G(?<!\w)(?:Q(?<q>[1-4])|(?<q>[1-4])Q)\s+(?:of\s+)?" + Year)]
    private static partial Regex QuarterPattern();

    /// <summary>"c. 1993", "around 2015", "some time in 2017": the hedge that ends where a date starts (matched right to left).</summary>
    [GeneratedRegex(@"(?<![\w.])(?<hedge>(?i:c\.|ca\.)|(?i:circa|around|about|approximately|roughly|some\s?time\s+in)(?=\s))\s*\G", RegexOptions.RightToLeft)]
    private static partial Regex HedgePattern();

    [GeneratedRegex(@"\G(?<![\w'])(?:(?<the>[Tt]he\s+)?(?:(?i:decade\s+of)\s+(?:the\s+)?)?)(?:(?<q>(?i:early|mid|late))[-\s]?)?(?<decade>[12]\d{2}0)['’]?s(?!\w)")]
    private static partial Regex DecadePattern();

    [GeneratedRegex(@"\G(?<!\w)(?:[Tt]he\s+)?(?:(?<q>(?i:early|mid|late))[-\s]?)?(?:(?<n>\d{1,2})(?:st|nd|rd|th)|(?<word>(?i:twenty[-\s]first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)))[-\s](?i:century)(?![\w-])")]
    private static partial Regex CenturyPattern();

    [GeneratedRegex(@"\G(?<!\w)(?:(?<q>[Ee]arly|[Mm]id|[Ll]ate)[-\s]|(?:[Tt]he\s+)?(?<q2>beginning|start|middle|end)\s+of\s+)" + Month +
                    @"(?:,?\s+" + Year + @"|\s+of\s+" + ContextYearWords + @"|(?!\s*\d))")]
    private static partial Regex PartOfMonthPattern();

    [GeneratedRegex(@"\G(?<!\w)(?:(?<q>[Ee]arly|[Mm]id|[Ll]ate)[-\s]|(?:[Tt]he\s+)?(?<q2>beginning|start|middle|end|first\s+half|second\s+half|latter\s+half|first\s+quarter|second\s+quarter|third\s+quarter|fourth\s+quarter|last\s+quarter|final\s+quarter)\s+of\s+(?:the\s+year\s+)?)" +
                    @"(?:" + Year + @"|" + ContextYearWords + @")")]
    private static partial Regex PartOfYearPattern();

    [GeneratedRegex(@"\G(?<!\w)(?:(?:[Tt]he\s+)?(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)(?:\s+of)?|(?<season>[Ff]all))\s+(?:" + Year + @"|" + ContextYearWords + @")")]
    private static partial Regex SeasonPattern();

    [GeneratedRegex(@"(?<![\w-])(?:[Tt]his|[Tt]hat|[Tt]he\s+(?<which>same|following|next|previous|preceding))\s+year(?![\w-])")]
    private static partial Regex ContextYearPattern();

    [GeneratedRegex(@"(?<!\w)[Tt]he\s+same\s+month(?!\w)")]
    private static partial Regex SameMonthPattern();

    [GeneratedRegex(@"(?<![\w/])9/11(?![\w/])")]
    private static partial Regex NineElevenPattern();

    [GeneratedRegex(@"(?<!\w)(?:(?<end>[Tt]he\s+end\s+of\s+)?[Tt]he\s+)?(?i:cold\s+war)(?:\s+(?:period|era|years))?(?!\w)")]
    private static partial Regex EraPattern();

    /// <summary>"after three days", "within 14 months", "in 18 months", "in the following three years".</summary>
    [GeneratedRegex(@"(?<!\w)(?<dir>(?i:after|before|within|in))\s+(?:(?<next>(?i:the\s+(?:next|following|first|last|past))\s+))?" + Hedge + Number + @"\s+" + Unit + @"(?![\w-])")]
    private static partial Regex OffsetPattern();

    /// <summary>"three days later", "a year earlier", "two months before the withdrawal", "one week after".</summary>
    [GeneratedRegex(@"\G(?<![\w-])" + Hedge + Number + @"\s+" + Unit + @"\s+(?<dir>(?i:later|earlier|afterwards|after|before|ago))(?!\w)")]
    private static partial Regex AgoLaterPattern();

    /// <summary>"the following day", "the next day", "the previous week", "the day before".</summary>
    [GeneratedRegex(@"(?<!\w)[Tt]he\s+(?:(?<which>following|next|previous|preceding)\s+(?<unit>day|week|month)|(?<unit>day|week)\s+(?<dir>before|after))(?!\w)")]
    private static partial Regex NextDayPattern();

    /// <summary>"decade-long", "a decade long", "ten-year-long", "for the next six years", "a two-year", "16 years of".</summary>
    [GeneratedRegex(@"\G(?<![\w-])(?:(?<long>(?:" + Number + @"[-\s])?" + Unit + @"[-\s]long)" +
                    @"|(?<for>(?i:for|over|during|lasting))\s+(?:(?i:the\s+(?:next|following|past|last|first))\s+)?" + Hedge + Number + @"\s+" + Unit +
                    @"|(?<adj>" + Number + @"-" + Unit + @")(?![\w-])" +
                    @"|(?<of>" + Number + @"\s+" + Unit + @")(?=\s+of\s))(?![\w-])")]
    private static partial Regex LastingPattern();

    // ---------------------------------------------------------------- readers

    private static void DayMonthYear(Match m, List<Candidate> found)
    {
        var day = int.Parse(m.Groups["day"].ValueSpan);
        var month = MonthNumber(m.Groups["month"].Value);
        if (day == 0 || !MonthStands(m)) return;
        var ordinal = m.Groups["the"].Success || m.Groups["ord"].Success || m.Groups["of"].Success;
        var abbreviated = IsAbbreviated(m.Groups["month"].Value);
        var style = ordinal ? DateStyle.Ordinal : abbreviated ? DateStyle.AbbreviatedDayMonthYear : DateStyle.DayMonthYear;
        AddDay(m, day, month, style, found);
    }

    private static void MonthDayYear(Match m, List<Candidate> found)
    {
        var day = int.Parse(m.Groups["day"].ValueSpan);
        var month = MonthNumber(m.Groups["month"].Value);
        if (day == 0 || !MonthStands(m)) return;
        var style = m.Groups["ord"].Success ? DateStyle.OrdinalMonthDayYear
            : IsAbbreviated(m.Groups["month"].Value) ? DateStyle.AbbreviatedMonthDayYear
            : DateStyle.MonthDayYear;
        AddDay(m, day, month, style, found);
    }

    private static void AddDay(Match m, int day, int month, DateStyle style, List<Candidate> found)
    {
        style = Written(style, m);
        DayOfWeek? weekday = m.Groups["weekday"].Success ? WeekdayOf(m.Groups["weekday"].Value) : null;
        if (m.Groups["year"].Success)
        {
            var year = YearOf(m.Groups["year"]);
            found.Add(new Candidate(m.Index, m.Length, Shape.Date)
            {
                Date = HistoricalDate.OnDay(year, month, day, m.Value), Style = style, Weekday = weekday, Joinable = true, Priority = 1,
            });
        }
        else if (m.Groups["ctx"].Success)
            found.Add(new Candidate(m.Index, m.Length, Shape.ContextYear)
            {
                WithYear = y => HistoricalDate.OnDay(y, month, day, m.Value), Style = style, Weekday = weekday,
            });
        else if (day <= 31)
            found.Add(new Candidate(m.Index, m.Length, Shape.Yearless)
            {
                WithYear = y => HistoricalDate.OnDay(y, month, day, m.Value), Style = style, Weekday = weekday, Joinable = true,
            });
    }

    private static void DayRange(Match m, List<Candidate> found)
    {
        var (day, day2) = (int.Parse(m.Groups["day"].ValueSpan), int.Parse(m.Groups["day2"].ValueSpan));
        var month = MonthNumber(m.Groups["month"].Value);
        if (day == 0 || day2 < day || !MonthStands(m)) return;
        HistoricalDate Make(int y) =>
            HistoricalDate.Between(HistoricalDate.OnDay(y, month, day, m.Value), HistoricalDate.OnDay(y, month, day2, m.Value), m.Value);
        if (m.Groups["year"].Success)
            found.Add(new Candidate(m.Index, m.Length, Shape.Date)
            {
                Date = Make(YearOf(m.Groups["year"])), Joinable = true, Priority = 1,
            });
        else found.Add(new Candidate(m.Index, m.Length, Shape.Yearless) { WithYear = Make, Joinable = true });
    }

    private static void MonthYear(string text, Match m, List<Candidate> found)
    {
        var month = MonthNumber(m.Groups["month"].Value);
        if (!MonthStands(m) || (AmbiguousLowercase(m) && !AfterTimeWord(text, m.Index))) return;
        var style = Written(IsAbbreviated(m.Groups["month"].Value) ? DateStyle.AbbreviatedMonthYear : DateStyle.MonthYear, m);
        if (m.Groups["year"].Success)
        {
            var year = YearOf(m.Groups["year"]);
            if (!LooksLikeYear(text, m.Groups["year"].Index, m.Groups["year"].Length, afterMonth: true)) return;
            found.Add(Stated(m, HistoricalDate.InMonth(year, month, m.Value), style, joinable: true));
        }
        else
            found.Add(new Candidate(m.Index, m.Length, Shape.ContextYear)
            {
                WithYear = y => HistoricalDate.InMonth(y, month, m.Value), Style = style,
            });
    }

    private static void Numeric(Match m, List<Candidate> found)
    {
        var y = int.Parse(m.Groups["y"].ValueSpan);
        var mo = int.Parse(m.Groups["m"].ValueSpan);
        if (m.Groups["isomonth"].Success)
        {
            found.Add(Stated(m, HistoricalDate.InMonth(y, mo, m.Value), DateStyle.IsoMonth, joinable: true, priority: 2));
            return;
        }
        var d = int.Parse(m.Groups["d"].ValueSpan);
        if (d == 0 || y < 1000) return;
        if (m.Groups["iso"].Success)
            found.Add(Stated(m, HistoricalDate.OnDay(y, mo, d, m.Value), DateStyle.Iso, joinable: true, priority: 2));
        else if (m.Groups["dotted"].Success)
            found.Add(Stated(m, HistoricalDate.OnDay(y, mo, d, m.Value), DateStyle.Dotted, joinable: true, priority: 2));
        else if (d > 12 || mo <= 12 || d > 31)
            // Day first unless that cannot be; both parts at most 12 is ambiguous, so keep the month-first reading too.
            found.Add(new Candidate(m.Index, m.Length, Shape.Date)
            {
                Date = HistoricalDate.OnDay(y, mo, d, m.Value), Style = DateStyle.Slashed, Joinable = true, Priority = 2,
                Alternative = d <= 12 && mo <= 12 && d != mo ? HistoricalDate.OnDay(y, d, mo, m.Value) : null,
            });
        else
            found.Add(Stated(m, HistoricalDate.OnDay(y, d, mo, m.Value), DateStyle.SlashedMonthFirst, joinable: true, priority: 2));
    }

    private static void YearRange(string text, Match m, List<Candidate> found)
    {
        var first = int.Parse(m.Groups["year"].ValueSpan);
        var second = m.Groups["year2"].Value;
        var last = second.Length == 2 ? first / 100 * 100 + int.Parse(second) : int.Parse(second);
        // "1989-02" is a month, not a range; "1992–96" is a range only if 96 comes after 92.
        if (second.Length == 2 && (last <= first || (m.Groups["dash"].Value == "-" && int.Parse(second) <= 12))) return;
        if (first is < 1000 or > 2100 || last > 2100 || last <= first) return;
        if (!LooksLikeYear(text, m.Index, 4)) return;
        var date = HistoricalDate.Between(HistoricalDate.InYear(first, m.Value), HistoricalDate.InYear(last, m.Value), m.Value);
        found.Add(Stated(m, date, DateStyle.Natural, joinable: false, priority: 1));
    }

    private static readonly SearchValues<string> QuarterLetter = SearchValues.Create(["Q"], StringComparison.Ordinal);

    private static HistoricalDate Quarter(int quarter, int year, string text) => HistoricalDate.InPartOfYear(year, 3 * quarter - 2, 3 * quarter, text);

    private static void ShortYearAlone(string text, Match m, List<Candidate> found)
    {
        var group = m.Groups["year"];
        var before = WordBefore(text, m.Index);
        var after = WordAfter(text, m.Index + m.Length);
        var timeBefore = TimeBeforeYearWord.Contains(before) || MonthYearAfter.Contains(before);
        // "in '88", "the elections of '88", "'88." — but not "'12 rockets'", a number quoted.
        if (!timeBefore && after.Length > 0) return;
        if (after.Length > 0 && NotAfterYearWord.Contains(after)) return;
        if (ClosingQuoteAfter(text, m.Index + m.Length)) return;
        found.Add(Stated(m, HistoricalDate.InYear(YearOf(group), m.Value), DateStyle.Year | DateStyle.ShortYear, joinable: true));
    }

    /// <summary>Whether a closing single quote ends a word before the sentence ends: "'12 rockets' hit".</summary>
    private static bool ClosingQuoteAfter(string text, int at)
    {
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or ';' or ':' or '!' or '?' or '\n') return false;
            if (c is '\'' or '’' && i > at && char.IsLetterOrDigit(text[i - 1]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1]))) return true;
        }
        return false;
    }

    /// <summary>Takes a hedge written right before a date into it: "c. 1993", "about March 2019" (not into relative mentions, which hold their own).</summary>
    private static void TakeHedges(string text, List<Candidate> chosen)
    {
        var previousEnd = 0;
        foreach (var c in chosen)
        {
            if (c.Shape is Shape.Date or Shape.Yearless or Shape.ContextYear && c.Start > 0)
            {
                var from = Math.Max(previousEnd, WordsBefore(text, c.Start, 3));
                var m = HedgePattern().Match(text, from, c.Start - from);
                if (m.Success)
                {
                    var hedge = m.Groups["hedge"];
                    c.Hedge = new DateHedge(hedge.Value, c.Start - hedge.Index);
                    c.Length += c.Start - hedge.Index;
                    c.Start = hedge.Index;
                }
            }
            previousEnd = c.End;
        }
    }

    private static void Decade(Match m, List<Candidate> found)
    {
        var first = int.Parse(m.Groups["decade"].ValueSpan);
        if (first is < 1000 or > 2090) return;
        var date = HistoricalDate.InDecade(first, m.Value);
        if (m.Groups["q"].Success)
        {
            var (from, to) = Qualifier(m.Groups["q"].Value) switch { Part.Early => (0, 3), Part.Middle => (3, 6), _ => (6, 9) };
            date = date with { Start = new DateOnly(first + from, 1, 1), End = new DateOnly(first + to, 12, 31) };
        }
        found.Add(Stated(m, date, DateStyle.Natural, joinable: false, setsContext: false));
    }

    private static void Century(Match m, List<Candidate> found)
    {
        var n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].ValueSpan) : OrdinalWord(m.Groups["word"].Value);
        if (n is < 1 or > 21) return;
        var date = HistoricalDate.InCentury(n, m.Value);
        if (m.Groups["q"].Success)
        {
            var first = (n - 1) * 100 + 1;
            var (from, to) = Qualifier(m.Groups["q"].Value) switch { Part.Early => (0, 32), Part.Middle => (33, 65), _ => (66, 99) };
            date = date with { Start = new DateOnly(first + from, 1, 1), End = new DateOnly(first + to, 12, 31) };
        }
        found.Add(Stated(m, date, DateStyle.Natural, joinable: false, setsContext: false));
    }

    private enum Part { Early, Middle, Late }

    private static Part Qualifier(string word) => word.ToLowerInvariant() switch
    {
        "early" or "beginning" or "start" => Part.Early,
        "mid" or "middle" => Part.Middle,
        _ => Part.Late,
    };

    private static void PartOfMonth(Match m, List<Candidate> found)
    {
        var month = MonthNumber(m.Groups["month"].Value);
        var part = Qualifier(m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["q2"].Value);
        var (first, last) = part switch { Part.Early => (1, 10), Part.Middle => (11, 20), _ => (21, 31) };
        if (!MonthStands(m)) return;
        HistoricalDate Make(int y) => HistoricalDate.InPartOfMonth(y, month, first, last, m.Value);
        AddYearOrContext(m, Make, found);
    }

    private static void PartOfYear(Match m, List<Candidate> found)
    {
        (int, int) Months(string q) => q.ToLowerInvariant() switch
        {
            "early" or "beginning" or "start" => (1, 4),
            "mid" or "middle" => (5, 8),
            "late" => (9, 12),
            "end" => (10, 12),
            _ when q.EndsWith("half", StringComparison.OrdinalIgnoreCase) => q.StartsWith("first", StringComparison.OrdinalIgnoreCase) ? (1, 6) : (7, 12),
            _ => q.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant() switch
            {
                "first" => (1, 3),
                "second" => (4, 6),
                "third" => (7, 9),
                _ => (10, 12),
            },
        };
        var q = m.Groups["q"].Success ? m.Groups["q"].Value : string.Join(' ', m.Groups["q2"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var (first, last) = Months(q);
        AddYearOrContext(m, y => HistoricalDate.InPartOfYear(y, first, last, m.Value), found);
    }

    private static void Season(Match m, List<Candidate> found)
    {
        var (first, last) = m.Groups["season"].Value.ToLowerInvariant() switch
        {
            "spring" => (3, 5),
            "summer" => (6, 8),
            "autumn" or "fall" => (9, 11),
            _ => (12, 14),
        };
        AddYearOrContext(m, y => HistoricalDate.InPartOfYear(y, first, last, m.Value), found);
    }

    private static void AddYearOrContext(Match m, Func<int, HistoricalDate> make, List<Candidate> found)
    {
        if (m.Groups["year"].Success)
            found.Add(Stated(m, make(YearOf(m.Groups["year"])), Written(DateStyle.Natural, m), joinable: true, priority: 1));
        else if (m.Groups["ctx"].Success)
            found.Add(new Candidate(m.Index, m.Length, Shape.ContextYear) { WithYear = make });
        else
            found.Add(new Candidate(m.Index, m.Length, Shape.Yearless) { WithYear = make, Joinable = true });
    }

    private static void Offset(Match m, List<Candidate> found)
    {
        var dir = m.Groups["dir"].Value.ToLowerInvariant();
        var next = m.Groups["next"].Success;
        var direction = dir switch
        {
            "before" => RelativeDirection.Before,
            "within" => RelativeDirection.Within,
            "in" when next => RelativeDirection.Within,
            _ => RelativeDirection.After,
        };
        var offset = new RelativeOffset(NumberValue(m.Groups["num"].Value), UnitOf(m.Groups["unit"].Value), direction);
        found.Add(new Candidate(m.Index, m.Length, Shape.Relative)
        {
            Relative = offset, CountsFromPrevious = direction is RelativeDirection.After or RelativeDirection.Before, Priority = 1,
        });
    }

    private static void AgoLater(string text, Match m, List<Candidate> found)
    {
        var dir = m.Groups["dir"].Value.ToLowerInvariant();
        var direction = dir is "earlier" or "before" or "ago" ? RelativeDirection.Before : RelativeDirection.After;
        var anchor = dir is "after" or "before" ? AnchorAfter(text, m.Index + m.Length) : null;
        found.Add(new Candidate(m.Index, m.Length, Shape.Relative)
        {
            Relative = new RelativeOffset(NumberValue(m.Groups["num"].Value), UnitOf(m.Groups["unit"].Value), direction) { AnchorText = anchor },
            // "two months before the withdrawal" counts from the withdrawal, not from the date before it; "ago" from today.
            CountsFromPrevious = anchor is null && dir != "ago",
        });
    }

    private static void NextDay(string text, Match m, List<Candidate> found)
    {
        var which = m.Groups["which"].Success ? m.Groups["which"].Value : m.Groups["dir"].Value;
        var direction = which is "previous" or "preceding" or "before" ? RelativeDirection.Before : RelativeDirection.After;
        var anchor = m.Groups["dir"].Success ? AnchorAfter(text, m.Index + m.Length) : null;
        found.Add(new Candidate(m.Index, m.Length, Shape.Relative)
        {
            Relative = new RelativeOffset(1, UnitOf(m.Groups["unit"].Value), direction) { AnchorText = anchor },
            CountsFromPrevious = anchor is null,
        });
    }

    private static void Lasting(Match m, List<Candidate> found)
    {
        var amount = m.Groups["num"].Success ? NumberValue(m.Groups["num"].Value) : 1;
        found.Add(new Candidate(m.Index, m.Length, Shape.Relative)
        {
            Relative = new RelativeOffset(amount, UnitOf(m.Groups["unit"].Value), RelativeDirection.Lasting),
        });
    }

    /// <summary>The noun phrase after "before"/"after": up to the next punctuation, at most eight words.</summary>
    private static string? AnchorAfter(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ') i++;
        if (i == at || i >= text.Length || !char.IsLetterOrDigit(text[i])) return null;
        var start = i;
        var words = 0;
        var end = i;
        while (i < text.Length && words < 8)
        {
            var c = text[i];
            if (c is ',' or '.' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '—' or '–' or '\n' or '"' or '“' or '”') break;
            if (c == ' ')
            {
                i++;
                continue;
            }
            while (i < text.Length && text[i] != ' ' && text[i] is not (',' or '.' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '\n' or '"' or '“' or '”')) i++;
            words++;
            end = i;
        }
        return end > start ? text[start..end] : null;
    }

    // ---------------------------------------------------------------- how the month and year are written

    /// <summary>A year group's year: "1993", or "'93" and "’93" with '00–'30 read as 2000–2030 and the rest as 1931–1999.</summary>
    private static int YearOf(Group year) => year.ValueSpan[0] is '\'' or '’' ? ShortYear(year.ValueSpan[1..]) : int.Parse(year.ValueSpan);

    private static int ShortYear(ReadOnlySpan<char> twoDigits)
    {
        var yy = int.Parse(twoDigits);
        return yy <= 30 ? 2000 + yy : 1900 + yy;
    }

    /// <summary>The style with the modifiers the match shows: a lowercase month name, an apostrophe year.</summary>
    private static DateStyle Written(DateStyle style, Match m)
    {
        if (m.Groups["month"] is { Success: true } month && char.IsLower(month.ValueSpan[0])) style |= DateStyle.LowercaseMonth;
        if (m.Groups["year"] is { Success: true } year && year.ValueSpan[0] is '\'' or '’') style |= DateStyle.ShortYear;
        return style;
    }

    /// <summary>
    /// Whether the month name of a match is a month: any capitalized name, a lowercase one beside a day or a year,
    /// and a lowercase "may", "march" or "mar" (verbs too) only with a year: "may 29, 2019", not "we may 5 times".
    /// </summary>
    private static bool MonthStands(Match m) => !AmbiguousLowercase(m) || m.Groups["year"].Success;

    private static bool AmbiguousLowercase(Match m)
    {
        var month = m.Groups["month"].ValueSpan.TrimEnd('.');
        return char.IsLower(month[0]) && (month.Equals("may", StringComparison.OrdinalIgnoreCase)
            || month.Equals("march", StringComparison.OrdinalIgnoreCase) || month.Equals("mar", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"in may 2019", "since march 2014", or the start of the text: where a lowercase "may 2019" is a month.</summary>
    private static bool AfterTimeWord(string text, int at)
    {
        var before = WordBefore(text, at);
        return before.Length == 0 && text.AsSpan(0, at).IsWhiteSpace() || MonthYearAfter.Contains(before);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthYearAfter = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "by", "since", "of", "until", "till", "from", "early", "late", "mid", "during", "before", "after", "to", "through",
        "throughout", "around", "about", "c", "ca", "circa", "and",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // ---------------------------------------------------------------- not dates

    private static readonly HashSet<string> NotBeforeYear = new(StringComparer.OrdinalIgnoreCase)
    {
        "resolution", "resolutions", "no", "nos", "number", "num", "page", "pages", "p", "pp", "fig", "figure", "figures",
        "table", "note", "notes", "footnote", "chapter", "section", "article", "art", "paragraph", "para", "item", "line",
        "lines", "vol", "volume", "issue", "flight", "route", "highway", "code", "id", "$", "us$", "usd", "#", "€", "£",
        "rs", "room", "unit", "division", "brigade", "regiment", "battalion", "bill", "law", "decree", "order", "act",
        "report", "document", "doc", "ref", "isbn", "issn", "cf", "see", "over", "about", "approximately", "some", "nearly",
    };

    private static readonly HashSet<string> TimeBeforeYear = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "until", "till", "during", "before", "after", "from", "circa", "c",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterHedgedYearWord = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "to", "until", "when", "onwards", "onward", "the", "in", "on", "at", "with", "as", "a", "an", "he", "she", "it", "they", "there",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> NotAfterYear = new(StringComparer.OrdinalIgnoreCase)
    {
        "%", "percent", "per", "troops", "people", "soldiers", "men", "women", "children", "persons", "km", "kilometers",
        "kilometres", "miles", "mi", "tons", "tonnes", "kg", "kilograms", "dollars", "usd", "rubles", "roubles", "euros",
        "casualties", "civilians", "fighters", "militants", "insurgents", "refugees", "deaths", "dead", "killed", "wounded",
        "members", "delegates", "rockets", "missiles", "tanks", "aircraft", "planes", "helicopters", "vehicles", "villages",
        "families", "households", "students", "votes", "times", "hectares", "acres", "meters", "metres", "m", "cm", "mm",
        "units", "cases", "pages", "words", "feet", "ft", "hours", "minutes", "seconds", "million", "billion", "thousand",
        "officers", "personnel", "troop", "schools", "projects", "barrels", "mw", "kw", "gw", "sq",
    };

    // Looked up by span: the words around every year of a text are not made into strings.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotBeforeYearWord = NotBeforeYear.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeBeforeYearWord = TimeBeforeYear.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAfterYearWord = NotAfterYear.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a four-digit number stands as a year: not "Resolution 1267", "No. 1989", "$1200", "1500 troops".</summary>
    private static bool LooksLikeYear(string text, int start, int length, bool afterMonth = false)
    {
        var before = WordBefore(text, start);
        if (!afterMonth && before.Length > 0 && NotBeforeYearWord.Contains(before))
            // "about 2015" is a hedged year, "about 2000 people" a count: after a hedge, a year is followed by nothing counted.
            return Hedges.IsHedgeWord(before) && WordAfter(text, start + length) is var next && (next.Length == 0 || AfterHedgedYearWord.Contains(next));
        // "In 1989 troops left": after a preposition of time the number is a year, whatever follows it.
        if (TimeBeforeYearWord.Contains(before)) return true;
        var after = WordAfter(text, start + length);
        return after.Length == 0 || !NotAfterYearWord.Contains(after);
    }

    private static ReadOnlySpan<char> WordBefore(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ') i--;
        var end = i + 1;
        while (i >= 0 && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or '[' or '"' or '“')) i--;
        return text.AsSpan(i + 1, end - (i + 1)).TrimEnd('.');
    }

    private static ReadOnlySpan<char> WordAfter(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] == '%') return "%";
        var start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return text.AsSpan(start, i - start);
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

    private static List<DateMention> Resolve(string text, List<Candidate> chosen, HistoricalDate? context)
    {
        var mentions = new List<DateMention>(chosen.Count);
        int? year = context is null ? null : ContextYear(context);
        (int Year, int Month)? month = context is { } c && c.Start.Year == c.End.Year && c.Start.Month == c.End.Month ? (c.Start.Year, c.Start.Month) : null;
        DateMention? previous = null;
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
            var mention = new DateMention(c2.Start, c2.Length, date, kind)
            {
                Relative = c2.Relative, Text = written, Style = c2.Style, Weekday = c2.Weekday,
                AlternativeReading = c2.Alternative?.WithText(dateText), Hedge = c2.Hedge,
            };
            if (c2.Shape == Shape.Relative)
            {
                if (c2.CountsFromPrevious && previous?.Date is { } anchor && FineEnough(anchor, c2.Relative!.Unit)
                    && !text.AsSpan(previous.End, c2.Start - previous.End).Contains('\n'))
                    mention = mention with { Date = mention.ResolveAgainst(anchor), Anchor = previous };
                mentions.Add(mention);
                continue;
            }
            mentions.Add(mention);
            if (date is not null && c2.SetsContext)
            {
                previous = mention;
                year = ContextYear(date);
                month = date.Start.Year == date.End.Year && date.Start.Month == date.End.Month ? (date.Start.Year, date.Start.Month) : null;
            }
        }
        return mentions;
    }

    /// <summary>"after three days" counts from a day, not from "1989": the anchor may be no wider than one unit.</summary>
    private static bool FineEnough(HistoricalDate anchor, TimeUnit unit) =>
        anchor.End.DayNumber - anchor.Start.DayNumber + 1 <= unit switch
        {
            TimeUnit.Day => 1,
            TimeUnit.Week => 7,
            TimeUnit.Month => 31,
            TimeUnit.Year => 366,
            _ => 3653,
        };

    /// <summary>The year a later yearless date takes from this one: its own, or a range's last ("winter 2019" is 2019).</summary>
    private static int ContextYear(HistoricalDate date) =>
        date.Precision == DatePrecision.Range ? date.End.Year : date.Start.Year;

    // ---------------------------------------------------------------- words

    private static readonly string[] MonthKeys = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static int MonthNumber(string name) => Array.IndexOf(MonthKeys, name[..3].ToLowerInvariant()) + 1;

    private static bool IsAbbreviated(string name)
    {
        var bare = name.TrimEnd('.');
        return bare.Length <= 4 && !bare.Equals("May", StringComparison.OrdinalIgnoreCase)
            && !bare.Equals("June", StringComparison.OrdinalIgnoreCase) && !bare.Equals("July", StringComparison.OrdinalIgnoreCase);
    }

    private static DayOfWeek WeekdayOf(string name) => name[..2].ToLowerInvariant() switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static int NumberValue(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower is "a" or "an") return 1;
        var index = Array.IndexOf(NumberWords, lower);
        return index >= 0 ? index : int.Parse(word);
    }

    private static TimeUnit UnitOf(string unit) => unit.ToLowerInvariant() switch
    {
        "day" => TimeUnit.Day,
        "week" => TimeUnit.Week,
        "month" => TimeUnit.Month,
        "year" => TimeUnit.Year,
        _ => TimeUnit.Decade,
    };

    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static int OrdinalWord(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.StartsWith("twenty", StringComparison.Ordinal) && lower.EndsWith("first", StringComparison.Ordinal)) return 21;
        return Array.IndexOf(OrdinalWords, lower) + 1;
    }
}
