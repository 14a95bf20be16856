using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

public class OpenDocumentsTests
{
    private static SourceRange Range(int startLine, int startColumn, int endLine, int endColumn) =>
        new(new SourcePosition(startLine, startColumn), new SourcePosition(endLine, endColumn));

    private static string Edit(string text, SourceRange? range, string newText)
    {
        var documents = new OpenDocuments();
        documents.Open("note.md", text, 1);
        return documents.ApplyChange("note.md", 2, range, newText)!.Text.Text;
    }

    [Fact]
    public void Insertion_within_a_line()
    {
        Assert.Equal("Sir Thomas More", Edit("Sir More", Range(0, 4, 0, 4), "Thomas "));
    }

    [Fact]
    public void Replacement_across_lines()
    {
        Assert.Equal("one\nTWO\nthree", Edit("one\ntwo\nthree", Range(1, 0, 1, 3), "TWO"));
        Assert.Equal("oXree", Edit("one\ntwo\nthree", Range(0, 1, 2, 2), "X"));
        Assert.Equal("one\nnew\nlines\nthree", Edit("one\nthree", Range(0, 3, 0, 3), "\nnew\nlines"));
    }

    [Fact]
    public void Deletion_of_a_line_break_with_crlf()
    {
        Assert.Equal("onetwo", Edit("one\r\ntwo", Range(0, 3, 1, 0), ""));
    }

    [Fact]
    public void Columns_count_utf16_code_units_so_surrogate_pairs_take_two()
    {
        // "𝔄" is one character to a reader, two UTF-16 code units to the editor.
        Assert.Equal("𝔄 and B", Edit("𝔄B", Range(0, 2, 0, 2), " and "));
        Assert.Equal("B", Edit("𝔄B", Range(0, 0, 0, 2), ""));
    }

    [Fact]
    public void A_change_without_range_replaces_the_whole_text()
    {
        Assert.Equal("new", Edit("old\ntext", null, "new"));
    }

    [Fact]
    public void Out_of_range_positions_clamp_instead_of_throwing()
    {
        Assert.Equal("ab!", Edit("ab", Range(0, 99, 0, 120), "!"));
        Assert.Equal("ab\ncd!", Edit("ab\ncd", Range(7, 0, 9, 0), "!"));
        Assert.Equal("!", Edit("ab\ncd", Range(-1, -5, 40, 0), "!"));
        Assert.Equal("a!b", Edit("ab", Range(0, 1, 0, 0), "!"));
    }

    [Fact]
    public void Versions_are_kept_and_unknown_documents_are_ignored()
    {
        var documents = new OpenDocuments();
        documents.Open("a.md", "x", 3);
        Assert.Equal(4, documents.ApplyChange("a.md", 4, null, "y")!.Version);
        Assert.Null(documents.ApplyChange("b.md", 1, null, "y"));
        Assert.True(documents.Close("a.md"));
        Assert.Null(documents.Get("a.md"));
        Assert.Empty(documents.All);
    }
}
