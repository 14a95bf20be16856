using System.Text.RegularExpressions;

namespace Marginalia.Core.Dates.Forms;

/// <summary>What the words around a match say: whether a number stands as a year, the phrase a relative date hangs on.</summary>
internal static partial class Surroundings
{
    /// <summary>
    /// "@id" in running prose (Pandoc's in-text citation), not an e-mail address and not inside brackets (those are citation
    /// groups): a note's citations (see Notes.Note) and a distance's anchor alike.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_@.\[])@(?<id>[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])")]
    internal static partial Regex InTextCitation();

    private static readonly HashSet<string> NotBeforeYear = new(StringComparer.OrdinalIgnoreCase)
    {
        "resolution", "resolutions", "res", "unsc", "unscr", "scr", "no", "nos", "number", "num", "page", "pages", "p", "pp", "fig", "figure", "figures",
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
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeBeforeYearWord = TimeBeforeYear.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAfterYearWord = NotAfterYear.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a four-digit number stands as a year: not "Resolution 1267", "No. 1989", "$1200", "1500 troops".</summary>
    public static bool LooksLikeYear(string text, int start, int length, bool afterMonth = false)
    {
        var before = WordBefore(text, start);
        if (!afterMonth && before.Length > 0 && NotBeforeYearWord.Contains(before))
            // "about 2015" is a hedged year, "about 2000 people" a count: after a hedge, a year is followed by nothing counted.
            return Hedges.IsHedgeWord(before) && WordAfter(text, start + length) is var next && (next.Length == 0 || AfterHedgedYearWord.Contains(next));
        // "In 1989 troops left": after a preposition of time the number is a year, whatever follows it.
        if (TimeBeforeYearWord.Contains(before)) return true;
        var after = WordAfter(text, start + length);
        // "…in August 1999 killed 224 people": after a month, a year whatever follows it (but a share: "March 2000 %", "… per
        // cent"; not "July 2016 per my draft").
        if (afterMonth) return after is not ("%" or "percent") && !(after is "per" && WordAfter(text, text.IndexOf("per", start + length, StringComparison.Ordinal) + 3) is "cent");
        return after.Length == 0 || !NotAfterYearWord.Contains(after);
    }

    public static ReadOnlySpan<char> WordBefore(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ') i--;
        var end = i + 1;
        // (A wikilink's alias starts a word: "[[unsc-resolution-1267-1999|UNSC 1267]]".)
        while (i >= 0 && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or '[' or '"' or '“' or '|')) i--;
        return text.AsSpan(i + 1, end - (i + 1)).TrimEnd('.');
    }

    public static ReadOnlySpan<char> WordAfter(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] == '%') return "%";
        var start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return text.AsSpan(start, i - start);
    }

    /// <summary>
    /// The noun phrase after "before"/"after": up to the next punctuation, at most eight words — or a citation of the
    /// event itself ("eighteen months before [[us-taliban-agreement-2020|the Doha deal]]"), which is no date before it to
    /// count from.
    /// </summary>
    public static string? AnchorAfter(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ') i++;
        if (i > at && text.AsSpan(i).StartsWith("[[") && text.IndexOf("]]", i, StringComparison.Ordinal) is var closing and > 0)
            return text[i..(closing + 2)];
        if (i > at && text.AsSpan(i).StartsWith("[@") && text.IndexOf(']', i) is var close and > 0)
            return text[i..(close + 1)];
        // (Or an in-text citation, Pandoc's "@id" in running prose: "two weeks after @camp-david-meeting-cancelled-2019".)
        if (i > at && i < text.Length && text[i] == '@' && InTextCitation().Match(text, i) is { Success: true } inText && inText.Index == i)
            return inText.Value;
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

    /// <summary>"in may 2019", "since march 2014", or the start of the text: where a lowercase "may 2019" is a month.</summary>
    public static bool AfterTimeWord(string text, int at)
    {
        var before = WordBefore(text, at);
        return before.Length == 0 && text.AsSpan(0, at).IsWhiteSpace() || MonthYearAfter.Contains(before);
    }

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthYearAfter = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "by", "since", "of", "until", "till", "from", "early", "late", "mid", "during", "before", "after", "to", "through",
        "throughout", "around", "about", "c", "ca", "circa", "and",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a closing single quote ends a word before the sentence ends: "'12 rockets' hit".</summary>
    public static bool ClosingQuoteAfter(string text, int at)
    {
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or ';' or ':' or '!' or '?' or '\n') return false;
            if (c is '\'' or '’' && i > at && char.IsLetterOrDigit(text[i - 1]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1]))) return true;
        }
        return false;
    }

    /// <summary>The start of the word a number of whitespace-separated words before a place.</summary>
    public static int WordsBefore(string text, int at, int words)
    {
        var i = at;
        for (var w = 0; w < words; w++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }
}
