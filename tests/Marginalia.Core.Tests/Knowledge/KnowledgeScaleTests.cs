using System.Text;
using Marginalia.Core.Knowledge;

namespace Marginalia.Core.Tests.Knowledge;

/// <summary>
/// A knowledge file of many chained events loads whole (its speed — growing with the file, not with its square — is
/// measured by the KnowledgeLoading benchmark, never by a timed test).
/// </summary>
public class KnowledgeScaleTests
{
    private static string Events(int count)
    {
        var yaml = new StringBuilder("paper: 000_bf09360ec50d0df5.txt\nevents:\n");
        for (var i = 0; i < count; i++)
        {
            yaml.Append("  - id: withdrawal-").Append(i).Append('\n')
                .Append("    title: The withdrawal\n    date: 15 February 1989\n")
                .Append(i == 0 ? "" : "    anchor: withdrawal-" + (i - 1) + "\n")
                .Append("    quote: \"It resulted in a complete withdrawal of the Soviet troops on 15 February 1989.\"\n");
        }
        return yaml.ToString();
    }

    [Fact]
    public void Twenty_thousand_events_anchored_in_one_chain_load_whole()
    {
        var knowledge = KnowledgeLoader.Load(TestPapers.Russia, "big.knowledge.yaml", Events(20_000));
        Assert.Equal(20_000, knowledge.Events.Count);
        Assert.Empty(knowledge.Problems);
    }
}
