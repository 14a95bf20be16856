using Marginalia.Core.Sources;

namespace Marginalia.Core.Tests.Sources;

public class ReadingTextTests
{
    private static ReadingText Read(string text) => ReadingText.Build(new SourceText(text));

    [Fact]
    public void A_word_hyphenated_across_a_line_break_is_joined_and_maps_back_to_both_lines()
    {
        var reading = Read("Nevertheless, its so-\ncial and political involvement");
        Assert.Equal("Nevertheless, its social and political involvement", reading.Text);
        var c = reading.Text.IndexOf("cial", StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(1, 0), reading.Original.GetPosition(reading.ToOriginalOffset(c)));
        var word = reading.Text.IndexOf("social", StringComparison.Ordinal);
        Assert.Equal(new SourceRange(new(0, 18), new(1, 4)), reading.ToOriginalRange(word, "social".Length));
    }

    [Fact]
    public void A_real_compound_keeps_its_hyphen_when_the_text_uses_the_prefix_elsewhere()
    {
        var reading = Read("the anti-Taliban alliance joined the anti-\nterrorism campaign");
        Assert.Contains("the anti-terrorism campaign", reading.Text);
    }

    [Fact]
    public void The_form_the_text_uses_elsewhere_wins()
    {
        var reading = Read("an anti-terrorism war. The US-led an-\nti-terrorism campaign and the global anti-ter-\nrorism campaign");
        Assert.Equal("an anti-terrorism war. The US-led anti-terrorism campaign and the global anti-terrorism campaign", reading.Text);
    }

    [Fact]
    public void A_break_before_a_capital_keeps_the_hyphen()
    {
        Assert.Equal("the Soviet-Afghan war", Read("the Soviet-\nAfghan war").Text);
    }

    [Fact]
    public void Footnote_numbers_glued_to_words_and_years_are_taken_out_and_recorded_in_order()
    {
        var reading = Read("regime in Kabul1.\nNajibullah2 had to resign on 16 April 19923. Support during 1992–964. In 19965 they ruled.");
        Assert.Equal("regime in Kabul. Najibullah had to resign on 16 April 1992. Support during 1992–96. In 1996 they ruled.", reading.Text);
        Assert.Equal([1, 2, 3, 4, 5], reading.Footnotes.Select(f => f.Number));
        var afterYear = reading.Footnotes[4];
        Assert.Equal("5", reading.Original.Slice(afterYear.Range));
        Assert.Equal(1, afterYear.Range.Start.Line);
    }

    [Fact]
    public void Numbers_that_are_not_the_next_note_stay_in_the_text()
    {
        var reading = Read("Resolution 1267 on 5 October 1999 and 224 people, 2,300 soldiers, G7 leaders");
        Assert.Empty(reading.Footnotes);
        Assert.Equal("Resolution 1267 on 5 October 1999 and 224 people, 2,300 soldiers, G7 leaders", reading.Text);
    }

    [Fact]
    public void No_break_spaces_page_break_lines_and_blank_lines_are_read_as_a_reader_reads_them()
    {
        var reading = Read("held on 26\u00A0 December 2016, with \n representatives of Russia.\n\nNext paragraph.");
        Assert.Equal("held on 26 December 2016, with representatives of Russia.\nNext paragraph.", reading.Text);
    }

    [Fact]
    public void Every_character_of_the_real_paper_maps_to_the_same_character_of_the_original()
    {
        var paper = TestPapers.Russia;
        var text = paper.Reading.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ' ' or '\n') continue;
            var original = paper.Reading.ToOriginalOffset(i);
            Assert.True(text[i] == paper.Original.Text[original], $"reading[{i}] '{text[i]}' maps to '{paper.Original.Text[original]}'");
            Assert.Equal(i, paper.Reading.ToReadingIndex(original));
        }
    }

    [Theory]
    [InlineData("Kazakhstan, Kyrgyzstan")]
    [InlineData("the US-led anti-terrorism campaign")]
    [InlineData("drug-trafficking networks")]
    [InlineData("Zalmay Khalilzad and Abdul Ghani Baradar")]
    [InlineData("Russia re-emerged in global politics")]
    [InlineData("regime in Kabul.")]
    [InlineData("Russia extended support to his government during 1992–96.")]
    [InlineData("Najibullah’s regime in 1992. On 27 September 1996")]
    [InlineData("settlement in Moscow on 26 December 2016, with representatives")]
    public void The_real_paper_reads_as_a_person_reads_it(string phrase)
    {
        Assert.Single(TestPapers.Russia.Find(phrase));
    }
}
