using Marginalia.LanguageServer.Protocol;
using Range = Marginalia.LanguageServer.Protocol.Range;

namespace Marginalia.LanguageServer.Tests;

public class SyncTests
{
    private const string Uri = "file:///notes/more.md";

    private static TextDocumentContentChangeEvent Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new(text, new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter)));

    private static async Task<LanguageServerHarness> OpenedAsync(string text)
    {
        var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.OpenAsync(Uri, text);
        return harness;
    }

    [Fact]
    public async Task Open_stores_the_text()
    {
        await using var harness = await OpenedAsync("# More\n\nThomas More, 1516.");

        Assert.Equal("# More\n\nThomas More, 1516.", await harness.TextAsync(Uri));
    }

    [Fact]
    public async Task Incremental_edits_are_applied_in_order_each_on_the_previous_result()
    {
        await using var harness = await OpenedAsync("More wrote Utopia in 1515.\nHe was chancellor.");

        await harness.ChangeAsync(Uri, 2,
            Edit(0, 21, 0, 25, "1516"),           // 1515 → 1516
            Edit(0, 0, 0, 0, "Thomas "),           // positions now refer to the edited text
            Edit(1, 7, 1, 7, "Lord "));

        Assert.Equal("Thomas More wrote Utopia in 1516.\nHe was Lord chancellor.", await harness.TextAsync(Uri));
    }

    [Fact]
    public async Task Many_quick_edits_arrive_in_the_order_typed()
    {
        await using var harness = await OpenedAsync("");
        const string typed = "Thomas More became Lord Chancellor in 1529.\nHe resigned in 1532.";

        var line = 0;
        var column = 0;
        for (var i = 0; i < typed.Length; i++)
        {
            var c = typed[i].ToString();
            await harness.ChangeAsync(Uri, i + 2, Edit(line, column, line, column, c)); // sent, not yet handled
            if (c == "\n") (line, column) = (line + 1, 0); else column++;
        }

        Assert.Equal(typed, await harness.TextAsync(Uri));
    }

    [Fact]
    public async Task Edits_spanning_lines_insert_and_remove_line_breaks()
    {
        await using var harness = await OpenedAsync("one\ntwo\nthree");

        await harness.ChangeAsync(Uri, 2, Edit(0, 2, 2, 1, "-"));
        Assert.Equal("on-hree", await harness.TextAsync(Uri));

        await harness.ChangeAsync(Uri, 3, Edit(0, 2, 0, 3, "\nnew\n"));
        Assert.Equal("on\nnew\nhree", await harness.TextAsync(Uri));
    }

    [Fact]
    public async Task Columns_are_utf16_so_characters_outside_the_bmp_count_twice()
    {
        // "𝔘" (U+1D518) is a surrogate pair: column 2 is just after it.
        await using var harness = await OpenedAsync("𝔘topia, 𝔐ore");

        await harness.ChangeAsync(Uri, 2, Edit(0, 2, 0, 7, "TOPIA"));
        await harness.ChangeAsync(Uri, 3, Edit(0, 9, 0, 11, "M"));

        Assert.Equal("𝔘TOPIA, More", await harness.TextAsync(Uri));
    }

    [Fact]
    public async Task A_change_without_range_replaces_the_document()
    {
        await using var harness = await OpenedAsync("old");

        await harness.ChangeAsync(Uri, 2, new TextDocumentContentChangeEvent("new\ntext"));

        Assert.Equal("new\ntext", await harness.TextAsync(Uri));
    }

    [Fact]
    public async Task Close_forgets_the_document()
    {
        await using var harness = await OpenedAsync("text");

        await harness.CloseAsync(Uri);

        Assert.Null(await harness.TextAsync(Uri));
    }

    [Fact]
    public async Task The_same_file_under_two_spellings_is_one_document()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.OpenAsync("file:///c%3A/notes/my%20note.md", "text");

        Assert.Equal("text", await harness.TextAsync("file:///C:/notes/my note.md"));
    }

    [Fact]
    public async Task Listeners_hear_each_step_with_the_normalized_path()
    {
        var listener = new RecordingListener();
        await using var harness = new LanguageServerHarness(server => server.Listeners.Add(listener));
        await harness.InitializeAsync();
        await harness.OpenAsync("file:///notes/a%20b.md", "x");
        await harness.ChangeAsync("file:///notes/a%20b.md", 2, new TextDocumentContentChangeEvent("y"));
        await harness.SaveAsync("file:///notes/a%20b.md");
        await harness.CloseAsync("file:///notes/a%20b.md");

        await listener.Calls.WaitForAsync(call => call.StartsWith("closed"));
        Assert.Equal(
            ["initialized", "opened /notes/a b.md", "changed /notes/a b.md", "saved /notes/a b.md", "closed /notes/a b.md"],
            listener.Calls.All);
    }
}
