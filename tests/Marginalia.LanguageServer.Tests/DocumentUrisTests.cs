using Marginalia.LanguageServer;

namespace Marginalia.LanguageServer.Tests;

public class DocumentUrisTests
{
    [Theory]
    [InlineData("file:///home/ada/notes/a.md", "/home/ada/notes/a.md")]
    [InlineData("file:///home/ada/my%20notes/a%20b.md", "/home/ada/my notes/a b.md")]
    [InlineData("file:///home/ada/notes/../notes/a.md", "/home/ada/notes/a.md")]
    [InlineData("file://localhost/home/ada/a.md", "/home/ada/a.md")]
    [InlineData("file:///home/ada/%C3%A9t%C3%A9.md", "/home/ada/été.md")]
    [InlineData("file:///home/ada/a%23b.md", "/home/ada/a#b.md")]
    public void Unix_file_uris_become_paths(string uri, string path)
    {
        if (OperatingSystem.IsWindows()) return;
        Assert.Equal(path, DocumentUris.ToKey(uri));
    }

    [Theory]
    [InlineData("file:///c%3A/Users/Ada/my%20notes/a.md")]
    [InlineData("file:///C:/Users/Ada/my%20notes/a.md")]
    [InlineData("file:///c:/Users/Ada/my notes/a.md")]
    public void Windows_drive_letters_in_any_spelling_give_one_key(string uri)
    {
        var expected = OperatingSystem.IsWindows() ? @"C:\Users\Ada\my notes\a.md" : "C:/Users/Ada/my notes/a.md";
        Assert.Equal(expected, DocumentUris.ToKey(uri));
    }

    [Fact]
    public void Unc_hosts_are_kept()
    {
        var expected = OperatingSystem.IsWindows() ? @"\\server\share\a.md" : "//server/share/a.md";
        Assert.Equal(expected, DocumentUris.ToKey("file://server/share/a.md"));
    }

    [Theory]
    [InlineData("untitled:Untitled-1")]
    [InlineData("vscode-notebook-cell:/a.ipynb#W0")]
    public void Other_schemes_are_kept_as_they_are(string uri)
    {
        Assert.Equal(uri, DocumentUris.ToKey(uri));
        Assert.False(DocumentUris.TryGetPath(uri, out _));
    }

    [Theory]
    [InlineData("/home/ada/my notes/a b.md", "file:///home/ada/my%20notes/a%20b.md")]
    [InlineData("/home/ada/a#b.md", "file:///home/ada/a%23b.md")]
    [InlineData(@"C:\Users\Ada\a.md", "file:///c%3A/Users/Ada/a.md")]
    [InlineData(@"\\server\share\a.md", "file://server/share/a.md")]
    public void Paths_become_uris_the_way_vscode_writes_them(string path, string uri)
    {
        Assert.Equal(uri, DocumentUris.FromPath(path));
    }

    [Theory]
    [InlineData("/home/ada/my notes/été #1.md")]
    [InlineData("/tmp/a%20b.md")]
    public void Paths_round_trip(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        Assert.Equal(path, DocumentUris.ToKey(DocumentUris.FromPath(path)));
    }
}
