using System.Diagnostics;
using System.Text.Json;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests.Commands;

/// <summary>
/// `check` on what a cloned repository can hold: half-typed YAML, FIFOs and devices among the notes, folder links
/// that loop, names with newlines and spaces. One line naming each bad file, the other notes checked, exit code 2,
/// never a stack trace, never a hang.
/// </summary>
public sealed class CheckTrapsTests : IDisposable
{
    private readonly string _root = Repository.NewWorkspace(("notes/good.md", "Left on 15 February 1990 [@soviet-withdrawal-1989].\n"));

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private string At(string relative) => Path.Combine(_root, relative);

    private Cli.Result Check(params string[] options)
    {
        var run = Task.Factory.StartNew(() => Cli.Run(["check", At("notes"), "--workspace", _root, .. options]), TaskCreationOptions.LongRunning);
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "check did not finish");
        var result = run.Result;
        Assert.DoesNotContain("   at ", result.Error); // no stack trace
        return result;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        mkfifo.WaitForExit();
    }

    [Fact]
    public void A_workspace_that_does_not_exist_is_an_input_error()
    {
        var result = Cli.Run("check", At("notes"), "--workspace", "/nonexistent/marginalia");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/marginalia: error: no such workspace folder", result.Error);
    }

    [Theory]
    [InlineData("seeds/000_bf09360ec50d0df5.knowledge.yaml", "events: [a\nb: {\n")]
    [InlineData(".marginalia.yaml", "papers: [a\nb: {\n")]
    public void A_yaml_file_caught_mid_edit_is_one_line_with_file_and_line(string file, string yaml)
    {
        File.WriteAllText(At(file), yaml);
        var result = Check();
        Assert.Equal(2, result.ExitCode);
        Assert.Matches($@"{Path.GetFileName(file).Replace(".", "\\.")}:\d+: error: broken YAML", result.Error);
    }

    [Fact]
    public void Half_typed_and_deep_front_matter_is_a_finding_and_every_note_is_checked()
    {
        File.WriteAllText(At("notes/half.md"), "---\ntags: [a\nb: {\n---\nText.\n");
        File.WriteAllText(At("notes/deep.md"), $"---\na: {new string('[', 5000)}{new string(']', 5000)}\n---\nText.\n");
        var result = Check();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("half.md:2:1: warning MRG000: broken YAML front matter: incomplete YAML", result.Output);
        Assert.Contains("deep.md:2:1: warning MRG000: broken YAML front matter: nested more than 32 levels deep", result.Output);
        Assert.Contains("good.md:1:9: error MRG002:", result.Output);
        Assert.EndsWith("3 notes checked: 1 error, 2 warnings", result.Output.TrimEnd());
    }

    [Fact]
    public void A_line_of_128_quote_markers_is_a_finding_and_the_other_notes_are_checked()
    {
        File.WriteAllText(At("notes/quotes.md"), new string('>', 128) + " deep\n");
        var result = Check();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("quotes.md:1:1: error MRG000: Marginalia could not read this note, so it is not checked: its Markdown is nested too deeply", result.Output);
        Assert.Contains("good.md:1:9: error MRG002:", result.Output);
    }

    [Fact]
    public void A_fifo_a_device_and_a_symlink_to_a_pipe_are_named_and_the_rest_is_checked()
    {
        if (!OperatingSystem.IsLinux()) return;
        MakeFifo(At("notes/pipe.md"));
        MakeFifo(At("pipe"));
        File.CreateSymbolicLink(At("notes/link.md"), At("pipe"));
        File.CreateSymbolicLink(At("notes/zero.md"), "/dev/zero");

        var result = Check();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pipe.md: error: is a named pipe (FIFO), not a file", result.Error);
        Assert.Contains("link.md: error: is a named pipe (FIFO), not a file", result.Error);
        Assert.Contains("zero.md: error: is a character device, not a file", result.Error);
        Assert.Contains("good.md:1:9: error MRG002:", result.Output);
    }

    [Fact]
    public void Folder_links_that_loop_count_each_note_once()
    {
        if (OperatingSystem.IsWindows()) return;
        Directory.CreateDirectory(At("notes/a"));
        Directory.CreateDirectory(At("notes/b"));
        Directory.CreateSymbolicLink(At("notes/a/to-b"), At("notes/b"));
        Directory.CreateSymbolicLink(At("notes/b/to-a"), At("notes/a"));
        Directory.CreateSymbolicLink(At("notes/loop"), At("notes"));

        var result = Check();
        Assert.EndsWith("1 note checked: 1 error", result.Output.TrimEnd());
    }

    [Fact]
    public void A_newline_in_a_file_name_cannot_forge_a_finding_line()
    {
        if (OperatingSystem.IsWindows()) return;
        File.WriteAllText(At("notes/evil\nforged.md:1:1: error MRG002: forged.md"), "Left on 15 February 1990 [@soviet-withdrawal-1989].\n");

        var result = Check();
        var lines = result.Output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain(lines, l => l.StartsWith("forged.md", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(@"evil\nforged.md"));
    }

    [Theory]
    [InlineData("papers: [/]\n")]
    [InlineData("papers: [../../]\n")]
    public void Papers_pointed_at_the_root_or_above_are_read_in_bounded_time(string settings)
    {
        File.WriteAllText(At(".marginalia.yaml"), settings);
        var result = Check();
        Assert.Contains("good.md", result.Output + result.Error);
    }

    [Fact]
    public void A_knowledge_file_that_is_an_alias_bomb_is_one_line()
    {
        File.WriteAllText(At("seeds/000_bf09360ec50d0df5.knowledge.yaml"),
            "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n" +
            "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n");
        var result = Check();
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"knowledge\.yaml:\d+: error: broken YAML: more than 5,000,000 values once its aliases are expanded", result.Error);
    }

    [Fact]
    public void A_knowledge_file_of_a_million_entries_is_bounded()
    {
        var yaml = new System.Text.StringBuilder("paper: 000_bf09360ec50d0df5.txt\nevents:\n");
        for (var i = 0; i < 1_000_000; i++) yaml.Append("  - x\n");
        File.WriteAllText(At("seeds/000_bf09360ec50d0df5.knowledge.yaml"), yaml.ToString());
        var result = Check();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("each item of 'events' must be a mapping", result.Error);
    }

    [Fact]
    public void Sockets_empty_binary_and_deeply_nested_notes_are_each_handled()
    {
        if (OperatingSystem.IsWindows()) return;
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(At("notes/socket.md")));
        File.WriteAllText(At("notes/empty.md"), "");
        File.WriteAllBytes(At("notes/binary.md"), [0x41, 0, 0x42]);
        var deep = At("notes/" + string.Join('/', Enumerable.Repeat("d", 200)));
        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "deep.md"), "Deep.\n");

        var result = Check();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("socket.md: error: is a socket, not a file", result.Error);
        Assert.Contains("binary.md:1: error: looks like a binary file", result.Error);
        Assert.Contains("error: folders nested more than 128 deep", result.Error);
        Assert.Contains("good.md:1:9: error MRG002:", result.Output);
    }

    [Fact]
    public void Sarif_uris_are_percent_encoded()
    {
        File.WriteAllText(At("notes/my note #1 100%.md"), "Left on 15 February 1990 [@soviet-withdrawal-1989].\n");
        var result = Check("--format", "sarif");
        var uris = JsonDocument.Parse(result.Output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .ToList();
        Assert.Contains(uris, u => u!.EndsWith("notes/my%20note%20%231%20100%25.md", StringComparison.Ordinal));
        Assert.All(uris, u => Assert.True(Uri.IsWellFormedUriString(u, UriKind.Relative) || Uri.IsWellFormedUriString(u, UriKind.Absolute), u));
    }
}
