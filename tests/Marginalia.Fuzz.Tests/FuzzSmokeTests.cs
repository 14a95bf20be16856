using System.Text;
using Marginalia.Fuzz;

namespace Marginalia.Fuzz.Tests;

/// <summary>
/// The fuzz targets run briefly in the tests, by number of inputs (never by time), with a fixed seed: every seed of the
/// corpus (the inputs the fuzzer once found among them) and then mutants of them. The long runs are in docs/fuzzing.md.
/// </summary>
public class FuzzSmokeTests
{
    [Theory]
    [InlineData("notes", 300)]
    [InlineData("frames", 5_000)]
    [InlineData("server", 300)]
    public void A_short_run_of_the_target_finds_nothing(string target, int inputs)
    {
        var root = Root();
        var seeds = RandomDriver.ReadCorpus(FuzzTargets.CorpusOf(target, root));
        var dictionary = RandomDriver.ReadDictionary(Path.Combine(root, "fuzz", "dictionaries", Program.DictionaryOf(target) + ".dict"));
        Assert.NotEmpty(seeds);
        Assert.NotEmpty(dictionary);

        var result = RandomDriver.Run(target, FuzzTargets.All[target], seeds, dictionary, inputs, seed: 20261130);

        Assert.Equal(inputs, result.Executions);
        Assert.True(result.Failures.Count == 0, string.Join("\n\n", result.Failures.Take(3).Select(f =>
            $"{f.Failure.GetType().Name}: {f.Failure.Message}\ninput: {Encoding.UTF8.GetString(f.Input[..Math.Min(f.Input.Length, 300)])}")));
    }

    [Fact]
    public void The_driver_reports_an_input_that_breaks_the_target_with_the_input()
    {
        // Mutants of "abc" get the token "X" sooner or later; the target fails on it, and the driver must say so.
        var result = RandomDriver.Run("test", input => { if (input.IndexOf((byte)'X') >= 0) throw new InvalidOperationException("X"); },
            ["abc"u8.ToArray()], ["X"u8.ToArray()], inputs: 500, seed: 1);

        Assert.Equal(500, result.Executions);
        Assert.NotEmpty(result.Failures);
        Assert.All(result.Failures, f => Assert.Contains((byte)'X', f.Input));
    }

    [Fact]
    public void The_note_target_fails_on_what_the_user_would_meet_and_not_on_markdowns_nesting_limit()
    {
        // A line of 1,000 '>' is past Markdig's limit: reported as a finding (MRG000) by design, not a failure.
        NoteTarget.Run(Encoding.UTF8.GetBytes(new string('>', 1_000) + " 15 February 1989\n"));
        // Half-typed front matter and a YAML bomb are findings too.
        NoteTarget.Run("---\ntags: [a\nb: {\n---\n# x\n"u8);
        NoteTarget.Run("---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n---\n"u8);
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("LanguageServer.sln");
    }
}
