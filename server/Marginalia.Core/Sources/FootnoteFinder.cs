using System.Text.RegularExpressions;

namespace Marginalia.Core.Sources;

/// <summary>
/// Finds the footnote numbers that PDF extraction glued onto words and years. A paper numbers its
/// notes 1, 2, 3… in reading order, so a candidate is taken only when it carries the next expected
/// number: that is what tells "in 199610" (1996 + note 10) from a year, and "1992–969" (1992–96 +
/// note 9) from a range.
/// </summary>
internal static partial class FootnoteFinder
{
    // Digits glued to a letter, a closing quote or bracket, or the asterisk the paper puts after banned groups.
    [GeneratedRegex(@"(?<=[\p{L}*”’)\]])(?<n>[0-9]{1,3})(?=[\s.,;:”’)\]]|$)")]
    private static partial Regex AfterWord();

    // A year with a note glued on: 199610 is 1996 + 10.
    [GeneratedRegex(@"(?<![0-9,.])(?<year>1[0-9]{3}|20[0-9]{2})(?<n>[0-9]{1,2})(?![0-9,])")]
    private static partial Regex AfterYear();

    // A short year range with a note glued on: 1992–969 is 1992–96 + 9.
    [GeneratedRegex(@"(?<![0-9,.])[0-9]{4}[–-](?<yy>[0-9]{2})(?<n>[0-9]{1,2})(?![0-9,])")]
    private static partial Regex AfterYearRange();

    public static IReadOnlyList<(int Number, int Offset, int Length)> Find(string text)
    {
        var candidates = new List<(int Offset, string Digits)>();
        foreach (Match m in AfterWord().Matches(text)) candidates.Add((m.Groups["n"].Index, m.Groups["n"].Value));
        // For glued numbers the split is decided by the expected note number, so offer the whole tail.
        foreach (Match m in AfterYear().Matches(text)) candidates.Add((m.Index + 4, m.Value[4..]));
        foreach (Match m in AfterYearRange().Matches(text)) candidates.Add((m.Groups["yy"].Index + 2, m.Value[(m.Groups["yy"].Index - m.Index + 2)..]));
        candidates.Sort((a, b) => a.Offset.CompareTo(b.Offset));

        var found = new List<(int, int, int)>();
        var expected = 1;
        foreach (var (offset, digits) in candidates)
        {
            var want = expected.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (digits != want) continue;
            if (found.Count > 0 && found[^1].Item2 >= offset) continue;
            found.Add((expected, offset, digits.Length));
            expected++;
        }
        return found;
    }
}
