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

    [Theory]
    [InlineData("warning", "warning MRG009, warning MRG009 | 1 paper audited: 2 contradictions")]
    [InlineData("off", " | 1 paper audited: no contradictions")]
    public void The_workspace_sets_their_severity(string severity, string expected)
    {
        var root = Repository.NewWorkspace((".marginalia.yaml", $"severity:\n  MRG009: {severity}\n"));
        try
        {
            var result = Cli.Run("audit", "--workspace", root);
            Assert.Equal((0, ""), (result.ExitCode, result.Error));
            var lines = result.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
            var levels = lines.Where(l => l.Contains(" MRG009: ", StringComparison.Ordinal)).Select(l => string.Join(' ', l.Split(": ")[1].Split(' ')[^2..]));
            Assert.Equal(expected, $"{string.Join(", ", levels)} | {lines[^1]}");
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void A_paper_that_does_not_exist_is_an_input_error()
    {
        var result = Audit(Path.Combine(Repository.Root, "seeds", "no-such-paper.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("no-such-paper.txt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paper_outside_the_workspace_is_read_with_the_knowledge_file_beside_it()
    {
        var folder = Repository.NewScratchFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "order.txt"), """
                Introduction

                On 5 July 2005, a statement was issued at the annual summit of the Shanghai Cooperation Organisation. 
                On 23 February 2007, Russia formally opened an embassy in Kabul.
                After Russia opened the embassy in Kabul, the Shanghai Cooperation Organisation summit issued its statement. 

                """);
            File.WriteAllText(Path.Combine(folder, "order.knowledge.yaml"), """
                paper: order.txt
                actors:
                  - id: russia
                    name: Russia
                    kind: state
                  - id: sco
                    name: Shanghai Cooperation Organisation
                    kind: organisation
                    aliases: [Shanghai Cooperation Organisation]
                events:
                  - id: sco-summit-2005
                    title: The SCO summit issues a statement
                    date: 5 July 2005
                    actors: [sco]
                    quote: "On 5 July 2005, a statement was issued at the annual summit of the Shanghai Cooperation Organisation."
                    keywords: [statement, summit]
                  - id: russian-embassy-reopens-2007
                    title: Russia opens an embassy in Kabul
                    date: 23 February 2007
                    actors: [russia]
                    quote: "On 23 February 2007, Russia formally opened an embassy in Kabul."
                    keywords: [embassy, Kabul, opened]

                """);
            var result = Audit(Path.Combine(folder, "order.txt"));
            Assert.Equal((0, ""), (result.ExitCode, result.Error));
            Assert.Equal($"""
                {folder}/order.txt:5:1: information MRG009: The paper's own dates put 'sco-summit-2005' (5 July 2005) before 'russian-embassy-reopens-2007' (23 February 2007), not “After” it (order.txt, line 3)
                  {folder}/order.txt:3:1: the paper dates 'sco-summit-2005' here
                1 paper audited: 1 contradiction

                """, result.Output.ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
