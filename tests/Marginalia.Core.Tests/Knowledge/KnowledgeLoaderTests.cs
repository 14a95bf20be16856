using Marginalia.Core.Knowledge;

namespace Marginalia.Core.Tests.Knowledge;

/// <summary>
/// Each check of the knowledge loader, on a small knowledge file against the real paper: the
/// problem is reported at the line to fix, with a message that says what to do.
/// </summary>
public class KnowledgeLoaderTests
{
    private const string File = "broken.knowledge.yaml";

    // Lines 1–9; the entries each test adds start on line 10.
    private const string Header = """
        paper: 000_bf09360ec50d0df5.txt
        actors:
          - id: russia
            name: Russia
            kind: state
          - id: soviet-union
            name: Soviet Union
            kind: state
        events:

        """;

    private static PaperKnowledge Load(string yaml) => KnowledgeLoader.Load(TestPapers.Russia, File, yaml);

    private static KnowledgeProblem OnlyProblem(string yaml)
    {
        var problems = Load(yaml).Problems;
        Assert.True(problems.Count == 1, $"{problems.Count} problems:\n" + string.Join("\n", problems));
        return problems[0];
    }

    [Fact]
    public void A_valid_file_loads_without_problems()
    {
        var knowledge = Load(Header + """
              - id: soviet-withdrawal-1989
                title: The last Soviet troops leave Afghanistan
                date: 15 February 1989
                actors: [soviet-union]
                quote: "a complete withdrawal of the Soviet troops on 15 February 1989"
            notEvents:
              - quote: "Russian revival in Afghanistan 2007–2010"
                reason: section heading
            """);
        Assert.Empty(knowledge.Problems);
        var e = Assert.Single(knowledge.Events);
        Assert.Equal("1989-02-15", e.Date.ToIsoInterval());
        Assert.Equal(55, e.Passage.Range.Start.Line);
        Assert.Equal("soviet-union", Assert.Single(e.Actors).Id);
        Assert.Equal("section heading", Assert.Single(knowledge.NotEvents).Reason);
    }

    [Fact]
    public void A_quote_not_in_the_paper_is_reported_at_its_line()
    {
        var problem = OnlyProblem(Header + """
              - id: soviet-withdrawal-1989
                title: The last Soviet troops leave Afghanistan
                date: 15 February 1989
                quote: "the Soviet troops left on 15 February 1989"
            """);
        Assert.Equal(File, problem.Path);
        Assert.Equal(13, problem.Line);
        Assert.Equal("quote not found in 000_bf09360ec50d0df5.txt: \"the Soviet troops left on 15 February 1989\"", problem.Message);
    }

    [Fact]
    public void A_quote_copied_with_the_footnote_number_is_not_found()
    {
        // The original reads "on 16 April 19926." (note 6); quotes are of the reading text, "16 April 1992."
        var problem = OnlyProblem(Header + """
              - id: najibullah-resigns-1992
                title: Najibullah resigns
                date: 16 April 1992
                quote: "Najibullah5 had to resign on 16 April 19926."
            """);
        Assert.Equal(13, problem.Line);
        Assert.StartsWith("quote not found in 000_bf09360ec50d0df5.txt", problem.Message);

        Assert.Empty(Load(Header + """
              - id: najibullah-resigns-1992
                title: Najibullah resigns
                date: 16 April 1992
                quote: "Najibullah had to resign on 16 April 1992."
            """).Problems);
    }

    [Fact]
    public void A_quote_that_occurs_twice_asks_for_more_of_the_passage()
    {
        var problem = OnlyProblem(Header + """
              - id: karzai-interim-president-2001
                title: Karzai becomes interim president
                date: December 2001
                quote: "December 2001"
            """);
        Assert.Equal(13, problem.Line);
        Assert.Equal("quote occurs 2 times in 000_bf09360ec50d0df5.txt (lines 158, 166); quote more of the passage", problem.Message);
    }

    [Fact]
    public void A_date_the_passage_does_not_state_is_reported_with_what_it_says()
    {
        var problem = OnlyProblem(Header + """
              - id: soviet-withdrawal-1988
                title: The last Soviet troops leave Afghanistan
                date: 15 February 1988
                quote: "a complete withdrawal of the Soviet troops on 15 February 1989"
            """);
        Assert.Equal(12, problem.Line);
        Assert.Equal("event 'soviet-withdrawal-1988' is dated '15 February 1988' but its quote says '15 February 1989'", problem.Message);
    }

    [Fact]
    public void A_quote_without_any_date_is_reported()
    {
        var problem = OnlyProblem(Header + """
              - id: najibullah-regime-1989
                title: The Najibullah regime survives
                date: "1989"
                quote: "The Soviet withdrawal did not end the pro-Soviet Najibullah regime"
            """);
        Assert.Equal(12, problem.Line);
        Assert.Equal("event 'najibullah-regime-1989' is dated '1989' but its quote states no date", problem.Message);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_reported()
    {
        var problem = OnlyProblem(Header + """
              - id: soviet-withdrawal-1989
                title: The last Soviet troops leave Afghanistan
                date: sometime in the spring
                quote: "a complete withdrawal of the Soviet troops on 15 February 1989"
            """);
        Assert.Equal(12, problem.Line);
        Assert.Equal("'sometime in the spring' is not a date Marginalia understands (e.g. 15 February 1989, November 1991, 1992–1996, the 1980s)", problem.Message);
    }

    [Fact]
    public void A_relative_date_is_checked_against_its_anchor()
    {
        const string events = """
              - id: qcg-fifth-meeting-2016
                title: The fifth QCG meeting
                date: 18 May 2016
                quote: "The last and fifth meeting was held on 18 May 2016, in Islamabad"
              - id: drone-strike-2016
                title: The Taliban head is killed
                date: {0}
                anchor: qcg-fifth-meeting-2016
                quote: "and after three days, the head of the Taliban* was targeted"
            """;
        var good = Load(Header + events.Replace("{0}", "21 May 2016"));
        Assert.Empty(good.Problems);
        Assert.Equal("qcg-fifth-meeting-2016", good.Events.Single(e => e.Id == "drone-strike-2016").AnchorId);

        var problem = OnlyProblem(Header + events.Replace("{0}", "25 May 2016"));
        Assert.Equal(16, problem.Line);
        Assert.Equal("event 'drone-strike-2016' is dated '25 May 2016' but its quote says 'after three days'", problem.Message);
    }

    [Fact]
    public void A_duplicate_id_is_reported_at_the_second_one()
    {
        var knowledge = Load(Header + """
              - id: soviet-withdrawal-1989
                title: The last Soviet troops leave Afghanistan
                date: 15 February 1989
                quote: "a complete withdrawal of the Soviet troops on 15 February 1989"
              - id: soviet-withdrawal-1989
                title: The Soviets leave
                date: "1989"
                quote: "when it withdrew from the country in 1989"
            """);
        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal(14, problem.Line);
        Assert.Equal("duplicate id 'soviet-withdrawal-1989': ids must be unique across events and actors", problem.Message);
        Assert.Equal("15 February 1989", Assert.Single(knowledge.Events).Date.Text);
    }

    [Fact]
    public void An_event_may_not_reuse_an_actor_id()
    {
        var problem = OnlyProblem(Header + """
              - id: russia
                title: Russia
                date: "1992"
                quote: "was evacuated in 1992"
            """);
        Assert.Equal(10, problem.Line);
        Assert.Equal("duplicate id 'russia': ids must be unique across events and actors", problem.Message);
    }

    [Fact]
    public void An_id_that_is_not_kebab_case_is_reported()
    {
        var problem = OnlyProblem(Header + """
              - id: Soviet_Withdrawal
                title: The last Soviet troops leave Afghanistan
                date: 15 February 1989
                quote: "a complete withdrawal of the Soviet troops on 15 February 1989"
            """);
        Assert.Equal(10, problem.Line);
        Assert.Equal("id 'Soviet_Withdrawal' must be lowercase words joined by hyphens, e.g. soviet-withdrawal-1989", problem.Message);
    }

    [Fact]
    public void An_unknown_actor_suggests_the_closest_id()
    {
        var problem = OnlyProblem(Header + """
              - id: soviet-withdrawal-1989
                title: The last Soviet troops leave Afghanistan
                date: 15 February 1989
                actors: [soviet-union, rusia]
                quote: "a complete withdrawal of the Soviet troops on 15 February 1989"
            """);
        Assert.Equal(13, problem.Line);
        Assert.Equal("unknown actor 'rusia' in event 'soviet-withdrawal-1989'; did you mean 'russia'?", problem.Message);
    }

    [Fact]
    public void An_unknown_field_suggests_the_known_one()
    {
        var problem = OnlyProblem(Header + """
              - id: soviet-withdrawal-1989
                title: The last Soviet troops leave Afghanistan
                date: 15 February 1989
                quote: "a complete withdrawal of the Soviet troops on 15 February 1989"
                keyword: [withdrawal]
            """);
        Assert.Equal(14, problem.Line);
        Assert.Equal("unknown field 'keyword' in an event; did you mean 'keywords'?", problem.Message);
    }

    [Fact]
    public void Unknown_fields_of_actors_offices_and_the_file_are_reported()
    {
        var problems = Load("""
            paper: 000_bf09360ec50d0df5.txt
            sources: []
            actors:
              - id: vladimir-putin
                name: Vladimir Putin
                kind: person
                alias: [Putin]
                offices:
                  - title: President of Russia
                    since: "2000"
            """).Problems;
        Assert.Equal(
            [
                (2, "unknown field 'sources' in the knowledge file"),
                (7, "unknown field 'alias' in an actor; did you mean 'aliases'?"),
                (10, "unknown field 'since' in an office"),
            ],
            problems.Select(p => (p.Line, p.Message)).OrderBy(p => p.Line));
    }

    [Fact]
    public void An_unknown_actor_kind_is_reported()
    {
        var problem = OnlyProblem("""
            paper: 000_bf09360ec50d0df5.txt
            actors:
              - id: taliban
                name: Taliban
                kind: movement
            """);
        Assert.Equal(5, problem.Line);
        Assert.Equal("unknown actor kind 'movement'; use person, state, organisation, group or body", problem.Message);
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_its_entry()
    {
        var problem = OnlyProblem(Header + """
              - id: soviet-withdrawal-1989
                date: 15 February 1989
                quote: "a complete withdrawal of the Soviet troops on 15 February 1989"
            """);
        Assert.Equal(10, problem.Line);
        Assert.Equal("event without 'title'", problem.Message);
    }

    [Fact]
    public void Broken_yaml_throws_an_input_exception_with_the_line()
    {
        var e = Assert.Throws<InputException>(() => Load(Header + """
              - id: soviet-withdrawal-1989
                title: "The last Soviet troops leave Afghanistan
                date: 15 February 1989
            """));
        Assert.Equal(File, e.Path);
        Assert.Equal(11, e.Line);
        Assert.StartsWith("broken YAML: ", e.Problem);
        Assert.StartsWith($"{File}:11: broken YAML: ", e.Message);
    }

    [Fact]
    public void Broken_indentation_throws_an_input_exception_with_the_line()
    {
        var e = Assert.Throws<InputException>(() => Load("""
            paper: 000_bf09360ec50d0df5.txt
            actors:
              - id: russia
                name: Russia
               kind: state
            """));
        Assert.Equal(5, e.Line);
        Assert.StartsWith("broken YAML: ", e.Problem);
    }

    [Fact]
    public void An_empty_file_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => Load("# nothing here\n"));
        Assert.Equal(1, e.Line);
        Assert.Equal("the knowledge file is empty or not a mapping of paper, actors and events", e.Problem);
    }

    [Fact]
    public void A_file_for_another_paper_is_reported()
    {
        var problem = OnlyProblem("""
            paper: 001_other.txt
            actors: []
            """);
        Assert.Equal(1, problem.Line);
        Assert.Equal("this knowledge file is for '001_other.txt', not for '000_bf09360ec50d0df5.txt'", problem.Message);
        Assert.Equal("001_other.txt", KnowledgeLoader.ReadPaperName(File, "paper: 001_other.txt\n"));
    }

    [Fact]
    public void An_unknown_anchor_suggests_the_closest_event()
    {
        var problem = OnlyProblem(Header + """
              - id: qcg-fifth-meeting-2016
                title: The fifth QCG meeting
                date: 18 May 2016
                quote: "The last and fifth meeting was held on 18 May 2016, in Islamabad"
              - id: drone-strike-2016
                title: The Taliban head is killed
                date: 21 May 2016
                anchor: qcg-fith-meeting-2016
                quote: "and after three days, the head of the Taliban* was targeted"
            """);
        Assert.Equal(17, problem.Line);
        Assert.Equal("event 'drone-strike-2016' is anchored on unknown event 'qcg-fith-meeting-2016'; did you mean 'qcg-fifth-meeting-2016'?", problem.Message);
    }

    [Fact]
    public void An_anchor_with_a_problem_of_its_own_is_not_called_a_cycle()
    {
        var knowledge = Load(Header + """
              - id: qcg-fifth-meeting-2016
                title: The fifth QCG meeting
                date: 18 May 2016
                quote: "a meeting that never was written"
              - id: drone-strike-2016
                title: The Taliban head is killed
                date: 21 May 2016
                anchor: qcg-fifth-meeting-2016
                quote: "and after three days, the head of the Taliban* was targeted"
            """);
        Assert.Contains(knowledge.Problems, p => p.Message.StartsWith("quote not found", StringComparison.Ordinal));
        Assert.Contains(knowledge.Problems, p => p.Message == "event 'drone-strike-2016' is anchored on event 'qcg-fifth-meeting-2016', which has a problem of its own");
        Assert.DoesNotContain(knowledge.Problems, p => p.Message.Contains("cycle", StringComparison.Ordinal));
    }

    private const string FifthMeeting = """
          - id: qcg-fifth-meeting-2016
            title: The fifth QCG meeting
            date: 18 May 2016
            quote: "The last and fifth meeting was held on 18 May 2016, in Islamabad"
        """;

    private static string DroneStrike(string extra, string quote = "and after three days, the head of the Taliban* was targeted") => Header + FifthMeeting + "\n" + $$"""
          - id: drone-strike-2016
            title: The Taliban head is killed
            date: 21 May 2016
        {{extra}}
            quote: "{{quote}}"
        """;

    [Fact]
    public void An_order_keeps_the_exact_distance_its_quote_gives()
    {
        var knowledge = Load(DroneStrike("    anchor: qcg-fifth-meeting-2016\n    order: after"));
        Assert.Empty(knowledge.Problems);
        var strike = knowledge.Events.Single(e => e.Id == "drone-strike-2016");
        Assert.Equal(new SaidOrder(Core.Dates.RelativeDirection.After, new Core.Dates.RelativeOffset(3, Core.Dates.TimeUnit.Day, Core.Dates.RelativeDirection.After)), strike.Order);
        var meeting = knowledge.Events.Single(e => e.Id == "qcg-fifth-meeting-2016");
        Assert.Equal(new SaidOrder(Core.Dates.RelativeDirection.Before, new Core.Dates.RelativeOffset(3, Core.Dates.TimeUnit.Day, Core.Dates.RelativeDirection.Before)), meeting.OrderAgainst(strike));
        Assert.Null(meeting.Order);
    }

    [Fact]
    public void An_order_without_an_anchor_is_reported()
    {
        var problem = OnlyProblem(DroneStrike("    order: after"));
        Assert.Equal((17, "event 'drone-strike-2016' has an order but no anchor to be before or after"), (problem.Line, problem.Message));
    }

    [Fact]
    public void An_order_that_is_neither_before_nor_after_is_reported()
    {
        var problem = OnlyProblem(DroneStrike("    anchor: qcg-fifth-meeting-2016\n    order: later"));
        Assert.Equal((18, "event 'drone-strike-2016' has order 'later': write before, after or same (its place against its anchor)"), (problem.Line, problem.Message));
    }

    [Fact]
    public void The_same_happening_told_again_must_have_an_anchor_of_a_finer_date_within_its_own()
    {
        var problem = OnlyProblem(DroneStrike("    anchor: qcg-fifth-meeting-2016\n    order: same"));
        Assert.Equal((18, "event 'drone-strike-2016' (21 May 2016) is the same as its anchor 'qcg-fifth-meeting-2016' (18 May 2016) only if the anchor's date lies within its own and is finer"),
            (problem.Line, problem.Message));
    }

    [Fact]
    public void An_order_its_quote_denies_is_reported()
    {
        var problem = OnlyProblem(DroneStrike("    anchor: qcg-fifth-meeting-2016\n    order: before").Replace("date: 21 May 2016", "date: May 2016"));
        Assert.Equal((18, "event 'drone-strike-2016' has order 'before' but its quote says 'after three days'"), (problem.Line, problem.Message));
    }

    [Fact]
    public void An_order_the_dates_deny_is_reported()
    {
        var problem = OnlyProblem(DroneStrike("    anchor: qcg-fifth-meeting-2016\n    order: before"));
        Assert.Equal((18, "event 'drone-strike-2016' (21 May 2016) cannot come before its anchor 'qcg-fifth-meeting-2016' (18 May 2016)"), (problem.Line, problem.Message));
    }

    [Fact]
    public void A_cycle_of_anchors_is_reported_on_each_event_in_it()
    {
        var knowledge = Load(Header + """
              - id: qcg-fifth-meeting-2016
                title: The fifth QCG meeting
                date: 18 May 2016
                anchor: drone-strike-2016
                quote: "The last and fifth meeting was held on 18 May 2016, in Islamabad"
              - id: drone-strike-2016
                title: The Taliban head is killed
                date: 21 May 2016
                anchor: qcg-fifth-meeting-2016
                quote: "and after three days, the head of the Taliban* was targeted"
            """);
        Assert.Equal(
            [
                (13, "event 'qcg-fifth-meeting-2016' is anchored in a cycle of anchors"),
                (18, "event 'drone-strike-2016' is anchored in a cycle of anchors"),
            ],
            knowledge.Problems.Select(p => (p.Line, p.Message)).OrderBy(p => p.Line));
        Assert.Empty(knowledge.Events);
    }

    [Fact]
    public void A_problem_drops_only_its_own_entry()
    {
        var knowledge = Load(Header + """
              - id: soviet-withdrawal-1989
                title: The last Soviet troops leave Afghanistan
                date: 15 February 1989
                quote: "a complete withdrawal of the Soviet troops on 15 February 1989"
              - id: najibullah-resigns-1992
                title: Najibullah resigns
                date: 16 April 1992
                quote: "Najibullah resigned on 16 April 1992."
              - id: yeltsin-halts-arms-1992
                title: Yeltsin halts arms supplies to Kabul
                date: 1 January 1992
                quote: "arms supply would be halted to Kabul"
            """);
        Assert.Equal([17, 20], knowledge.Problems.Select(p => p.Line).Order());
        Assert.Equal(["soviet-withdrawal-1989", "yeltsin-halts-arms-1992"], knowledge.Events.Select(e => e.Id));
        Assert.Equal(2, knowledge.Actors.Count);
    }

    // Lines 1–16; the offices each test names start on line 17.
    private const string Presidents = """
        paper: 000_bf09360ec50d0df5.txt
        actors:
          - id: vladimir-putin
            name: Vladimir Putin
            kind: person
            aliases: [Putin, Russian President]
            offices:
              - title: President of Russia
                from: "2000"
          - id: boris-yeltsin
            name: Boris Yeltsin
            kind: person
            offices:
              - title: President of Russia
                to: "31 December 1999"
        offices:

        """;

    [Fact]
    public void An_office_named_on_its_own_loads_with_its_aliases()
    {
        var knowledge = Load(Presidents.Replace("Putin, Russian President", "Putin") + """
              - title: President of Russia
                aliases: [Russian President, President of Russia]
            """);
        Assert.Empty(knowledge.Problems);
        var office = Assert.Single(knowledge.Offices);
        Assert.Equal("President of Russia", office.Title);
        Assert.Equal(["Russian President", "President of Russia"], office.Aliases);
    }

    [Fact]
    public void An_office_no_actor_holds_is_reported_with_a_suggestion()
    {
        var problem = OnlyProblem(Presidents.Replace("Putin, Russian President", "Putin") + """
              - title: President of Rusia
                aliases: [Russian President]
            """);
        Assert.Equal(17, problem.Line);
        Assert.Equal("no actor of this file holds the office 'President of Rusia'; did you mean 'President of Russia'?", problem.Message);
    }

    [Fact]
    public void An_office_alias_that_is_also_an_actors_alias_is_reported()
    {
        var knowledge = Load(Presidents + """
              - title: President of Russia
                aliases: [Russian President, President of Russia]
            """);
        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal(18, problem.Line);
        Assert.StartsWith("'Russian President' is an alias of actor 'vladimir-putin' and a name of the office 'President of Russia'", problem.Message);
        Assert.Equal(["President of Russia"], Assert.Single(knowledge.Offices).Aliases);
    }
}
