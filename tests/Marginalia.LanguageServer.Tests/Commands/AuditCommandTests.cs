using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests.Commands;

/// <summary><c>marginalia audit</c> on the shipped paper: every contradiction with the passage that denies it, text and JSON, pinned whole.</summary>
public class AuditCommandTests
{
    private static Cli.Result Audit(params string[] args) => Cli.Run(["audit", .. args, "--workspace", Repository.Root]);

    /// <summary>Paths outside the current folder are printed whole: the repository's root is written "ROOT".</summary>
    private static string Pinned(string output) => output.Replace(Repository.Root, "ROOT", StringComparison.Ordinal);

    [Fact]
    public void Text_lists_each_contradiction_with_the_passage_that_denies_it()
    {
        var result = Audit(Path.Combine(Repository.Root, "seeds", "000_bf09360ec50d0df5.txt"));
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Equal("""
            ROOT/seeds/000_bf09360ec50d0df5.txt:433:36: information MRG009: The paper's own dates deny “in 18 months”: from September 2018 to 'us-taliban-agreement-2020' (29 February 2020) is 17 months, not 18 (000_bf09360ec50d0df5.txt, line 429)
              ROOT/seeds/000_bf09360ec50d0df5.txt:429:1: the paper dates 'us-taliban-agreement-2020' here
            ROOT/seeds/000_bf09360ec50d0df5.txt:465:5: information MRG009: The paper speaks of “Moscow Format of 2018”, but it dates 'moscow-format-introduced-2017' (Russia introduces the Moscow Format) to 2017 (000_bf09360ec50d0df5.txt, line 321)
              ROOT/seeds/000_bf09360ec50d0df5.txt:321:1: the paper dates 'moscow-format-introduced-2017' here
            1 paper audited: 2 contradictions

            """, Pinned(result.Output).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Json_is_pinned_whole()
    {
        var result = Audit("000_bf09360ec50d0df5.txt", "--format", "json");
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Baseline.Check("audit-shipped-paper.json", Pinned(result.Output));
    }

    [Fact]
    public void Without_a_paper_every_paper_of_the_workspace_is_audited()
    {
        var all = Audit();
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(Pinned(Audit("000_bf09360ec50d0df5.txt").Output), Pinned(all.Output));
    }

    [Fact]
    public void A_paper_that_does_not_exist_is_an_input_error()
    {
        var result = Audit(Path.Combine(Repository.Root, "seeds", "no-such-paper.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("no-such-paper.txt", result.Error, StringComparison.Ordinal);
    }
}
