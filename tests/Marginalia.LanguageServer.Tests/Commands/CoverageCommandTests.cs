using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests.Commands;

/// <summary><c>marginalia coverage</c> on the example notes: the events no note cites yet, by section, pinned whole.</summary>
public class CoverageCommandTests
{
    private static Cli.Result Coverage(params string[] args) => Cli.Run(["coverage", .. args, "--workspace", Repository.Root]);

    private static string Pinned(string output) => output.Replace(Repository.Root, "ROOT", StringComparison.Ordinal);

    [Fact]
    public void Text_lists_the_uncited_events_of_each_section_of_the_examples()
    {
        var result = Coverage(Repository.ExampleNotes);
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Baseline.Check("coverage-examples.txt", Pinned(result.Output));
    }

    [Fact]
    public void Json_is_pinned_whole()
    {
        var result = Coverage(Repository.ExampleNotes, "--format", "json");
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Baseline.Check("coverage-examples.json", Pinned(result.Output));
    }

    [Fact]
    public void A_note_that_cites_an_event_takes_it_off_the_list()
    {
        var folder = Repository.NewScratchFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "note.md"), "The Soviet flag came down on 25 December 1991 [@soviet-flag-lowered-1991], see also [[sco-summit-2005]].\n");
            var result = Coverage(folder);
            Assert.Equal(0, result.ExitCode);
            var lines = result.Output.ReplaceLineEndings("\n").Split('\n');
            Assert.Contains("  An overview of Russia-Afghan relations 1989–2001 (line 47): 1 of 28 cited", lines);
            Assert.Contains("  Russian support for global war against terrorism 2001–2006 (line 142): 1 of 8 cited", lines);
            Assert.DoesNotContain(lines, l => l.Contains("soviet-flag-lowered-1991", StringComparison.Ordinal) || l.Contains("sco-summit-2005", StringComparison.Ordinal));
            Assert.EndsWith(": 2 of 121 events cited in 1 note", lines[0], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_workspace_given_alone_is_where_the_notes_are_read()
    {
        // Not the current folder's notes: "--workspace DIR" with no paths reads DIR's (the shipped paper, as DIR has none).
        var folder = Repository.NewScratchFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "note.md"), "The Soviet flag came down on 25 December 1991 [@soviet-flag-lowered-1991], see also [[sco-summit-2005]].\n");
            var result = Cli.Run("coverage", "--workspace", folder);
            Assert.Equal((0, ""), (result.ExitCode, result.Error));
            Assert.EndsWith(": 2 of 121 events cited in 1 note", result.Output.ReplaceLineEndings("\n").Split('\n')[0], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
