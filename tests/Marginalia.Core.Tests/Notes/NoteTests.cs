using Marginalia.Core.Notes;
using static Marginalia.Core.Tests.NoteText;

namespace Marginalia.Core.Tests.Notes;

public class NoteTests
{
    [Fact]
    public void Code_html_link_targets_and_front_matter_are_not_prose()
    {
        const string text = """
            ---
            paper: 000_bf09360ec50d0df5.txt
            date: 1999
            ---
            Troops left in *February* 1989, see `1990` and [the paper](https://x.org/2001).
            <span title="2002">html</span>

                indented 2003 code

            ```
            fenced 2004
            ```
            """;
        var note = Note.Parse("n.md", text);
        Assert.Contains("Troops left in February 1989, see", note.Prose.Text);
        Assert.Contains("the paper", note.Prose.Text);
        foreach (var year in new[] { "1999", "1990", "2001", "2002", "2003", "2004" })
            Assert.DoesNotContain(year, note.Prose.Text);
        var date = Assert.Single(note.Dates);
        Assert.Equal("1989-02-01/1989-02-28", date.Date!.ToIsoInterval());
        Assert.Equal("000_bf09360ec50d0df5.txt", note.PaperName);
    }

    [Fact]
    public void A_date_across_emphasis_maps_back_to_its_exact_place()
    {
        const string text = "# Notes\n\n- The last troops left on **15 February** 1989.\n";
        var note = Note.Parse("n.md", text);
        var date = Assert.Single(note.Dates);
        var range = note.RangeOf(date);
        Assert.Equal(2, range.Start.Line);
        Assert.Equal(text.Split('\n')[2].IndexOf("15 February", StringComparison.Ordinal), range.Start.Column);
        Assert.Equal(text.Split('\n')[2].IndexOf(" 1989", StringComparison.Ordinal) + 5, range.End.Column);
    }

    [Fact]
    public void Positions_hold_with_windows_line_endings_and_non_ascii_text()
    {
        const string text = "Ahmad Shah Mas’ud — 🇦🇫 notes\r\n\r\nOn 9 November 2018 [@moscow-format-talks-2018].\r\n";
        var note = Note.Parse("n.md", text);
        Assert.Equal(RangeOf(text, "9 November 2018"), note.RangeOf(Assert.Single(note.Dates)));
        Assert.Equal(RangeOf(text, "moscow-format-talks-2018"), Assert.Single(note.References).Range);
    }

    [Fact]
    public void Every_reference_form_is_found_with_the_range_of_its_id()
    {
        const string text = """
            A [[soviet-withdrawal-1989]] and [[geneva-accords-1988|the accords]].
            Cited [@moscow-format-talks-2018, p. 4] and [see @a-one; @b-two].
            As @moscow-format-talks-2018 shows; mail me at someone@example.org.
            """;
        var note = Note.Parse("n.md", text);
        var refs = note.References.Select(r => (r.Id, r.Kind)).ToList();
        Assert.Equal(
        [
            ("soviet-withdrawal-1989", ReferenceKind.Wikilink),
            ("geneva-accords-1988", ReferenceKind.Wikilink),
            ("moscow-format-talks-2018", ReferenceKind.Citation),
            ("a-one", ReferenceKind.Citation),
            ("b-two", ReferenceKind.Citation),
            ("moscow-format-talks-2018", ReferenceKind.InText),
        ], refs);
        Assert.Equal(RangeOf(text, "geneva-accords-1988"), note.References[1].Range);
        Assert.Equal(RangeOf(text, "[[geneva-accords-1988|the accords]]"), note.References[1].Whole);
        Assert.Equal(RangeOf(text, "b-two"), note.References[4].Range);
    }

    [Fact]
    public void An_id_writes_no_date()
    {
        // "1980s" and "2016" in the ids are no dates of the note; "the 1990s" and "in 2016" are.
        var note = Note.Parse("n.md", "Lavrov recalled the intervention of the 1990s [@lavrov-recalls-soviet-intervention-1980s]; [[moscow-trilateral-summit-2016|the summit]] in 2016, @qcg-formed-2016.\n");
        Assert.Equal(["the 1990s", "2016"], note.Dates.Select(d => d.Text));
        // Nor a wikilink's label that is a number of its id other than the year: the resolution's number; a year label is a date.
        var numbered = Note.Parse("n.md", "Moscow voted for it ([[unsc-resolution-1267-1999|1267]]), in 1999 ([[unsc-resolution-1267-1999|1999]]).\n");
        Assert.Equal(["1999", "1999"], numbered.Dates.Select(d => d.Text));
    }

    [Fact]
    public void References_in_code_are_not_references()
    {
        var note = Note.Parse("n.md", "Write `[[an-id]]` or\n\n```\n[@other]\n```\n");
        Assert.Empty(note.References);
    }

    [Fact]
    public void A_list_item_and_a_table_row_are_each_one_scope()
    {
        const string text = """
            - Soviet troops left. It was 1989 [@soviet-withdrawal-1989].

            | Event | Date |
            |---|---|
            | Withdrawal | 15 February 1989 |
            """;
        var note = Note.Parse("n.md", text);
        var kinds = note.Prose.Scopes.Select(s => (s.Kind, note.Prose.Text.Substring(s.Start, s.Length))).ToList();
        Assert.Contains((ScopeKind.ListItem, "Soviet troops left. It was 1989 [@soviet-withdrawal-1989]."), kinds);
        Assert.Contains((ScopeKind.TableRow, "Withdrawal 15 February 1989"), kinds);
    }

    [Theory]
    [InlineData("| Event | Date |\n|---|---|\n|        15 February 1990      | x |\n")]
    [InlineData("| Event | Date |\n|---|---|\n| withdrawal |                 15 February 1990 |\n")]
    public void A_date_in_a_padded_table_cell_maps_to_its_exact_place(string text)
    {
        var note = Note.Parse("n.md", text);
        Assert.Equal(RangeOf(text, "15 February 1990"), note.RangeOf(Assert.Single(note.Dates)));
    }

    [Theory]
    // Found by the fuzzer (docs/fuzzing.md): a form feed after a row leaves Markdig a paragraph of it placed before the
    // table, and the table's dates and references were then put after the end of the note.
    [InlineData("| a | b |\n|---|---|\n| [@first] |\n| 15 February 1990 [@second] |\f\r\rThe end.\n")]
    [InlineData("| a | b |\n|---|---|\n| [x |\n| 15 February 1990 [@second] |\f\r\rThe end.\r\n")]
    public void A_table_row_ending_in_a_form_feed_keeps_its_places(string text)
    {
        var note = Note.Parse("n.md", text);
        Assert.Equal(RangeOf(text, "15 February 1990"), note.RangeOf(Assert.Single(note.Dates)));
        Assert.Equal(RangeOf(text, "second"), note.References.Single(r => r.Id == "second").Range);
    }

    [Theory]
    // Found by the fuzzer: regex \d matches every script's digits, so a year ending in N'Ko zero (U+07C0) was matched and
    // int.Parse threw; the note was then "not read" (MRG000) and none of its dates checked.
    [InlineData("In 199\u07C0 and on 15 February 1989 the troops left.")]
    [InlineData("On 1\u0669 February 1989 and 2020-0\u0662-29 and 3/\u0663/1999 the troops left 15 February 1989.")]
    public void Digits_of_other_scripts_are_no_date_and_the_rest_of_the_note_is_read(string text)
    {
        var note = Note.Parse("n.md", text);
        Assert.Equal(RangeOf(text, "15 February 1989", text.Split("15 February 1989").Length - 2), note.RangeOf(note.Dates[^1]));
    }

    [Fact]
    public void Broken_front_matter_is_a_problem_at_its_line_and_the_note_is_still_read()
    {
        const string text = "---\npaper: [unclosed\n---\nIn 1989 the troops left.\n";
        var note = Note.Parse("n.md", text);
        var problem = Assert.Single(note.Problems);
        Assert.InRange(problem.Range.Start.Line, 1, 2);
        Assert.Contains("front matter", problem.Message);
        Assert.Single(note.Dates);
    }

    [Fact]
    public void Malformed_markdown_and_binary_like_text_do_not_throw()
    {
        var nasty = "[[\n[@\n**unclosed *emphasis [link](<bad\n| a |\n|-|\n| 1989 |\n\u0001\u0002 ```\n" + new string('[', 5000);
        var note = Note.Parse("n.md", nasty);
        Assert.NotNull(note.Prose.Text);
    }
}
