using System.Buffers;

namespace Marginalia.Core.Dates.Forms;

/// <summary>
/// Words a form cannot match without (a month name's first three letters, a unit of time), found once per text with
/// one vectorized search and shared by every form that waits for them.
/// </summary>
internal sealed class TriggerWords(string name, Func<string, List<int>> find)
{
    public List<int> In(string text) => find(text);

    public override string ToString() => name;

    // Months are matched in any case like the patterns; every name starts with its three-letter abbreviation. (No letter of
    // these has another case under (?i) that OrdinalIgnoreCase misses.) A month name never follows a letter or digit.
    private static readonly SearchValues<string> MonthStarts =
        SearchValues.Create(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.OrdinalIgnoreCase);

    // The units the patterns take ("(?i:day|week|fortnight|month|year|decade)"); "wee" because (?i) also lets the Kelvin sign stand for k.
    private static readonly SearchValues<string> UnitWords =
        SearchValues.Create(["day", "wee", "fortnight", "month", "year", "decade"], StringComparison.OrdinalIgnoreCase);

    // A note's shorthand for them ("3 yrs", "10 mos.", "2 wks"), as whole words only: not the "mo" of "Moscow".
    private static readonly SearchValues<string> UnitAbbreviations = SearchValues.Create(["yr", "mo", "wk"], StringComparison.OrdinalIgnoreCase);

    // The seasons as the season pattern writes them.
    private static readonly SearchValues<string> SeasonWords =
        SearchValues.Create(["Spring", "spring", "Summer", "summer", "Autumn", "autumn", "Winter", "winter", "Fall", "fall"], StringComparison.Ordinal);

    // The first words of the parts of a year as the part-of-year pattern writes them ("End of 1979:" too; the pattern decides case).
    private static readonly SearchValues<string> PartWords = SearchValues.Create(
        ["early", "mid", "late", "beginning", "start", "middle", "end", "first", "second", "latter", "third", "fourth", "last", "final"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> CenturyWord = SearchValues.Create(["century"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> QuarterLetter = SearchValues.Create(["Q"], StringComparison.Ordinal);

    // The days of the year known by name ("Christmas Eve", "New Year's Day", "Boxing Day"): a word of each name, as the feast-day
    // pattern writes it ("Year" for "New Year", which may break across a line).
    private static readonly SearchValues<string> FeastWords = SearchValues.Create(["Christmas", "Year", "Boxing"], StringComparison.Ordinal);

    // "the Cold War" needs "cold" (no letter of it has another case under (?i)).
    private static readonly SearchValues<string> ColdWord = SearchValues.Create(["cold"], StringComparison.OrdinalIgnoreCase);

    public static TriggerWords Months { get; } = new("month names", t => Occurrences(t, MonthStarts, wordStartsOnly: true));
    public static TriggerWords Units { get; } = new("units of time", t => Merged(Occurrences(t, UnitWords), Abbreviated(t)));
    public static TriggerWords Seasons { get; } = new("seasons", t => Occurrences(t, SeasonWords));
    public static TriggerWords Parts { get; } = new("parts of a year", t => Occurrences(t, PartWords));
    public static TriggerWords Century { get; } = new("century", t => Occurrences(t, CenturyWord));
    public static TriggerWords Quarter { get; } = new("Q", t => Occurrences(t, QuarterLetter));
    public static TriggerWords FeastDays { get; } = new("feast days", t => Occurrences(t, FeastWords, wordStartsOnly: true));
    public static TriggerWords Cold { get; } = new("cold", t => Occurrences(t, ColdWord));
    public static TriggerWords Decades { get; } = new("decades", DecadesWritten);

    /// <summary>Every place one of the words is written.</summary>
    private static List<int> Occurrences(string text, SearchValues<string> words, bool wordStartsOnly = false)
    {
        var found = new List<int>();
        for (var at = 0; at < text.Length;)
        {
            var next = text.AsSpan(at).IndexOfAny(words);
            if (next < 0) break;
            if (!wordStartsOnly || at + next == 0 || !char.IsLetterOrDigit(text[at + next - 1])) found.Add(at + next);
            at += next + 1;
        }
        return found;
    }

    /// <summary>Every place a unit is written in shorthand: "yr", "mo" or "wk" as a word, with an "s" or a dot after it or not.</summary>
    private static List<int> Abbreviated(string text) =>
        [.. Occurrences(text, UnitAbbreviations, wordStartsOnly: true).Where(at =>
        {
            var end = at + 2;
            if (end < text.Length && text[end] is 's' or 'S') end++;
            if (end < text.Length && text[end] == '.') end++;
            return end >= text.Length || !char.IsLetterOrDigit(text[end]);
        })];

    /// <summary>Two ascending lists of places as one.</summary>
    private static List<int> Merged(List<int> a, List<int> b)
    {
        if (b.Count == 0) return a;
        var all = new List<int>(a.Count + b.Count);
        all.AddRange(a);
        all.AddRange(b);
        all.Sort();
        return all;
    }

    /// <summary>Every place a decade is written as the decade pattern takes it: a 1 or 2, two digits (\d), 0, and an s after an optional apostrophe.</summary>
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
}

/// <summary>
/// What makes a form worth trying at a place. Most patterns have no literal to look for, so a scan would try them at
/// nearly every place of the text; each of their matches holds a trigger word and starts at most a few words before it:
/// tried only at the word starts that far before each such word, anchored (\G) there, a pattern finds the same matches,
/// leftmost first and without overlaps, as a scan of the whole text (PatternsNearWordsTests holds every form to that).
/// </summary>
internal sealed record Trigger(TriggerKind Kind, TriggerWords? Words, int WordsBefore)
{
    public bool Anchored => Kind == TriggerKind.Near;

    /// <summary>An anchored pattern (\G) tried at the word starts up to wordsBefore words before each trigger word.</summary>
    public static Trigger Near(TriggerWords words, int wordsBefore) => new(TriggerKind.Near, words, wordsBefore);

    /// <summary>A pattern that scans the text, only when one of the words is in it.</summary>
    public static Trigger ScanWhen(TriggerWords words) => new(TriggerKind.ScanWhen, words, 0);

    /// <summary>A pattern that starts with its own literal ("9/11", a digit, an apostrophe): the regex's own search finds it.</summary>
    public static Trigger Scan { get; } = new(TriggerKind.Scan, null, 0);

    /// <summary>A pattern tried only right before each chosen date (a hedge), in <see cref="DateForm.Refine"/>.</summary>
    public static Trigger BeforeDates { get; } = new(TriggerKind.BeforeDates, null, 0);
}

internal enum TriggerKind { Near, ScanWhen, Scan, BeforeDates }
