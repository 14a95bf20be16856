using Marginalia.Core.Sources;

namespace Marginalia.Core.Tests.Sources;

public class PaperTests
{
    private static Paper Russia => TestPapers.Russia;

    [Fact]
    public void The_shipped_paper_is_byte_identical_to_the_seed_file()
    {
        var onDisk = File.ReadAllText(Path.Combine(TestPapers.SeedsFolder, ShippedPaper.FileName));
        Assert.Equal(onDisk, ShippedPaper.ReadText());
    }

    [Fact]
    public void All_65_footnotes_are_found_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 65), Russia.Footnotes.Select(f => f.Number));
        // "in 199610." on line 97: the note is the "10" after the year.
        var note10 = Russia.Footnotes[9];
        Assert.Equal("10", Russia.Original.Slice(note10.Range));
        Assert.Equal(97, note10.Range.Start.DisplayLine);
        Assert.Equal("199210.", Russia.Original.GetLine(96)[23..30]);
    }

    [Fact]
    public void Headings_carry_their_year_spans()
    {
        var headings = Russia.Headings.Select(h => (h.Passage.Text, h.FromYear, h.ToYear)).ToList();
        Assert.Equal(8, headings.Count);
        Assert.Equal(("Introduction", null, null), headings[0]);
        Assert.Contains(("Russian reassertion in Afghanistan 2011-2015", 2011, 2015), headings);
        Assert.Contains(("Russian diplomatic turn in Afghan peace process 2016–2018", 2016, 2018), headings);
        Assert.Equal(("Conclusion", null, null), headings[^1]);
    }

    [Fact]
    public void A_passage_reports_its_exact_original_range()
    {
        var passage = Assert.Single(Russia.Find("a complete withdrawal of the Soviet troops on 15 February 1989"));
        Assert.Equal(new SourceRange(new(55, 0), new(55, 62)), passage.Range);

        // A passage across a hyphenated line break and a page-break line.
        var split = Assert.Single(Russia.Find("In Putin’s third term in the presidency, Russia re-emerged in global politics with a strong will"));
        Assert.Equal(26, split.Range.Start.Line);
        Assert.Equal(28, split.Range.End.Line);
        Assert.Equal(" a strong will", Russia.Original.GetLine(28)[..14]);
        Assert.Equal(14, split.Range.End.Column);
    }

    [Fact]
    public void Sentences_do_not_break_at_initials_and_know_their_section()
    {
        var at = Russia.Reading.Text.IndexOf("George W. Bush", StringComparison.Ordinal);
        var sentence = Russia.SentenceAt(at)!;
        Assert.StartsWith("After the 9/11 incident, Putin was the first", sentence.Text);
        Assert.EndsWith("George W. Bush.", sentence.Text);

        var rockets = Russia.Reading.Text.IndexOf("14 rebel rockets", StringComparison.Ordinal);
        Assert.Equal("An overview of Russia-Afghan relations 1989–2001", Russia.SectionAt(rockets)!.Passage.Text);
        Assert.Equal(83, Russia.SentenceAt(rockets)!.Range.Start.DisplayLine);
    }
}
