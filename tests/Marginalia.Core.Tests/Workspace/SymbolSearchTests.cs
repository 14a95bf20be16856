using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

public class SymbolSearchTests
{
    private static Core.Knowledge.KnowledgeBase Knowledge => TestKnowledge.Library.Knowledge;

    [Fact]
    public void An_empty_query_finds_every_event_and_actor_up_to_the_limit()
    {
        var all = SymbolSearch.Find(Knowledge, "");

        Assert.Equal(Knowledge.Events.Count + Knowledge.Actors.Count, all.Count);
        Assert.Equal(Knowledge.Chronological.Select(e => e.Id), all.Where(m => m.Kind == SymbolKind.Event).Select(m => m.Id));
        Assert.Equal(10, SymbolSearch.Find(Knowledge, "", limit: 10).Count);
    }

    [Fact]
    public void An_event_is_found_by_id_title_or_date_at_its_passage()
    {
        var withdrawal = Knowledge.FindEvent("soviet-withdrawal-1989")!;

        foreach (var query in new[] { "soviet-withdrawal", "last soviet troops", "feb 1989", "15 february 1989" })
        {
            var found = SymbolSearch.Find(Knowledge, query);
            Assert.Contains(found.Take(5), m => m.Id == withdrawal.Id);
        }
        var match = SymbolSearch.Find(Knowledge, "soviet-withdrawal-1989")[0];
        Assert.Equal(withdrawal.Passage.Range, match.Range);
        Assert.Equal(withdrawal.Paper.Path, match.PaperPath);
        Assert.Equal("The last Soviet troops leave Afghanistan", match.Name);
    }

    [Fact]
    public void An_actor_is_found_by_alias_at_its_first_mention()
    {
        var putin = Knowledge.FindActor("vladimir-putin")!;

        var match = SymbolSearch.Find(Knowledge, "Vladimirovich").Single(m => m.Kind == SymbolKind.Actor);

        Assert.Equal(putin.Id, match.Id);
        Assert.Equal(Knowledge.FirstMention(putin)!.Range, match.Range);
    }

    [Fact]
    public void A_query_that_matches_nothing_finds_nothing()
    {
        Assert.Empty(SymbolSearch.Find(Knowledge, "zzzz qqqq"));
    }
}
