using System.Text.RegularExpressions;

namespace Marginalia.Core.Sources;

/// <summary>Splits prose into sentences, the unit a claim is read in; shared by papers and notes.</summary>
public static partial class SentenceSplitter
{
    public static IEnumerable<(int Start, int Length)> Split(string text, int start, int length)
    {
        var end = start + length;
        var sentenceStart = start;
        foreach (Match m in SentenceEnd().Matches(text[start..end]))
        {
            var at = start + m.Index;
            if (IsAbbreviation(text, at)) continue;
            var stop = at + m.Length;
            yield return (sentenceStart, stop - sentenceStart);
            sentenceStart = stop;
            while (sentenceStart < end && text[sentenceStart] == ' ') sentenceStart++;
        }
        if (sentenceStart < end) yield return (sentenceStart, end - sentenceStart);
    }

    // "George W. Bush", "Feb. 15", "p. 4", "U.S.", "Sun. 28 Dec" do not end a sentence.
    internal static bool IsAbbreviation(string text, int periodAt)
    {
        if (text[periodAt] != '.') return false;
        var wordStart = periodAt;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..periodAt];
        return (word.Length == 1 && char.IsUpper(word[0]))
            || word is "Mr" or "Mrs" or "Ms" or "Dr" or "Prof" or "St" or "p" or "pp" or "vs" or "No" or "e.g" or "i.e" or "cf" or "etc"
            or "approx" or "Res"
            or "Gen" or "Col" or "Lt" or "Sr" or "Jr"
            // A title written short, as a note-taker writes it ("interim pres. Dec 2001", "Amb. Kabulov").
            or "Pres" or "pres" or "Amb" or "amb" or "Sen" or "Gov" or "Rep" or "Sec"
            // A hedge before a date ("c. 1993") belongs to the date after it.
            or "c" or "ca"
            // So do a month written short, in any case ("Feb. 15", "sept. 12, 2001"), and a weekday before its date ("Sun. 28 Dec 2014").
            || DateAbbreviations.Contains(word);
    }

    private static readonly HashSet<string> DateAbbreviations =
    [
        .. Dates.Forms.PatternParts.MonthAbbreviations.Split('|').SelectMany(m => new[] { m, m.ToLowerInvariant() }),
        .. Dates.Forms.PatternParts.WeekdayAbbreviations.Split('|'),
    ];

    [GeneratedRegex(@"[.!?]+[”’""]?(?= +[“""‘(]?[\p{Lu}\d])|[.!?]+[”’""]?$")]
    private static partial Regex SentenceEnd();
}
