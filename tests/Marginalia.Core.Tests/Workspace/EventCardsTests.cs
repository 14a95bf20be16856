using Marginalia.Core.Dates;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

public class EventCardsTests
{
    private static readonly EventCards Cards = new(TestKnowledge.Library.Knowledge, path => new Uri(Path.GetFullPath(path)).AbsoluteUri);

    private static Core.Knowledge.KnowledgeBase Knowledge => TestKnowledge.Library.Knowledge;

    [Fact]
    public void An_event_card_has_title_weekday_neighbours_actors_passage_and_link()
    {
        var withdrawal = Knowledge.FindEvent("soviet-withdrawal-1989")!;

        var card = Cards.ForEvent(withdrawal);

        Assert.StartsWith("**The last Soviet troops leave Afghanistan**", card);
        Assert.Contains("Wednesday, 15 February 1989", card);
        Assert.Contains("Actors: Soviet Union (`soviet-union`)", card);
        Assert.Contains("> It resulted in a complete withdrawal of the Soviet troops on 15 February 1989.", card);
        Assert.Contains($"[Open in paper](file://", card);
        Assert.EndsWith($"#L{withdrawal.Passage.Range.Start.DisplayLine})", card);
        Assert.Matches(@"\n[A-Z][^\n*]* after \*|At the same time as \*", card);
        Assert.Matches(@"\n[A-Z][^\n*]* before \*|At the same time as \*", card);
    }

    [Fact]
    public void Neighbours_are_the_nearest_events_before_and_after_with_a_precise_date()
    {
        var chronological = Knowledge.Chronological.ToList();
        var at = chronological.Count / 2;
        var middle = chronological[at];
        var previous = chronological.Take(at).Last(e => EventCards.IsPrecise(e.Date));
        var next = chronological.Skip(at + 1).First(e => EventCards.IsPrecise(e.Date));

        var card = Cards.ForEvent(middle);

        Assert.Contains($"(`{previous.Id}`, {previous.Date.ToDisplayText()})", card);
        Assert.Contains($"(`{next.Id}`, {next.Date.ToDisplayText()})", card);
    }

    [Fact]
    public void A_vague_span_is_no_neighbour()
    {
        // The paper's "other fronts emerge for Russia" is dated "the 1990s": no distance to it means anything.
        var card = Cards.ForEvent(Knowledge.FindEvent("soviet-withdrawal-1989")!);

        Assert.DoesNotContain("new-fronts-for-russia-1990s", card);
        Assert.DoesNotContain("najibullah-regime-survives-1992", card);
        foreach (var line in card.Split('\n').Where(l => l.Contains(" before *") || l.Contains(" after *") || l.StartsWith("At the same time as")))
            Assert.Matches(@"\d{1,2} \w+ \d{4}\)|\w+ \d{4}\)", line);
    }

    [Fact]
    public void An_actor_card_has_kind_offices_aliases_counts_and_first_mention()
    {
        var putin = Knowledge.FindActor("vladimir-putin")!;

        var card = Cards.ForActor(putin);

        Assert.StartsWith("**Vladimir Putin**  \n`vladimir-putin` · person", card);
        Assert.Contains("- President of Russia, 2000 – 2008", card);
        Assert.Contains("- President of Russia, from 7 May 2018", card);
        Assert.Contains("Also: Putin, Putin’s, Vladimir Vladimirovich Putin", card);
        Assert.Matches(@"Named \d+ times in the paper, 0 times in the notes; first on \[line \d+\]\(file://.*#L\d+\)\.", card);
        Assert.True(Cards.PaperMentions(putin) > 5);
    }

    [Fact]
    public void Actor_counts_include_the_notes()
    {
        var notes = new[] { TestKnowledge.Check("Putin met Lavrov. [[vladimir-putin]] again.") };
        var cards = new EventCards(Knowledge, path => path, notes);

        Assert.Equal(2, cards.NoteMentions(Knowledge.FindActor("vladimir-putin")!));
        Assert.Contains("twice in the notes", cards.ForActor(Knowledge.FindActor("vladimir-putin")!));
    }

    [Fact]
    public void A_date_card_has_the_weekday_and_what_the_paper_dates_then()
    {
        var card = Cards.ForDate(HistoricalDate.OnDay(1989, 2, 15, "15/02/1989"));

        Assert.StartsWith("**Wednesday, 15 February 1989**  \n`1989-02-15`", card);
        Assert.Contains("- 15 February 1989: The last Soviet troops leave Afghanistan (`soviet-withdrawal-1989`)", card);
    }

    [Fact]
    public void A_date_card_lists_at_most_five_events_closest_in_extent_first()
    {
        var card = Cards.ForDate(HistoricalDate.InYear(1989, "1989"));

        var listed = card.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.InRange(listed.Count, 1, EventCards.EventsPerDate + 1);
        Assert.Contains("1989: The Congress of People's Deputies condemns the Afghan war", listed[0]);
    }

    [Fact]
    public void An_impossible_date_says_so()
    {
        Assert.Contains("September 2010 has 30 days", Cards.ForDate(HistoricalDate.OnDay(2010, 9, 31, "31 September 2010")));
    }

    [Fact]
    public void Paper_text_is_not_read_as_markdown()
    {
        Assert.Equal(@"Taliban\* \[x\] a\_b", EventCards.Escape("Taliban* [x] a_b"));
    }
}
