using CsCheck;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Tests.Notes;

/// <summary>The map from a note's prose back to the note: every character of prose to the place it was written.</summary>
public class ProseTests
{
    [Fact]
    public void Each_prose_character_maps_to_where_it_is_written()
    {
        const string text = "# Kabul\n\nPutin *met* Karzai&amp;co\u00A0in `code` 2001.\n\n| a | b |\n|---|---|\n| x | 1989 |\n";
        var prose = Note.Parse("n.md", text).Prose;

        Assert.Equal("Kabul\nPutin met Karzai&co in   2001.\na b\nx 1989\n", prose.Text);
        Assert.Equal(text.IndexOf("met", StringComparison.Ordinal), prose.ToSourceOffset(prose.Text.IndexOf("met", StringComparison.Ordinal)));
        Assert.Equal(text.IndexOf("&amp;", StringComparison.Ordinal), prose.ToSourceOffset(prose.Text.IndexOf('&')));
        Assert.Equal(text.IndexOf('\u00A0'), prose.ToSourceOffset(prose.Text.IndexOf("co in", StringComparison.Ordinal) + 2));
        Assert.Equal(text.IndexOf("1989", StringComparison.Ordinal), prose.ToSourceOffset(prose.Text.IndexOf("1989", StringComparison.Ordinal)));
        Assert.Equal(prose.Text.IndexOf("met", StringComparison.Ordinal), prose.ToProseIndex(text.IndexOf("met", StringComparison.Ordinal)));
        Assert.Null(prose.ToProseIndex(text.IndexOf("code", StringComparison.Ordinal)));
        // Inside the code span: the space after it.
        Assert.Equal(prose.Text.IndexOf("   2001", StringComparison.Ordinal) + 2, prose.ToProseIndexAtOrAfter(text.IndexOf("code", StringComparison.Ordinal)));
    }

    private static readonly string[] Pieces =
    [
        "Putin", "met", "Karzai", "1989", "é", "😀", " ", "  ", ". ", ", ", "*em*", "**strong**", "_u_", "`code`", "``a`b``",
        "[the paper](https://x.org/2001)", "[[afghan-war]]", "[@soviet-withdrawal, p. 4]", "@putin", "&amp;", "&copy;", "&#x2014;",
        "\u00A0", "\u2009", "\u202F", "\\*", "<b>", "</b>", "![map](a.png)", "<https://x.org>", "  \n", "\\\n", "\n", "\r\n",
        "\n\n", "\n# ", "\n## ", "\n- ", "\n  - ", "\n> ", "\n1. ", "\n| a | b |\n|---|---|\n| ", " | ", "\n```\nfenced 2004\n```\n",
    ];

    private static Gen<string> NotesOf(string[] pieces) =>
        Gen.Select(Gen.Bool, Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 40],
            (front, chosen) => (front ? "---\npaper: x.txt\n---\n" : "") + string.Concat(chosen));

    private static readonly Gen<string> Notes = NotesOf(Pieces);

    // Markdig can place a pipe-table cell's text several columns off (NoteParser corrects up to three, see
    // NoteParser.SourceOffset), and further still in a table inside a list item: these notes have no tables.
    private static readonly Gen<string> NotesWithoutTables = NotesOf([.. Pieces.Where(p => !p.Contains('|'))]);

    [Fact]
    public void Prose_characters_map_to_the_same_characters_in_order()
    {
        NotesWithoutTables.Sample(text =>
        {
            var prose = Note.Parse("n.md", text).Prose;
            var previous = -1;
            for (var i = 0; i < prose.Text.Length; i++)
            {
                var offset = prose.ToSourceOffset(i);
                Assert.True(offset >= Math.Max(previous, 0), $"offset {offset} at {i} after {previous}");
                previous = offset;
                var c = prose.Text[i];
                if (offset >= text.Length) { Assert.True(c is ' ' or '\n', $"prose '{c}' at {i} maps past the end"); continue; } // a separator after the note's last character
                var written = text[offset];
                if (written is '\u00A0' or '\u2009' or '\u202F') Assert.True(c is ' ' or '\n', $"prose '{c}' at {i} maps to a no-break space at {offset}"); // read as a space (or the end of a block after it)
                else if (c is not (' ' or '\n')) // not a separator: a code span, a line break, a cell boundary, the end of a block
                    Assert.True(written == c || written == '&', $"prose '{c}' at {i} maps to '{written}' at {offset} in {text}"); // an entity's characters map to its '&'
            }
            Assert.Equal(prose.Text.Length == 0 ? 0 : prose.ToSourceOffset(prose.Text.Length - 1) + 1, prose.ToSourceOffset(prose.Text.Length));
        }, iter: 3_000);
    }

    [Fact]
    public void A_note_offset_finds_its_prose_index_as_a_search_of_every_characters_offset_does()
    {
        Notes.Sample(text =>
        {
            var prose = Note.Parse("n.md", text).Prose;
            var offsets = Enumerable.Range(0, prose.Text.Length).Select(prose.ToSourceOffset).ToArray();
            for (var o = 0; o <= text.Length + 1; o++)
            {
                var i = Array.BinarySearch(offsets, o);
                Assert.Equal(i >= 0 ? i : null, prose.ToProseIndex(o));
                Assert.Equal(i >= 0 ? i : ~i, prose.ToProseIndexAtOrAfter(o));
            }
        }, iter: 1_000);
    }

    [Fact]
    public void A_question_and_its_answer_are_one_sentence()
    {
        var prose = Note.Parse("n.md", "Q: when did Medvedev endorse Obama's strategy?\nA: December 2009. He did so in Moscow.\n\nWhy? Nobody knows.\n").Prose;
        Assert.Equal(["Q: when did Medvedev endorse Obama's strategy? A: December 2009.", "He did so in Moscow.", "Why?", "Nobody knows."],
            prose.Scopes.Select(s => prose.Text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void A_callouts_title_is_a_heading_of_its_own()
    {
        var prose = Note.Parse("n.md", "> [!note] Deadline for Q&A\n> Islamic State declared itself in January 2015. Days later.\n\n> [!tip]- Folded\n> Text.\n\n> Plain quote\n> goes on.\n").Prose;
        Assert.Equal([("[!note] Deadline for Q&A", ScopeKind.Heading), ("Islamic State declared itself in January 2015.", ScopeKind.Sentence), ("Days later.", ScopeKind.Sentence),
                ("[!tip]- Folded", ScopeKind.Heading), ("Text.", ScopeKind.Sentence), ("Plain quote goes on.", ScopeKind.Sentence)],
            prose.Scopes.Select(s => (prose.Text.Substring(s.Start, s.Length), s.Kind)));
    }
}
