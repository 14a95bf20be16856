using Marginalia.Core.Checks;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Tests.Checks;

/// <summary>
/// The paper read against its own dates: each contradiction of the shipped paper written out whole, the complete
/// list pinned (a new false alarm fails), and an order the dates deny on a few lines of paper text.
/// </summary>
public class PaperAuditTests
{
    private static PaperKnowledge Shipped => TestKnowledge.Library.Knowledge.Papers[0];

    private static string Describe(PaperContradiction c) =>
        $"{c.Kind} {c.Said.Range.Start.DisplayLine}:{c.Said.Range.Start.DisplayColumn}-{c.Said.Range.End.DisplayLine}:{c.Said.Range.End.DisplayColumn} \u201c{c.Said.Text}\u201d\n"
        + $"  {c.Message}\n"
        + $"  against {c.Against.Range.Start.DisplayLine}:{c.Against.Range.Start.DisplayColumn}-{c.Against.Range.End.DisplayLine}:{c.Against.Range.End.DisplayColumn}: {c.AgainstMessage}\n"
        + string.Concat(c.Implied.Select(i => $"  implies {i.Event.Id}: {i.Date.ToIsoInterval()}\n"));

    [Fact]
    public void The_eighteen_months_from_September_2018_to_the_deal_are_seventeen()
    {
        var c = Assert.Single(PaperAudit.Of(Shipped), x => x.Kind == ContradictionKind.Duration);
        Assert.Equal("""
            Duration 433:36-433:48 “in 18 months”
              The paper's own dates deny “in 18 months”: from September 2018 to 'us-taliban-agreement-2020' (29 February 2020) is 17 months, not 18 (000_bf09360ec50d0df5.txt, line 429)
              against 429:1-431:73: the paper dates 'us-taliban-agreement-2020' here
              implies us-taliban-agreement-2020: 2020-03-01/2020-03-31
              implies us-taliban-talks-begin-2018: 2018-08-01/2018-08-31

            """, Describe(c));
    }

    [Fact]
    public void The_Moscow_Format_of_2018_was_introduced_in_2017()
    {
        var c = Assert.Single(PaperAudit.Of(Shipped), x => x.Kind == ContradictionKind.YearName);
        Assert.Equal("""
            YearName 465:5-465:26 “Moscow Format of 2018”
              The paper speaks of “Moscow Format of 2018”, but it dates 'moscow-format-introduced-2017' (Russia introduces the Moscow Format) to 2017 (000_bf09360ec50d0df5.txt, line 321)
              against 321:1-323:22: the paper dates 'moscow-format-introduced-2017' here
              implies moscow-format-introduced-2017: 2018-01-01/2018-12-31

            """, Describe(c));
    }

    /// <summary>Every finding on the shipped paper: a new false alarm (a hedged distance, an anniversary, an implied date) fails here.</summary>
    [Fact]
    public void The_shipped_paper_has_these_contradictions_and_no_other()
    {
        Assert.Equal(
            [
                "Duration 433:36-433:48 “in 18 months”",
                "YearName 465:5-465:26 “Moscow Format of 2018”",
            ],
            PaperAudit.Of(Shipped).Select(c => Describe(c).Split('\n')[0]));
    }

    [Fact]
    public void Findings_on_the_paper_are_information_with_the_other_passage_beside_them()
    {
        var f = PaperAudit.Findings(Shipped)[0];
        Assert.Equal(("MRG009", Severity.Information), (f.Code, f.Severity));
        var related = Assert.Single(f.Related);
        Assert.Equal((Shipped.Paper.Path, 428, "the paper dates 'us-taliban-agreement-2020' here"), (related.Path, related.Range.Start.Line, related.Message));
    }

    // A few lines of paper: the summit dated 2005, the embassy 2007, and one sentence that tells them the other way round.
    private const string OrderPaper = """
        Introduction

        On 5 July 2005, a statement was issued at the annual summit of the Shanghai Cooperation Organisation. 
        On 23 February 2007, Russia formally opened an embassy in Kabul.
        After Russia opened the embassy in Kabul, the Shanghai Cooperation Organisation summit issued its statement. 
        Two years later, the statement was recalled before the tenth anniversary of the summit.
        """;

    private const string OrderKnowledge = """
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
        """;

    [Fact]
    public void Events_told_after_one_their_dates_put_later_are_an_order_the_dates_deny()
    {
        var paper = KnowledgeLoader.Load(Paper.FromText("order.txt", OrderPaper), "order.knowledge.yaml", OrderKnowledge);
        Assert.Empty(paper.Problems);
        var c = Assert.Single(PaperAudit.Of(paper));
        Assert.Equal("""
            Order 5:1-5:6 “After”
              The paper's own dates put 'sco-summit-2005' (5 July 2005) before 'russian-embassy-reopens-2007' (23 February 2007), not “After” it (order.txt, line 3)
              against 3:1-3:102: the paper dates 'sco-summit-2005' here

            """, Describe(c));
    }

    private const string YearPaper = """
        Introduction

        In 2017, Russia introduced a negotiation mechanism named the Moscow Format. 
        The 2019 Moscow Format met again, and so did the Moscow Format of 2017. 
        """;

    private const string YearKnowledge = """
        paper: years.txt
        actors:
          - id: russia
            name: Russia
            kind: state
          - id: moscow-format
            name: Moscow Format
            kind: body
            aliases: [Moscow Format]
        events:
          - id: moscow-format-introduced-2017
            title: Russia introduces the Moscow Format
            date: "2017"
            actors: [russia, moscow-format]
            quote: "In 2017, Russia introduced a negotiation mechanism named the Moscow Format."
        """;

    [Fact]
    public void A_body_called_by_a_year_before_its_name_is_found_and_by_its_own_year_is_not()
    {
        var paper = KnowledgeLoader.Load(Paper.FromText("years.txt", YearPaper), "years.knowledge.yaml", YearKnowledge);
        Assert.Empty(paper.Problems);
        var c = Assert.Single(PaperAudit.Of(paper));
        Assert.Equal("""
            YearName 4:5-4:23 “2019 Moscow Format”
              The paper speaks of “2019 Moscow Format”, but it dates 'moscow-format-introduced-2017' (Russia introduces the Moscow Format) to 2017 (years.txt, line 3)
              against 3:1-3:76: the paper dates 'moscow-format-introduced-2017' here
              implies moscow-format-introduced-2017: 2019-01-01/2019-12-31

            """, Describe(c));
    }
}
