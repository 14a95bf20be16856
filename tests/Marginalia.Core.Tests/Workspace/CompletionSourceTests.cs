using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

public class CompletionSourceTests
{
    private static Completions CompleteAt(string marked)
    {
        var (text, position) = Cursor.In(marked);
        return CompletionSource.At(TestKnowledge.Check(text), position, TestKnowledge.Library.Knowledge);
    }

    private static IReadOnlyList<Suggestion> Complete(string marked) => CompleteAt(marked).Items;

    private static IReadOnlyList<string> Labels(string marked) => Complete(marked).Select(s => s.Label).ToList();

    [Fact]
    public void After_an_opening_wikilink_every_event_in_date_order_then_the_actors()
    {
        var suggestions = Complete("See [[|");
        var events = suggestions.Where(s => s.Kind == SuggestionKind.Event).ToList();

        Assert.Equal(TestKnowledge.Library.Knowledge.Chronological.Select(e => e.Id), events.Select(s => s.Label));
        Assert.Contains(suggestions, s => s.Kind == SuggestionKind.Actor && s.Label == "vladimir-putin");
        Assert.Equal(suggestions.Select(s => s.SortText).Order(StringComparer.Ordinal), suggestions.Select(s => s.SortText));
        Assert.Equal("0000", suggestions[0].SortText);
    }

    [Fact]
    public void An_event_shows_its_date_and_leaves_its_card_for_when_it_is_shown()
    {
        var withdrawal = Complete("See [[|").Single(s => s.Label == "soviet-withdrawal-1989");

        Assert.Equal("15 February 1989", withdrawal.Detail);
        Assert.Null(withdrawal.Documentation);
    }

    [Fact]
    public void The_same_text_typed_anywhere_gives_the_same_list_once_worked_out()
    {
        var first = CompleteAt("See [[soviet|");
        var again = CompleteAt("Elsewhere, later:\n\n- and [[soviet|]]");

        Assert.Same(first.Items, again.Items);
        Assert.NotEqual(first.Replace, again.Replace);
        Assert.NotSame(first.Items, CompleteAt("See [@soviet|").Items); // no actors after @
    }

    [Theory]
    [InlineData("The withdrawal ended on 15 February 1989 [@sov|", "soviet-withdrawal-1989")]
    [InlineData("The withdrawal ended on 15 February 1989 [[sov|", "soviet-withdrawal-1989")]
    [InlineData("On 15 February 1989 [@|", "soviet-withdrawal-1989")]
    public void The_date_written_in_the_sentence_ranks_its_events_first(string marked, string expected)
    {
        var suggestions = Complete(marked);
        Assert.Equal(expected, suggestions[0].Label);
        Assert.Equal(suggestions.Select(s => s.SortText).Order(StringComparer.Ordinal), suggestions.Select(s => s.SortText));
    }

    [Fact]
    public void A_typed_date_ranks_the_events_of_that_date_first_the_most_precise_first()
    {
        var knowledge = TestKnowledge.Library.Knowledge;
        var labels = Labels("The troops were gone [@1989|");
        var first = knowledge.FindEvent(labels[0])!;
        Assert.Equal(new DateOnly(1989, 1, 1), new DateOnly(first.Date.Start.Year, 1, 1));
        Assert.Equal(first.Date.Start, first.Date.End); // a day, before the year-long and decade-long events of 1989
        Assert.Contains("soviet-withdrawal-1989", labels.TakeWhile(l => knowledge.FindEvent(l)!.Date.Start == knowledge.FindEvent(l)!.Date.End));
    }

    [Fact]
    public void An_event_shows_its_title_beside_it()
    {
        var withdrawal = Complete("See [@soviet-with|").First();
        Assert.Equal("soviet-withdrawal-1989", withdrawal.Label);
        Assert.Equal("The last Soviet troops leave Afghanistan", withdrawal.Description);
    }

    [Theory]
    [InlineData("See [@|")]
    [InlineData("See [see @moscow-format-first-meeting-2017; @|")]
    [InlineData("As @| said")]
    public void After_an_at_sign_events_only(string marked)
    {
        var suggestions = Complete(marked);
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.Equal(SuggestionKind.Event, s.Kind));
    }

    [Theory]
    [InlineData("See [[soviet-with|", "soviet-withdrawal-1989")]
    [InlineData("See [[feb 89|", "soviet-withdrawal-1989")]
    [InlineData("See [[moscow format|", "moscow-format-first-meeting-2017")]
    [InlineData("See [@moscow-format-fi|", "moscow-format-first-meeting-2017")]
    [InlineData("See @qcg-form|", "qcg-formed-2016")]
    public void Typed_text_matches_id_title_actors_and_date_best_first(string marked, string expected)
    {
        var labels = Labels(marked);
        Assert.Contains(expected, labels.Take(5));
    }

    [Fact]
    public void A_year_finds_the_events_of_that_year()
    {
        var labels = Labels("See [[1989|");
        Assert.Contains("soviet-withdrawal-1989", labels);
        Assert.Contains("congress-condemns-war-1989", labels);
        Assert.DoesNotContain("putin-becomes-president-2000", labels);
    }

    [Fact]
    public void The_edit_replaces_the_typed_id_and_the_rest_of_it()
    {
        var (text, _) = Cursor.In("See [[soviet-wi|thdr]] now");
        var completions = CompleteAt("See [[soviet-wi|thdr]] now");
        var withdrawal = completions.Items.Single(s => s.Label == "soviet-withdrawal-1989");

        Assert.Equal(NoteText.RangeOf(text, "soviet-withdr"), completions.Replace);
        Assert.Equal("soviet-wi", withdrawal.FilterText);
    }

    [Fact]
    public void Inside_a_date_that_disagrees_with_its_citation_the_paper_s_date_in_the_note_s_style()
    {
        var completions = CompleteAt("The troops left on Feb 16|, 1989 [@soviet-withdrawal-1989].");
        var suggestion = Assert.Single(completions.Items);

        Assert.Equal(SuggestionKind.Date, suggestion.Kind);
        Assert.Equal("Feb 15, 1989", suggestion.Label);
        Assert.Equal(NoteText.RangeOf("The troops left on Feb 16, 1989 [@soviet-withdrawal-1989].", "Feb 16, 1989"), completions.Replace);
    }

    [Theory]
    [InlineData("Plain |text.")]
    [InlineData("The troops left on 15 February| 1989 [@soviet-withdrawal-1989].")]
    [InlineData("Mail me at someone@|")]
    [InlineData("A [link|](x)")]
    public void Elsewhere_nothing(string marked) => Assert.Empty(Complete(marked));

    [Fact]
    public void Outside_the_note_nothing()
    {
        var knowledge = TestKnowledge.Library.Knowledge;
        Assert.Empty(CompletionSource.At(TestKnowledge.Check("[["), new SourcePosition(3, 0), knowledge).Items);
        Assert.Empty(CompletionSource.At(TestKnowledge.Check("[["), new SourcePosition(0, 7), knowledge).Items);
    }
}
