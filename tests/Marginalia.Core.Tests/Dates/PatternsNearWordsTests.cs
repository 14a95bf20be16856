using System.Text.RegularExpressions;
using CsCheck;
using Marginalia.Core.Dates;
using Marginalia.Core.Dates.Forms;

namespace Marginalia.Core.Tests.Dates;

/// <summary>
/// The forms whose patterns have no literal to look for are tried only a few words before each of their trigger words
/// (a month name, a unit of time…): they must find exactly what a scan of the whole text with the same pattern finds,
/// leftmost first and without overlaps.
/// </summary>
public class PatternsNearWordsTests
{
    private static List<string> Near(DateForm form, string text) => [.. DateRecognizer.MatchesOf(form, text).Select(m => $"{m.Index}+{m.Length}")];

    /// <summary>Every form of the catalog tried only near its trigger words.</summary>
    private static IEnumerable<DateForm> Forms => FormCatalog.Forms.Where(f => f.Trigger.Anchored);

    [Fact]
    public void The_forms_tried_near_words_include_every_pattern_without_a_literal() =>
        Assert.Equal(
            ["DayMonthYear", "MonthDayYear", "DayRange", "MonthYear", "LoneMonth", "MonthRangeStart", "Quarter", "Decade", "Century", "PartOfMonth", "PartOfYear", "Season", "ContextSeason", "ContextMonth", "FeastDay", "AgoLater", "Lasting"],
            Forms.Select(f => f.Name));

    private static List<string> Scanned(Regex anchored, string text)
    {
        Assert.StartsWith(@"\G", anchored.ToString());
        var scan = new Regex(anchored.ToString()[2..], anchored.Options);
        return [.. scan.Matches(text).Select(m => $"{m.Index}+{m.Length}")];
    }

    public static TheoryData<string> Texts()
    {
        var notes = Directory.GetFiles(Path.Combine(TestPapers.RepositoryRoot, "examples", "notes"), "*.md").Select(File.ReadAllText);
        return [.. notes.Prepend(TestPapers.Russia.Reading.Text).Append(
            "Monday, the 15th of February 1989; Wed. 3 – 5 March, 2001, (Feb. 15) 12-14 Sept 2019 15\nFebruary Jan 1 Jan 2 Jan 3 " +
            "Tue.,\t4th  of   July   2020 ٣ May 2004 x15 May 2004 $15 May, 15 Mayday, May 15%, early-March, the end of May 2001, " +
            "for the next more than three years, ten-year-long, a decade long, 16 years of war, at least two weeks later, three weeKs before the talks, " +
            "after about 3 days, ٣ days ago, anti-two-year, early 1989, Mid-2001, late\n1990s, the end of 1991, The first quarter of the year 1989, " +
            "the final  quarter\tof the same year, the second half of that year, The beginning of the year this year, late 1٣45, late 19890, x-early 2001, " +
            "early 12345, end of 2100 and the middle of 3000, the end of Year 2000, the end of the year, in March, from January–May 2016, " +
            "Sept. 2001, Sep 2001, Mayday 2001, xMay 2001, May,\n2001, May of that year, June of the same year, during\tJune, between June and July 1990, Feb.–March 1990, " +
            "The decade of the early 1980s, the Decade of  1990s, mid1980s, late-1970’s, the 1960's, x1980s, 19800s, 1٣٣0s, 1980ss, " +
            "The early twenty first century, the mid-20th century, 21st CENTURY, the late nineteenth-century, " +
            "The spring of 1990, Fall 1991, the Winter of that year, autumn  of the same year, springs 1990, fall 2001, " +
            "the following spring, The next  summer, that autumn, the previous\nwinter, the following springs, the-following summer, " +
            "that July, The following March, the next\nApril, the previous June, that may, the following Junes, the-following May, that July 4, " +
            "14 february 1989, may 29, 2019, we may 5 times, in march 2014, SEPT 12, 2001, 16 Apr '93, April ’93, spring '92, " +
            "Q2 1993, 2Q 1993, Q4 of 2015, xQ2 1993, Q22 1993, 12Q 1993, Q2 '93, mid-may 2019, " +
            "Christmas Eve 1991, on Christmas  Day, 1979, Christmas of 1979, the Christmas bombing of 1972, Orthodox Christmas 2001, xChristmas 1991, " +
            "Boxing Day 2016, New Year's Eve 1999, New\nYear’s Day 1994, New Year 1992, a New Years 1992, Christmas-week 1979")];
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Matching_near_the_words_finds_what_a_scan_finds(string text)
    {
        foreach (var form in Forms) Assert.Equal(Scanned(form.Pattern, text), Near(form, text));
    }

    [Fact]
    public void Matching_near_the_words_finds_what_a_scan_finds_in_random_text()
    {
        var pieces = new[] { "Monday", "Tue", ".", ",", " ", "  ", "\n", "\t", "the ", "The ", "15", "3", "31", "0", "st", "th", " of", "-", "–", "Feb", "February",
            "May", "Sept", "1989", "2019", "x", "$", "/", "%", "٣", "this year", "that year", "early", "end", "for", "over", "next", "more than", "at least",
            "about", "a", "three", "day", "weeK", "fortnight", "months", "year", "decade", "long", "later", "ago", "before",
            "Early", "mid", "Late", "beginning", "middle", "start", "first", "second", "half", "quarter", "final", "latter", "of", "the year ", "same", "1٣45", "2", "1", "in ", "during ", "between ", "and ", "January", "June", "Sep.", "–", "of the same year", "1990", ",", "decade of ", "1980s", "1960's", "1970’s", "century", "Century", "twenty", "20th", "first", "nineteenth",
            "spring", "Summer", "Fall", "winter", "that ", "following ", "July", "'", "’", "s", "may", "march", "sept.", "FEB", "'93", "’05", "Q", "Q2", "2Q", "Q4 ", "x",
            "Christmas", "Eve", "Day", "New", "Year", "'s", "Boxing", "Orthodox" };
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 20].Select(p => string.Concat(p)).Sample(text =>
        {
            foreach (var form in Forms) Assert.Equal(Scanned(form.Pattern, text), Near(form, text));
        }, iter: 20_000);
    }
}
