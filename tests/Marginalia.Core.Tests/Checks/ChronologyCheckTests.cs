using static Marginalia.Core.Tests.NoteText;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

public class ChronologyCheckTests
{
    [Fact]
    public void Before_between_two_events_in_the_wrong_order_is_reported_on_the_word()
    {
        const string text = "The withdrawal [@soviet-withdrawal-1989] came before the intervention [@soviet-intervention-1979].";
        var finding = Assert.Single(Findings(text, "MRG006"));
        Assert.Equal(RangeOf(text, "before"), finding.Range);
        Assert.StartsWith("The paper puts 'soviet-withdrawal-1989' (15 February 1989) after 'soviet-intervention-1979'", finding.Message);
    }

    [Fact]
    public void The_right_order_raises_nothing() =>
        Assert.Empty(Findings("The intervention [@soviet-intervention-1979] came long before the withdrawal [@soviet-withdrawal-1989].", "MRG006"));

    [Fact]
    public void A_distance_between_two_cited_events_is_checked_against_their_dates()
    {
        Assert.Empty(Findings("Mansour was killed [@mansour-killed-2016] three days after the fifth meeting [@qcg-fifth-meeting-2016].", "MRG006"));
        const string wrong = "Mansour was killed [@mansour-killed-2016] three weeks after the fifth meeting [@qcg-fifth-meeting-2016].";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "three weeks after"), finding.Range);
        Assert.Equal("The paper puts 'mansour-killed-2016' (21 May 2016) three days after 'qcg-fifth-meeting-2016' (18 May 2016), not three weeks after", finding.Message);
    }

    [Fact]
    public void A_distance_before_an_in_text_citation_counts_from_the_cited_event()
    {
        // Pandoc's "@id" in running prose is the anchor as "[@id]" is.
        Assert.Empty(Findings("A Taliban delegation visited Moscow one week after @camp-david-meeting-cancelled-2019, to drum up support.", "MRG006"));
        const string wrong = "A Taliban delegation visited Moscow two weeks after @camp-david-meeting-cancelled-2019, to drum up support.";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "two weeks after"), finding.Range);
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019, named here “A Taliban delegation visited Moscow”) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019), not two weeks after",
            finding.Message);
    }

    [Fact]
    public void A_distance_before_a_citation_counts_from_the_cited_event()
    {
        // The wikilink right after "before" is what the distance counts from, not a date or citation before it.
        Assert.Empty(Findings("[[us-taliban-talks-begin-2018|The US–Taliban talks]] began eighteen months before [[us-taliban-agreement-2020|the Doha deal]] was signed.", "MRG006"));
        const string wrong = "[[us-taliban-talks-begin-2018|The US–Taliban talks]] began three years before [@us-taliban-agreement-2020].";
        Assert.Equal("The paper dates 'us-taliban-talks-begin-2018' to September 2018 and 'us-taliban-agreement-2020' to 29 February 2020: seventeen months earlier than it, not three years before",
            Assert.Single(Findings(wrong, "MRG006")).Message);
    }

    [Fact]
    public void A_distance_in_a_notes_shorthand_is_checked_and_a_tilde_rounds_it()
    {
        const string wrong = "QCG formed Jan 2016; Mansour killed 8 mos later.";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "8 mos later"), finding.Range);
        Assert.Equal("Counted from Jan 2016, 8 mos later is September 2016; the paper dates 'mansour-killed-2016' to 21 May 2016", finding.Message);
        Assert.Empty(Findings("QCG formed Jan 2016; Mansour killed 4 mos later.", "MRG006"));
        // (About three years: February 1989 to December 1991 is two years and ten months.)
        Assert.Empty(Findings("Sov. withdrawal compl. 15 Feb 1989; USSR gone ~3 yrs later (Dec 1991).", "MRG006"));
    }

    [Fact]
    public void A_bracket_right_after_what_a_distance_counts_from_is_its_date()
    {
        // Neither bracket is the date of what comes after it: each is the date the distance counts from.
        Assert.Empty(Findings("Some six months after Putin began his fourth term (May 7, 2018), Lavrov sat between the HPC and the Taliban in Moscow."));
        Assert.Empty(Findings("A year after the first Moscow Format meeting (February 15, 2017), Russia was already hosting the Taliban's political office delegates."));
        // The distance is counted from it, and the bracket is checked as the date of what it follows.
        const string wrong = "Some two months after Putin began his fourth term (May 7, 2018), Lavrov sat between the HPC and the Taliban in Moscow [@lavrov-mediates-moscow-format-2018].";
        Assert.Equal("Counted from May 7, 2018, some two months after is about 7 July 2018; the paper dates 'lavrov-mediates-moscow-format-2018' to 9 November 2018",
            Assert.Single(Findings(wrong, "MRG006")).Message);
        Assert.Equal("The paper dates 'putin-fourth-term-2018' (Putin begins his fourth presidential term) to 7 May 2018 (000_bf09360ec50d0df5.txt, line 343); this note says May 7, 2017, one year earlier. The sentence was read as about it from the words 'fourth', 'term' and Vladimir Putin; cite the event to make the check certain",
            Assert.Single(Findings("Some six months after Putin began his fourth term (May 7, 2017), Lavrov sat between the HPC and the Taliban in Moscow.")).Message);
    }

    [Fact]
    public void By_the_time_something_happened_what_had_happened_came_first()
    {
        const string wrong = "By the time Russia convened its trilateral summit in Moscow with China and Pakistan, the Moscow Format's first meeting had already been held.";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "By the time"), finding.Range);
        Assert.Equal("The paper puts 'moscow-format-first-meeting-2017' (15 February 2017, named here “the Moscow Format's first meeting”) after 'moscow-trilateral-summit-2016' (26 December 2016, named here “Russia convened its trilateral summit in Moscow with China and Pakistan”), which “By the time” denies", finding.Message);
        Assert.Empty(Findings("By the time the Taliban delegation reached Moscow, Trump had already called off the Camp David meeting.", "MRG006"));
        Assert.Empty(Findings("By the time Karzai was re-elected in August 2009, Obama had already opened a dialogue with the Taliban.", "MRG006"));
        // Only what had been done: "was" says what held at the time, not what came first.
        Assert.Empty(Findings("By the time Russia convened its trilateral summit in Moscow with China and Pakistan, the Moscow Format's first meeting was being planned.", "MRG006"));
    }

    [Fact]
    public void A_place_of_three_letters_names_its_event()
    {
        // "Ufa" is a key term of the 2015 summit: "the SCO summit in Ufa" is that one, not the 2005 summit.
        const string wrong = "The SCO summit in Ufa came a year after IS first proclaimed itself in Afghanistan [@islamic-state-in-afghanistan-2015].";
        Assert.Equal("The paper dates 'sco-summit-2015' to 9–10 July 2015 and 'islamic-state-in-afghanistan-2015' to January 2015: five months later than it, not a year after",
            Assert.Single(Findings(wrong, "MRG006")).Message);
        Assert.Empty(Findings(wrong.Replace("a year after", "six months after", StringComparison.Ordinal), "MRG006"));
    }

    [Fact]
    public void A_distance_of_two_counts_is_checked_whole()
    {
        // 7 May 2018 to 28 May 2019: a year and three weeks, not the "three weeks" its end alone would say.
        Assert.Empty(Findings("Putin's fourth term began [@putin-fourth-term-2018] a year and three weeks before the centenary [@russia-afghanistan-centenary-2019].", "MRG006"));
        const string wrong = "Putin's fourth term began [@putin-fourth-term-2018] two years and three weeks before the centenary [@russia-afghanistan-centenary-2019].";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "two years and three weeks before"), finding.Range);
        Assert.Equal("The paper dates 'putin-fourth-term-2018' to 7 May 2018 and 'russia-afghanistan-centenary-2019' to 28 May 2019: one year earlier than it, not two years and three weeks before", finding.Message);
    }

    [Theory]
    [InlineData("Russia reopened its Kabul embassy ten years after closing it.", "ten years after")]
    [InlineData("The Russian embassy in Kabul reopened ten years after it had been shut.", "ten years after")]
    public void What_was_done_to_it_is_another_event_of_the_same_thing(string wrong, string distance)
    {
        // "It" is the embassy; closing it is the mission's closure of August 1992, fifteen years before the reopening.
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, distance), finding.Range);
        Assert.Equal("The paper dates 'russian-embassy-reopens-2007' to 23 February 2007 and 'russian-mission-closed-1992' to August 1992: fourteen years later than it, not ten years after", finding.Message);
        Assert.Empty(Findings(wrong.Replace("ten years", "fifteen years", StringComparison.Ordinal), "MRG006"));
    }

    [Fact]
    public void The_papers_words_order_two_events_of_one_month()
    {
        // "Earlier in the same month, two Russians had been killed": both are August 1992, and the paper says which came first.
        Assert.Empty(Findings("Two Russians were killed in Kabul [@russians-killed-in-kabul-1992] before the rocket attack on the embassy [@embassy-rocket-attack-1992].", "MRG006"));
        const string wrong = "Two Russians were killed in Kabul [@russians-killed-in-kabul-1992] after the rocket attack on the embassy [@embassy-rocket-attack-1992].";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "after"), finding.Range);
        Assert.Equal("The paper puts 'russians-killed-in-kabul-1992' (August 1992) before 'embassy-rocket-attack-1992' (28 August 1992), not after it", finding.Message);
    }

    [Fact]
    public void The_papers_exact_distance_decides_where_a_vague_date_cannot()
    {
        // "in mid-September 2019, one week after the collapse": two weeks after 8 September still lands in mid-September.
        const string cited = "A Taliban delegation visited Moscow [@taliban-delegation-visits-moscow-2019] {0} Trump called off the Camp David meeting [@camp-david-meeting-cancelled-2019].";
        Assert.Empty(Findings(string.Format(cited, "a week after"), "MRG006"));
        Assert.Empty(Findings(string.Format(cited, "about a week after"), "MRG006"));
        Assert.Empty(Findings(string.Format(cited, "days after"), "MRG006"));
        var wrong = string.Format(cited, "two weeks after");
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "two weeks after"), finding.Range);
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019), not two weeks after", finding.Message);
        Assert.Single(Findings("Trump called off the Camp David meeting [@camp-david-meeting-cancelled-2019] a month before the Taliban delegation came to Moscow [@taliban-delegation-visits-moscow-2019].", "MRG006"));
    }

    [Fact]
    public void A_short_phrase_all_of_the_events_words_names_it()
    {
        // "a Taliban delegation": its key term and the Taliban, nothing else.
        Assert.Empty(Findings("Trump called off Camp David on 8 September 2019. A week later a Taliban delegation was in Moscow seeking regional support.", "MRG006"));
        const string wrong = "Trump called off Camp David on 8 September 2019. Two months later a Taliban delegation was in Moscow seeking regional support.";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019), not two months later", finding.Message);
    }

    [Fact]
    public void Followed_or_preceded_by_a_distance_is_checked_like_any_distance()
    {
        const string cited = "The Moscow intra-Afghan meeting of 5–6 February 2019 [@moscow-intra-afghan-meeting-2019] followed the first Doha talks [@doha-talks-2019] by {0}.";
        Assert.Empty(Findings(string.Format(cited, "two weeks"), "MRG006"));
        var wrong = string.Format(cited, "five weeks");
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "followed"), finding.Range);
        Assert.Equal("The paper dates 'moscow-intra-afghan-meeting-2019' to 5–6 February 2019 and 'doha-talks-2019' to 21–22 January 2019: two weeks later than it, not five weeks after", finding.Message);
        // Named in prose, and the distance right after the verb.
        Assert.Equal(
            "The paper puts 'intra-afghan-talks-moscow-2019' (29 May 2019, named here \u201cThe second round of intra-Afghan talks in Moscow\u201d) one day after "
            + "'russia-afghanistan-centenary-2019' (28 May 2019, named here \u201cthe centenary celebration\u201d), not two days after",
            Assert.Single(Findings("The second round of intra-Afghan talks in Moscow followed the centenary celebration by two days.", "MRG006")).Message);
        Assert.Single(Findings("Gorbachev's resignation [[gorbachev-resigns-1991]] preceded by a month the date from which Yeltsin stopped arms shipments to Kabul [[yeltsin-halts-arms-supply-1992]].", "MRG006"));
        // "about a year and a half" is not "about a year": read whole or not at all.
        Assert.Empty(Findings("The reopening of the Kabul embassy followed the SCO summit [@sco-summit-2005] by about a year and a half.", "MRG006"));
    }

    [Theory]
    [InlineData("ahead of")]
    [InlineData("prior to")]
    public void A_distance_ahead_of_or_prior_to_something_is_a_distance_before_it(string connective)
    {
        Assert.Equal($"The paper dates 'soviet-withdrawal-1989' to 15 February 1989 and 'soviet-union-falls-1991' to 1991: two years earlier than it, not six months {connective}",
            Assert.Single(Findings($"The Soviet withdrawal came six months {connective} the fall of the Soviet Union.", "MRG006")).Message);
        Assert.Empty(Findings("The Soviet withdrawal came nearly three years ahead of the fall of the Soviet Union.", "MRG006"));
        Assert.Empty(Findings("The first Doha talks [@doha-talks-2019] came two weeks ahead of the Moscow intra-Afghan meeting [@moscow-intra-afghan-meeting-2019].", "MRG006"));
        Assert.Single(Findings("The first Doha talks [@doha-talks-2019] came two months ahead of the Moscow intra-Afghan meeting [@moscow-intra-afghan-meeting-2019].", "MRG006"));
    }

    [Fact]
    public void The_verb_that_orders_two_things_names_neither()
    {
        Assert.Empty(Findings("The first Moscow Format meeting took place on 15 February 2017; the expanded third round followed two months later.", "MRG006"));
        var finding = Assert.Single(Findings("The first Moscow Format meeting took place on 15 February 2017; the expanded third round followed four months later.", "MRG006"));
        Assert.Equal("Counted from 15 February 2017, four months later is about 15 June 2017; the paper dates 'moscow-third-round-2017' to 14 April 2017", finding.Message);
    }

    [Fact]
    public void Years_counted_from_a_month_are_rounded_not_any_day_of_the_year()
    {
        // 29 February 2020 is in 2020, but sixteen months after October 2018 is no "two years later".
        var finding = Assert.Single(Findings("The US–Taliban talks began in October 2018. Two years later the deal was signed [@us-taliban-agreement-2020].", "MRG006"));
        Assert.Equal("Counted from October 2018, two years later is October 2020; the paper dates 'us-taliban-agreement-2020' to 29 February 2020", finding.Message);
        Assert.Empty(Findings("The US–Taliban talks began in October 2018. The deal was signed [@us-taliban-agreement-2020] about two years later.", "MRG006"));
        // Counted from a year, and "the year after", stay the calendar's.
        Assert.Empty(Findings("The US–Taliban talks began in 2018. Two years later the deal was signed [@us-taliban-agreement-2020].", "MRG006"));
        // Counted from a part of a year, by the length alone: nine years after late 1979 reaches February 1989, though
        // that is not in 1988 — and seven years after it does not.
        Assert.Empty(Findings("The Soviet withdrawal came nine years after the intervention of late 1979.", "MRG006"));
        Assert.Equal("Counted from late 1979, seven years after is late 1986; the paper dates 'soviet-withdrawal-1989' to 15 February 1989",
            Assert.Single(Findings("The Soviet withdrawal came seven years after the intervention of late 1979.", "MRG006")).Message);
    }

    [Fact]
    public void A_stated_day_that_is_the_day_of_the_event_the_paper_times_by_takes_the_papers_words()
    {
        // 8 September 2019 is the day Trump called off Camp David, and the paper puts the delegation one week after it.
        Assert.Empty(Findings("Trump called off Camp David on 8 September 2019. A week later a Taliban delegation was in Moscow seeking regional support.", "MRG006"));
        var finding = Assert.Single(Findings("Trump called off Camp David on 8 September 2019. Two weeks later a Taliban delegation was in Moscow seeking regional support.", "MRG006"));
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019), not two weeks later", finding.Message);
        // Where the paper's words give no exact distance ("About a month later"), the dates decide, and say so.
        var dated = Assert.Single(Findings("Moscow hosted Khalilzad with the Chinese and Pakistani envoys on 25 October 2019; three months later the US–Taliban talks resumed in Doha [@doha-talks-resume-2019].", "MRG006"));
        Assert.Equal("Counted from 25 October 2019, three months later is about 25 January 2020; the paper dates 'doha-talks-resume-2019' to 7 December 2019", dated.Message);
    }

    [Fact]
    public void A_side_named_as_the_start_or_end_of_a_span_is_that_edge()
    {
        // Putin's third term is 2012–2018: his return to the presidency is 2012, its end 2018.
        var finding = Assert.Single(Findings("The first trilateral meeting in Beijing came before Putin's return to the presidency for a third term.", "MRG006"));
        Assert.Equal("The paper puts 'trilateral-first-meeting-2013' (April 2013, named here \u201cThe first trilateral meeting in Beijing\u201d) after "
            + "'putin-third-term-2012' (2012, named here \u201cPutin's return to the presidency for a third term\u201d), not before it", finding.Message);
        Assert.Empty(Findings("Putin's return to the presidency for a third term came before the first trilateral meeting in Beijing.", "MRG006"));
        Assert.Empty(Findings("The first trilateral meeting in Beijing came before the end of Putin's third term.", "MRG006"));
    }

    [Fact]
    public void Later_counts_from_the_event_cited_in_the_sentence_before()
    {
        Assert.Empty(Findings("The fifth QCG meeting was held [@qcg-fifth-meeting-2016]. Three days later Mansour was killed [@mansour-killed-2016].", "MRG006"));
        const string wrong = "The fifth QCG meeting was held [@qcg-fifth-meeting-2016]. Two months later Mansour was killed [@mansour-killed-2016].";
        Assert.Single(Findings(wrong, "MRG006"));
    }

    [Fact]
    public void Two_events_cited_together_at_the_end_each_take_the_side_their_words_name()
    {
        const string text = "Rabbani was only called to Moscow after Gorbachev had resigned [@rabbani-called-to-moscow-1991; @gorbachev-resigns-1991].";
        var finding = Assert.Single(Findings(text, "MRG006"));
        Assert.Equal("The paper puts 'rabbani-called-to-moscow-1991' (November 1991) before 'gorbachev-resigns-1991' (25 December 1991), not after it", finding.Message);
    }

    [Fact]
    public void A_citation_closing_the_sentence_is_the_anchors_when_the_words_before_name_an_event_of_their_own() =>
        Assert.Empty(Findings("That four-party meeting in Moscow preceded the resumption of US–Taliban talks in Doha [@doha-talks-resume-2019].", "MRG006"));

    [Fact]
    public void A_citation_closing_the_sentence_is_the_subjects_when_the_subject_gives_its_date()
    {
        // 16 April 1992 is the cited resignation's own date: the citation dates the words before the distance, and the
        // distance counts from the withdrawal the words after it name (nothing, when they name none).
        Assert.Empty(Findings("- Najibullah hung on, finally resigning on 16 April 1992 — a little over three years after the last Soviet column crossed the Amu Darya [@najibullah-resigns-1992].", "MRG006"));
        Assert.Empty(Findings("- Najibullah hung on, finally resigning on 16 April 1992 — a little over three years after the Soviet withdrawal [@najibullah-resigns-1992].", "MRG006"));
        Assert.Equal("The paper dates 'najibullah-resigns-1992' to 16 April 1992 and 'soviet-withdrawal-1989' to 15 February 1989: three years later than it, not a little over five years after",
            Assert.Single(Findings("- Najibullah hung on, finally resigning on 16 April 1992 — a little over five years after the Soviet withdrawal [@najibullah-resigns-1992].", "MRG006")).Message);
    }

    [Fact]
    public void The_words_of_an_actors_name_name_no_event_without_that_actor()
    {
        // "Moscow Format" is the format's name: its words are no Russia's "Moscow" or the trilateral platform's "format".
        Assert.Empty(Findings("Russia hosted the first Moscow Format round on the heels of its December 2016 summit with China and Pakistan — less than two months later.", "MRG006"));
        Assert.Equal("The paper puts 'moscow-format-first-meeting-2017' (15 February 2017, named here “Russia hosted the first Moscow Format round”) after 'moscow-trilateral-summit-2016' (26 December 2016, named here “its December 2016 summit with China and Pakistan”), not before it",
            Assert.Single(Findings("Russia hosted the first Moscow Format round shortly before its December 2016 summit with China and Pakistan.", "MRG006")).Message);
    }

    [Fact]
    public void What_it_took_years_after_something_to_do_came_that_long_after_it()
    {
        // "It took Russia N years after X to Y": Y is the subject, not Russia's first event by "It took Russia".
        Assert.Empty(Findings("It took Russia fifteen years after the closure of its Kabul mission to resume an active Afghan policy.", "MRG006"));
        Assert.Equal("The paper dates 'russia-resumes-afghan-policy-2007' to 2007 and 'russian-mission-closed-1992' to August 1992: fifteen years later than it, not ten years after",
            Assert.Single(Findings("It took Russia ten years after the closure of its Kabul mission to resume an active Afghan policy.", "MRG006")).Message);
    }

    [Fact]
    public void The_same_year_month_or_day_as_something_is_its_calendars()
    {
        Assert.Equal("The paper dates 'putin-reelected-2012' to 2012 and 'bin-laden-killed-2011' to 2 May 2011: one year later than it, not the same year as",
            Assert.Single(Findings("Putin's re-election came in the same year as the killing of Bin Laden.", "MRG006")).Message);
        Assert.Equal("The same day as 'soviet-flag-lowered-1991' (25 December 1991, named here “the Soviet flag came down over the Kremlin”) is 25 December 1991, not 26 December 1991",
            Assert.Single(Findings("Gorbachev resigned on 26 December 1991, the same day as the Soviet flag came down over the Kremlin.", "MRG006")).Message);
        Assert.Single(Findings("Gorbachev's troops finished leaving Afghanistan in the same year the USSR dissolved.", "MRG006"));
        // Right: the calendar's year, month or day holds both; "earlier in the same month" is no order the paper's "before" denies.
        Assert.Empty(Findings("Najibullah resigned in the same year as the Russian mission in Kabul closed.", "MRG006"));
        Assert.Empty(Findings("The QCG was formed in the same month as the peace talks revived.", "MRG006"));
        Assert.Empty(Findings("Gorbachev resigned on 25 December 1991, the same day as the Soviet flag came down over the Kremlin.", "MRG006"));
        Assert.Empty(Findings("Two Russians were killed in Kabul earlier in the same month as the embassy rocket strike [@embassy-rocket-attack-1992].", "MRG006"));
    }

    [Fact]
    public void A_name_of_two_words_written_whole_names_its_event_though_one_word_is_common()
    {
        // "war" and "spring" count for nothing alone; "the Iraq war" and "the Arab Spring" are the events' own names.
        Assert.Equal("The paper dates 'sco-summit-2005' to 5 July 2005 and 'iraq-war-crisis-2003' to 2003: two years later than it, not the year before",
            Assert.Single(Findings("The SCO summit that told Washington to set a deadline for leaving Central Asia came the year before the Iraq war.", "MRG006")).Message);
        Assert.Single(Findings("The Arab Spring arrived three years after Medvedev endorsed Obama's Afghan strategy.", "MRG006"));
        Assert.Empty(Findings("The Arab Spring arrived two years after Medvedev endorsed Obama's Afghan strategy.", "MRG006"));
    }

    [Fact]
    public void Half_months_are_read_and_took_effect_says_only_that_it_happened()
    {
        const string text = "Najibullah stepped down [@najibullah-resigns-1992] about five and a half months after Yeltsin's arms cut-off took effect.";
        Assert.Equal("The paper dates 'najibullah-resigns-1992' to 16 April 1992 and 'yeltsin-halts-arms-supply-1992' to 1 January 1992: three months later than it, not about five and a half months after",
            Assert.Single(Findings(text, "MRG006")).Message);
        Assert.Empty(Findings("Najibullah stepped down [@najibullah-resigns-1992] three and a half months after Yeltsin's arms cut-off took effect.", "MRG006"));
    }

    [Fact]
    public void The_embassy_bombings_are_named_by_their_countries_as_the_paper_names_them() =>
        Assert.Equal("The paper puts 'taliban-sanctions-1999' (5 October 1999) after 'us-embassy-bombings-1998' (August 1998, named here “the embassy bombings in Kenya and Tanzania”), not before it",
            Assert.Single(Findings("The ban on Ariana flights and the freezing of Taliban assets [@taliban-sanctions-1999] came before the embassy bombings in Kenya and Tanzania.", "MRG006")).Message);

    [Fact]
    public void Years_into_the_war_on_terror_count_from_its_start_and_a_verb_after_and_is_the_subjects()
    {
        Assert.Equal("The paper dates 'iraq-war-crisis-2003' to 2003 and 'russia-supports-us-war-2001' to 2001: two years later than it, not four years into",
            Assert.Single(Findings("The US decision to send troops into Iraq came four years into the war on terror and ended Russia's period of unreserved support.", "MRG006")).Message);
        Assert.Empty(Findings("The US decision to send troops into Iraq came two years into the war on terror and ended Russia's period of unreserved support.", "MRG006"));
    }

    [Fact]
    public void Years_into_a_thing_named_before_a_citation_of_the_subjects_count_from_that_things_start()
    {
        const string wrong = "Russia's break with Washington over Iraq came four years into the war on terror [@iraq-war-crisis-2003]; before that, full support.";
        Assert.Equal("The paper dates 'iraq-war-crisis-2003' to 2003 and 'russia-supports-us-war-2001' to 2001: two years later than it, not four years into",
            Assert.Single(Findings(wrong, "MRG006")).Message);
        Assert.Empty(Findings(wrong.Replace("four", "two", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_start_of_the_US_Taliban_peace_talks_is_named_by_its_verbs()
    {
        Assert.Equal("The paper dates 'us-taliban-agreement-2020' to 29 February 2020 and 'us-taliban-talks-begin-2018' to September 2018: seventeen months later than it, not 14 months after",
            Assert.Single(Findings("The Doha deal was signed 14 months after the US–Taliban peace talks had begun.", "MRG006")).Message);
        Assert.Empty(Findings("The Doha deal was signed 18 months after the US–Taliban peace talks had begun.", "MRG006"));
    }

    [Fact]
    public void A_bare_participle_before_its_agent_is_passive_and_an_arrow_ends_a_clause()
    {
        // "← preceded by Y by ~14 months": Y came first (no auxiliary, but no distance right after "by" either).
        Assert.Empty(Findings("Res. 1267 (first Taliban sanctions) ← preceded by the Nairobi/Dar es Salaam embassy bombings by ~14 months.", "MRG006"));
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not ~4 months after",
            Assert.Single(Findings("Res. 1267 (first Taliban sanctions) ← preceded by the Nairobi/Dar es Salaam embassy bombings by ~4 months.", "MRG006")).Message);
        // "→" ends what "after" opens: the words after it are another clause.
        Assert.Empty(Findings("IS/ISIS announce themselves in AF days after the withdrawal of combat troops → RU and Taliban interests start to converge.", "MRG006"));
    }

    [Fact]
    public void A_promise_to_pull_forces_out_is_the_commitment_to_withdraw()
    {
        Assert.Equal("The paper gives “14 months” for 'us-withdrawal-commitment-2021' (The US commits to withdraw all forces within 14 months; 000_bf09360ec50d0df5.txt, line 443), not “two years”",
            Assert.Single(Findings("Khalilzad and Baradar signed the agreement on 29 February 2020; the US promised to pull all its forces out within two years.", "MRG006")).Message);
        Assert.Empty(Findings("Khalilzad and Baradar signed the agreement on 29 February 2020; the US promised to pull all its forces out within 14 months.", "MRG006"));
        // In a sentence of its own, the length is held to what its sentence names.
        Assert.Equal("The paper gives “14 months” for 'us-withdrawal-commitment-2021' (The US commits to withdraw all forces within 14 months; 000_bf09360ec50d0df5.txt, line 443), not “18 months”",
            Assert.Single(Findings("The deal was signed in Doha on 29 February 2020. Under it, the US promised to pull out all its forces within 18 months.", "MRG006")).Message);
        Assert.Empty(Findings("The deal was signed in Doha on 29 February 2020. Under it, the US promised to pull out all its forces within 14 months.", "MRG006"));
    }

    [Fact]
    public void The_framework_deal_is_the_framework_agreement_not_the_deal_of_2020()
    {
        Assert.Empty(Findings("The US–Taliban framework deal in Doha came just two weeks before the inclusive intra-Afghan meeting in Moscow.", "MRG006"));
        Assert.Single(Findings("The US–Taliban framework deal in Doha came just two weeks after the inclusive intra-Afghan meeting in Moscow.", "MRG006"));
    }

    [Fact]
    public void Putins_warning_at_the_SCO_is_the_Ufa_summit()
    {
        Assert.Equal("The paper dates 'sco-summit-2015' to 9–10 July 2015 and 'islamic-state-in-afghanistan-2015' to January 2015: five months later than it, not six months before",
            Assert.Single(Findings("Putin's warning about IS at the SCO came six months before the Islamic State declared itself in Afghanistan.", "MRG006")).Message);
        Assert.Empty(Findings("Putin's warning about IS at the SCO came six months after the Islamic State declared itself in Afghanistan.", "MRG006"));
    }

    [Fact]
    public void A_length_is_held_to_the_event_a_date_of_its_sentence_is_surely_about()
    {
        Assert.Equal("The paper gives “14 months” for 'us-withdrawal-commitment-2021' (The US commits to withdraw all forces within 14 months; 000_bf09360ec50d0df5.txt, line 443), not “24 months”",
            Assert.Single(Findings("Deal signed 29 February 2020; the US promised to pull out all forces and supporting civilians within 24 months.", "MRG006")).Message);
        Assert.Equal("The paper gives “two days” for 'doha-framework-agreement-2019' (After two days of negotiations the US and the Taliban reach a framework agreement; 000_bf09360ec50d0df5.txt, line 372), not “a week”",
            Assert.Single(Findings("Washington and the Taliban met openly in Doha on 21–22 January 2019 and reached a framework agreement after a week of negotiations.", "MRG006")).Message);
        // Not a loose tie: "the ten years of Soviet occupation … crippled the Soviet economy" is no USSR's break-up "within three years".
        Assert.Empty(Findings("The ten years of Soviet occupation, 1979–89, crippled the Soviet economy.", "MRG006"));
    }

    [Fact]
    public void A_distance_from_a_date_surely_about_an_event_is_held_to_the_length_the_paper_gives_it()
    {
        // "mid-September 2019" is too vague to deny "two weeks after" 8 September; the paper's "one week after" does.
        Assert.Equal("The paper gives “a week” for 'taliban-delegation-visits-moscow-2019' (A Taliban delegation visits Moscow a week after the collapse of the US-Taliban meeting; 000_bf09360ec50d0df5.txt, line 414), not “two weeks”",
            Assert.Single(Findings("A Taliban delegation arrived in Moscow in mid-September 2019, two weeks after Trump called off the Camp David meeting.", "MRG006")).Message);
        Assert.Empty(Findings("A Taliban delegation arrived in Moscow in mid-September 2019, a week after Trump called off the Camp David meeting."));
    }

    [Fact]
    public void Yeltsins_embargo_is_his_halt_of_arms_supplies()
    {
        Assert.Single(Findings("The Soviet flag came down on 25 December 1991; on New Year's Day, ten days later, Yeltsin's embargo on Kabul took effect.", "MRG006"));
        Assert.Empty(Findings("The Soviet flag came down on 25 December 1991; on New Year's Day, a week later, Yeltsin's embargo on Kabul took effect.", "MRG006"));
    }

    [Fact]
    public void Backing_or_arming_the_Northern_Alliance_is_Russias_support_for_it()
    {
        Assert.Single(Findings("Russia started backing the Northern Alliance before the Taliban movement had even been formed.", "MRG006"));
        Assert.Single(Findings("Russian backing for the Northern Alliance began only after 9/11.", "MRG006"));
        Assert.Empty(Findings("Russia started backing the Northern Alliance after the Taliban movement had been formed.", "MRG006"));
    }

    [Fact]
    public void Events_are_named_by_the_everyday_words_for_them()
    {
        Assert.Equal("The paper dates 'us-embassy-bombings-1998' to August 1998 and 'al-qaeda-enters-afghanistan-1998' to 1998: the same time as it, not the year after",
            Assert.Single(Findings("The embassy bombings in Nairobi and Dar es Salaam came the year after al-Qaeda set up in Afghanistan.", "MRG006")).Message);
        Assert.Equal("The paper puts 'russia-engages-karzai-government-2001' (December 2001) before 'iraq-war-crisis-2003' (2003, named here “the US went into Iraq”), not after it",
            Assert.Single(Findings("Moscow's contacts with Karzai's interim government, arms sales included [@russia-engages-karzai-government-2001], began only after the US went into Iraq.", "MRG006")).Message);
        Assert.Equal("The paper puts 'putin-mansour-meeting-rumour-2015' (the last quarter of 2015, named here “The rumours that Putin had met Mullah Mansour at a military base in Tajikistan surfaced”) after 'sco-summit-2015' (9–10 July 2015, named here “the SCO summit at Ufa”) or 'ghani-talks-with-putin-2015' (9–10 July 2015), not before it",
            Assert.Single(Findings("The rumours that Putin had met Mullah Mansour at a military base in Tajikistan surfaced before the SCO summit at Ufa.", "MRG006")).Message);
        Assert.Equal("The paper dates 'najibullah-regime-toppled-1992' to 1992 and 'taliban-oust-rabbani-1996' to 27 September 1996: four years earlier than it, not three years before",
            Assert.Single(Findings("The guerrilla coalition toppled Najibullah's regime three years before the Taliban drove it out of Kabul in turn.", "MRG006")).Message);
        Assert.Equal("The paper dates 'moscow-offers-platform-2017' to 2017 and 'moscow-format-first-meeting-2017' to 15 February 2017: the same time as it, not a full year after",
            Assert.Single(Findings("Moscow's offer to serve as a platform for ending 16 years of conflict came a full year after the first Moscow Format meeting.", "MRG006")).Message);
        Assert.Empty(Findings("The Doha deal [@us-taliban-agreement-2020] was signed more than a year and a half after Trump's team first quietly met the Taliban.", "MRG006"));
        // The movement "took shape" is its forming: the citation closing the sentence is the anchor's, 1998 the arrival's.
        Assert.Empty(Findings("Al-Qaeda's arrival in 1998 came four years after the Taliban movement took shape [@taliban-formed-1994]."));
        Assert.Equal("The paper dates 'us-taliban-agreement-2020' to 29 February 2020 and 'us-secret-talks-with-taliban-2018' to July 2018: nineteen months later than it, not three years after",
            Assert.Single(Findings("The Doha deal [@us-taliban-agreement-2020] was signed three years after Trump's team first quietly met the Taliban.", "MRG006")).Message);
    }

    [Fact]
    public void A_relative_date_is_not_said_of_the_event_whose_day_it_counts_from()
    {
        // The words before the arrow name the day's own event; what "the next month" dates is after the arrow.
        Assert.Empty(Findings("foreign combat troop withdrawal completed 28 Dec 2014 → IS formally declares its presence in Afghanistan the next month.", "MRG006"));
        Assert.Empty(Findings("US–Taliban talks began Sept 2018 → deal signed 18 months later.", "MRG006"));
        // A year heading the line is the cited event's own: "after fifteen years" is how long it took, not a later date.
        Assert.Empty(Findings("2007: after fifteen years, Moscow officially resumes an active Afghan policy [@russia-resumes-afghan-policy-2007].", "MRG006"));
        // A day within the month the paper gives a cited event is no date of its own: the order stands.
        Assert.Single(Findings("The rocket attack of 28 August 1992 on the embassy compound was followed, later that month, by the killing of two Russians in the city [@russians-killed-in-kabul-1992].", "MRG006"));
    }

    [Fact]
    public void Another_of_the_subjects_kind_is_taken_at_the_edge_the_subject_begins_at()
    {
        // "his third" is the term of 2012–2018; the fourth "began" six years after the third began.
        Assert.Equal("The paper dates 'putin-fourth-term-2018' to 7 May 2018 and 'putin-third-term-2012' to 2012: six years later than it, not five years after",
            Assert.Single(Findings("Putin's fourth term [@putin-fourth-term-2018] began five years after his third.", "MRG006")).Message);
        Assert.Empty(Findings("Putin's fourth term [@putin-fourth-term-2018] began six years after his third.", "MRG006"));
    }

    [Fact]
    public void A_length_from_one_thing_to_another_is_the_distance_between_them()
    {
        Assert.Equal("The paper dates 'us-taliban-agreement-2020' to 29 February 2020 and 'us-taliban-talks-begin-2018' to September 2018: seventeen months later than it, not two years after",
            Assert.Single(Findings("It took two years from the start of the US–Taliban talks to the signing in Doha.", "MRG006")).Message);
        Assert.Empty(Findings("It took eighteen months from the start of the US–Taliban talks to the signing in Doha.", "MRG006"));
        Assert.Equal("The paper dates 'taliban-control-afghanistan-1996' to 27 September 1996 and 'taliban-formed-1994' to 1994: two years later than it, not four years after",
            Assert.Single(Findings("It took the Taliban four years to go from a movement of village clerics in the rural south to masters of most of Afghanistan.", "MRG006")).Message);
        Assert.Single(Findings("When Khalilzad and Baradar finally signed in Doha, some 24 months had passed since the US–Taliban peace talks began.", "MRG006"));
        Assert.Empty(Findings("When Khalilzad and Baradar finally signed in Doha, some 18 months had passed since the US–Taliban peace talks began.", "MRG006"));
    }

    [Fact]
    public void More_everyday_words_name_events()
    {
        (string Note, string Message)[] cases =
        [
            ("Karzai was installed as interim president half a year after the towers fell.",
                "The paper dates 'karzai-interim-president-2001' to December 2001 and 'september-11-attacks-2001' to 11 September 2001: three months later than it, not half a year after"),
            ("Yeltsin's cut-off of arms to Kabul came barely a week before the red flag was hauled down over the Kremlin.",
                "The paper dates 'yeltsin-halts-arms-supply-1992' to 1 January 1992 and 'soviet-flag-lowered-1991' to 25 December 1991: one week later than it, not a week before"),
            ("Mansour died in a US drone strike a week before the final QCG meeting.",
                "The paper puts 'mansour-killed-2016' (21 May 2016, named here “Mansour died in a US drone strike”) three days after 'qcg-fifth-meeting-2016' (18 May 2016, named here “the final QCG meeting”), not a week before"),
            ("Mansour was taken out a week after the last QCG meeting in Islamabad.",
                "The paper puts 'mansour-killed-2016' (21 May 2016, named here “Mansour was taken out”) three days after 'qcg-fifth-meeting-2016' (18 May 2016, named here “the last QCG meeting in Islamabad”), not a week after"),
            ("The first overt US-Taliban talks in Doha came a year after the Taliban's Moscow debut.",
                "The paper dates 'doha-talks-2019' to 21–22 January 2019 and 'moscow-format-talks-2018' to 9 November 2018: two months later than it, not a year after"),
            ("The third Moscow round, 14/04/2017, came six months after the format's first meeting.",
                "Counted from 'moscow-format-first-meeting-2017' (15 February 2017, named here “the format's first meeting”), six months after is about 15 August 2017, not 14/04/2017"),
            ("The Taliban went to Moscow a month after Camp David fell through.",
                "The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019, named here “The Taliban went to Moscow”) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019, named here “Camp David fell through”), not a month after"),
            ("Rabbani's trip to Moscow only came after Gorbachev had resigned [@gorbachev-resigns-1991], when Yeltsin was calling the shots.",
                "The paper puts 'rabbani-called-to-moscow-1991' (November 1991, named here “Rabbani's trip to Moscow”) before 'gorbachev-resigns-1991' (25 December 1991), not after it"),
            ("I had hoped the Doha track would resume quickly, and it did: the talks restarted about a month after the Taliban's mid-September visit to Moscow.",
                "The paper dates 'doha-talks-resume-2019' to 7 December 2019 and 'taliban-delegation-visits-moscow-2019' to mid-September 2019: three months later than it, not about a month after"),
            ("Putin's broadside against the West at the annual meeting of journalists and officials came a year after the foreign combat troops had finished leaving Afghanistan.",
                "The paper dates 'putin-speech-against-west-2014' to 24 October 2014 and 'foreign-troop-withdrawal-completed-2014' to 28 December 2014: two months earlier than it, not a year after"),
            ("Putin's return to the presidency came the year after Medvedev endorsed Obama's Afghan strategy.",
                "The paper dates 'putin-third-term-2012' to 2012 and 'medvedev-endorses-obama-strategy-2009' to December 2009: three years later than it, not the year after"),
            ("Putin became president for the third time in 2012, eight years after he first took office.",
                "Counted from 'putin-becomes-president-2000' (2000, named here “he first took office”), eight years after is 2008, not 2012"),
            // "even" stresses the order; it is no word of what happened.
            ("Russia was arming the Northern Alliance before the Taliban had even been formed.",
                "The paper puts 'russia-backs-northern-alliance-1996' (1996, named here “Russia was arming the Northern Alliance”) after 'taliban-formed-1994' (1994, named here “the Taliban had even been formed”), not before it"),
        ];
        foreach (var (note, message) in cases) Assert.Equal(message, Assert.Single(Findings(note, "MRG006")).Message);
    }

    [Fact]
    public void Words_that_name_a_body_name_no_event_without_it()
    {
        // The QCG was formed in January 2016, four years after 2012; the trilateral platform in 2013, the year after.
        Assert.Empty(Findings("Russia's trilateral platform with China and Pakistan was formed the year after Putin's return to the presidency.", "MRG006"));
        Assert.Single(Findings("The Quadrilateral Coordination Group with China and Pakistan was formed the year after Putin's return to the presidency.", "MRG006"));
        // The platform "formed" is named as such: before the return to the presidency is wrong.
        Assert.Equal("The paper puts 'trilateral-platform-formed-2013' (April 2013, named here “Russia's trilateral platform with China and Pakistan was formed”) after 'putin-third-term-2012' (2012, named here “Putin's return to the presidency”), not before it",
            Assert.Single(Findings("Russia's trilateral platform with China and Pakistan was formed before Putin's return to the presidency.", "MRG006")).Message);
    }

    [Fact]
    public void What_had_happened_by_the_time_of_something_came_first()
    {
        Assert.Single(Findings("Moscow had already entered the peace process [@russia-enters-peace-process-2016] by the time the QCG held its first meeting.", "MRG006"));
        Assert.Empty(Findings("The QCG had already held its first meeting by the time Moscow entered the peace process [@russia-enters-peace-process-2016].", "MRG006"));
        // "had already … when" says it too; "when" alone does not ("Moscow had talks with the Taliban when …").
        Assert.Equal("The paper puts 'najibullah-resigns-1992' (16 April 1992, named here “Najibullah had already stepped down”) after 'yeltsin-halts-arms-supply-1992' (1 January 1992), which “had already … when” denies",
            Assert.Single(Findings("Najibullah had already stepped down when Yeltsin cut off the arms [@yeltsin-halts-arms-supply-1992].", "MRG006")).Message);
        Assert.Empty(Findings("Najibullah stepped down when Yeltsin cut off the arms [@yeltsin-halts-arms-supply-1992].", "MRG006"));
    }

    [Fact]
    public void The_Moscow_trilateral_names_both_of_the_papers_Moscow_trilaterals_of_2016()
    {
        Assert.Single(Findings("The Moscow trilateral came a year after the US drone strike that killed Mansour.", "MRG006"));
        Assert.Empty(Findings("The Moscow trilateral came seven months after the US drone strike that killed Mansour.", "MRG006"));
    }

    [Fact]
    public void A_citation_closing_the_sentence_stays_the_anchors_when_the_subject_names_nothing() =>
        Assert.Empty(Findings("Taliban in Moscow a week after Trump called off the Camp David meeting [@camp-david-meeting-cancelled-2019].", "MRG006"));

    [Fact]
    public void A_phrase_numbered_otherwise_names_no_event_of_another_number() =>
        Assert.Empty(Findings("Russia–China–Pakistan trilateral, round 1 in Beijing, April 2013; seven months later round 2 in Islamabad.", "MRG006"));

    [Fact]
    public void The_subject_may_stand_before_a_distance_in_its_clause()
    {
        const string right = "The first Moscow Format meeting was held on 15 February 2017; the third round, with twelve countries, came two months later.";
        Assert.Empty(Findings(right, "MRG006"));
        const string wrong = "The first Moscow Format meeting was held on 15 February 2017; the third round, with twelve countries, came three months later.";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "three months later"), finding.Range);
        Assert.Equal("Counted from 15 February 2017, three months later is about 15 May 2017; the paper dates 'moscow-third-round-2017' to 14 April 2017", finding.Message);
    }

    [Fact]
    public void A_name_the_event_does_not_know_keeps_a_trimmed_phrase_from_naming_it() =>
        Assert.Empty(Findings("Ashraf Ghani was sworn in on 29 September 2014, with Abdullah Abdullah as chief executive; the Bilateral Security Agreement with Washington was signed the following day.", "MRG006"));

    [Fact]
    public void Years_after_a_year_count_by_the_calendar_exactly()
    {
        Assert.Empty(Findings("Najibullah's regime fell in 1992; two years later the Taliban movement emerged.", "MRG006"));
        Assert.Single(Findings("Najibullah's regime fell in 1992; three years later the Taliban movement emerged.", "MRG006"));
    }

    [Fact]
    public void A_meeting_of_a_few_days_is_counted_from_its_end()
    {
        Assert.Empty(Findings("The first overt US–Taliban talks took place in Doha on 21–22 January 2019. Two weeks later Moscow hosted the inclusive intra-Afghan meeting with Karzai and Abdullah.", "MRG006"));
        const string wrong = "The first overt US–Taliban talks took place in Doha on 21–22 January 2019. A month later Moscow hosted the inclusive intra-Afghan meeting with Karzai and Abdullah.";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal("Counted from 21–22 January 2019, a month later is about 22 February 2019; the paper dates 'moscow-intra-afghan-meeting-2019' to 5–6 February 2019", finding.Message);
    }

    [Fact]
    public void A_long_subject_is_named_by_its_last_words_up_to_nine_words_off()
    {
        // The subject's words run to "was": its first seven words are cut before "Rabbani's call to Moscow, where Pankin
        // blessed the idea…" names the meeting.
        const string note = "Rabbani's call to Moscow, where Pankin blessed the idea of a provisional Islamic government, was about three months before the hammer and sickle came down over the Kremlin.";
        Assert.Equal("The paper dates 'pankin-approves-transfer-of-power-1991' to November 1991 and 'soviet-flag-lowered-1991' to 25 December 1991: one month earlier than it, not about three months before",
            Assert.Single(Findings(note, "MRG006")).Message);
        Assert.Empty(Findings(note.Replace("three months", "a month"), "MRG006"));
    }

    [Fact]
    public void A_hedge_widens_a_distance_by_half_its_length_at_most()
    {
        // "About a month" is not the one week the paper gives; "about a week" is.
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019, named here “A Taliban delegation went to Moscow”) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019, named here “Trump called off the Camp David meeting”), not about a month after",
            Assert.Single(Findings("A Taliban delegation went to Moscow about a month after Trump called off the Camp David meeting.", "MRG006")).Message);
        Assert.Empty(Findings("A Taliban delegation went to Moscow about a week after Trump called off the Camp David meeting.", "MRG006"));
    }

    [Fact]
    public void Just_a_month_is_no_hedge() =>
        Assert.Single(Findings("The twelve-country round in Moscow [@moscow-third-round-2017] met just a month after the first Moscow Format session [@moscow-format-first-meeting-2017].", "MRG006"));

    [Fact]
    public void An_anniversary_is_counted_from_its_event()
    {
        Assert.Empty(Findings("Trump called off the Camp David meeting on 8 September 2019, days before the 18th anniversary of the 9/11 attacks.", "MRG006"));
        // The date inside the anniversary is no claim of the cited event either.
        Assert.Empty(Findings("Trump scrapped the Camp David plan [@camp-david-meeting-cancelled-2019] three days before the 18th anniversary of 9/11, after the Kabul attack."));
        var finding = Assert.Single(Findings("Trump called off the Camp David meeting on 8 September 2019, days after the 18th anniversary of the 9/11 attacks.", "MRG006"));
        Assert.Equal("This note's own dates put 8 September 2019 before the 18th anniversary of the 9/11 attacks, not after it", finding.Message);
        // An anniversary in words counts as one in digits.
        const string words = "Trump called off the Camp David meeting on 8 September 2019 [[camp-david-meeting-cancelled-2019]], a week before the eighteenth anniversary of 9/11.";
        Assert.Equal("Counted from the eighteenth anniversary of 9/11, a week before is about 4 September 2019; the paper dates 'camp-david-meeting-cancelled-2019' to 8 September 2019",
            Assert.Single(Findings(words, "MRG006")).Message);
        Assert.Empty(Findings(words.Replace("a week", "three days"), "MRG006"));
        Assert.Equal("The paper dates 'moscow-format-first-meeting-2017' to 15 February 2017 and 'soviet-withdrawal-1989' to 15 February 1989: twenty-eight years later than it, not the twenty-ninth anniversary",
            Assert.Single(Findings("The first Moscow Format meeting fell on the twenty-ninth anniversary of the Soviet withdrawal.", "MRG006")).Message);
        Assert.Empty(Findings("The first Moscow Format meeting fell on the twenty-eighth anniversary of the Soviet withdrawal.", "MRG006"));
    }

    [Fact]
    public void Predates_and_postdates_put_one_thing_before_or_after_another()
    {
        Assert.Empty(Findings("The first Moscow Format meeting [@moscow-format-first-meeting-2017] predates the third round [@moscow-third-round-2017].", "MRG006"));
        var finding = Assert.Single(Findings("The first Moscow Format meeting [@moscow-format-first-meeting-2017] postdates the third round [@moscow-third-round-2017].", "MRG006"));
        Assert.Equal("The paper puts 'moscow-format-first-meeting-2017' (15 February 2017) before 'moscow-third-round-2017' (14 April 2017), which \u201cpostdates\u201d denies", finding.Message);
    }

    [Fact]
    public void An_events_own_name_names_it_among_the_events_that_share_its_words()
    {
        // "the Soviet withdrawal": the war that ended in it and the frayed ties share its words; the knowledge names it.
        Assert.Empty(Findings("Najibullah resigned three years after the Soviet withdrawal.", "MRG006"));
        const string wrong = "Najibullah resigned two years after the Soviet withdrawal.";
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, "two years after"), finding.Range);
        Assert.Equal("The paper dates 'najibullah-resigns-1992' to 16 April 1992 and 'soviet-withdrawal-1989' to 15 February 1989: three years later than it, not two years after", finding.Message);
    }

    [Fact]
    public void A_phrase_two_events_of_one_date_fit_alike_names_that_date()
    {
        // Resolution 1267 and the sanctions it imposed are one day: either gives the verdict.
        Assert.Empty(Findings("Resolution 1267 was adopted about a year after the East African embassy bombings [@us-embassy-bombings-1998].", "MRG006"));
        const string wrong = "Resolution 1267 was adopted two years after the East African embassy bombings [@us-embassy-bombings-1998].";
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not two years after", Assert.Single(Findings(wrong, "MRG006")).Message);
    }

    [Fact]
    public void Inflections_and_re_words_name_what_they_say()
    {
        // "killing" is "killed"; "re-election" is not "elected" (Putin's first presidency).
        Assert.Equal("The paper puts 'embassy-rocket-attack-1992' (28 August 1992, named here \u201cThe rocket attack on the Russian embassy compound\u201d) after 'russians-killed-in-kabul-1992' (August 1992, named here \u201cthe killing of two Russians in Kabul\u201d), which \u201cpreceded\u201d denies", Assert.Single(Findings("The rocket attack on the Russian embassy compound preceded the killing of two Russians in Kabul.", "MRG006")).Message);
        Assert.Equal("The paper puts 'putin-reelected-2012' (2012, named here \u201cPutin's re-election\u201d) after 'bin-laden-killed-2011' (2 May 2011, named here \u201cthe Navy SEAL raid that killed Bin Laden in Pakistan\u201d), not before it", Assert.Single(Findings("Putin's re-election came before the Navy SEAL raid that killed Bin Laden in Pakistan.", "MRG006")).Message);
    }

    [Fact]
    public void A_full_year_is_a_year()
    {
        Assert.Empty(Findings("Mansour's killing came a good seven months before Russia's trilateral summit in Moscow.", "MRG006"));
        Assert.Equal("The paper dates 'mansour-killed-2016' to 21 May 2016 and 'moscow-trilateral-summit-2016' to 26 December 2016: seven months earlier than it, not a full year before",
            Assert.Single(Findings("Mansour's killing came a full year before Russia's trilateral summit in Moscow.", "MRG006")).Message);
    }

    [Fact]
    public void Another_of_the_subjects_kind_is_named_by_its_ordinal_or_its_place()
    {
        Assert.Empty(Findings("The second trilateral meeting, in Islamabad [@trilateral-second-meeting-2013], followed the first by seven months.", "MRG006"));
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013) seven months after 'trilateral-first-meeting-2013' (April 2013, named here \u201cthe first\u201d), not three months after",
            Assert.Single(Findings("The second trilateral meeting, in Islamabad [@trilateral-second-meeting-2013], followed the first by three months.", "MRG006")).Message);
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013, named here \u201cthe Islamabad round\u201d) seven months after 'trilateral-first-meeting-2013' (April 2013, named here \u201cthe Beijing one\u201d), not five months after",
            Assert.Single(Findings("Q: how far apart were the two 2013 trilateral meetings? A: the Islamabad round followed the Beijing one by five months.", "MRG006")).Message);
    }

    [Fact]
    public void The_event_the_paper_times_the_subject_by_is_named_as_loosely_as_a_cited_one()
    {
        // The paper: "the USSR disintegrated in the following three years" (after the withdrawal).
        Assert.Empty(Findings("The Soviet state broke up less than three years after the withdrawal from Afghanistan.", "MRG006"));
        Assert.Equal("The paper dates 'ussr-disintegrates-1991' to 1991 and 'soviet-withdrawal-1989' to 15 February 1989: two years later than it, not a year after",
            Assert.Single(Findings("The Soviet state broke up barely a year after the withdrawal from Afghanistan.", "MRG006")).Message);
    }

    [Fact]
    public void Words_cut_off_a_phrase_may_not_number_it_otherwise()
    {
        // "the first Moscow Format round" is no third round, even read from its last words.
        Assert.Empty(Findings("- the first Moscow Format round came some seven weeks after the December summit with China and Pakistan", "MRG006"));
    }

    [Fact]
    public void A_name_of_the_event_says_what_happened_by_itself()
    {
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019, named here \u201ca Taliban delegation turned up in Moscow seeking regional support\u201d) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019, named here \u201cthe Camp David plan collapsed\u201d), not a month after",
            Assert.Single(Findings("A month after the Camp David plan collapsed, a Taliban delegation turned up in Moscow seeking regional support.", "MRG006")).Message);
        Assert.Equal("The paper puts 'moscow-format-first-meeting-2017' (15 February 2017, named here \u201cThe first Moscow Format session\u201d) after 'moscow-trilateral-summit-2016' (26 December 2016, named here \u201cthe Russia–China–Pakistan summit in Moscow\u201d), which \u201cpreceded\u201d denies",
            Assert.Single(Findings("The first Moscow Format session preceded the Russia–China–Pakistan summit in Moscow.", "MRG006")).Message);
    }

    [Fact]
    public void A_cited_side_whose_words_name_another_event_is_denied_only_for_both()
    {
        // The words say the cancellation (8 September), the citation the plan (June–August): one week after the first holds.
        Assert.Empty(Findings("A Taliban delegation arrived in Moscow one week after Trump called off his Camp David meeting [[camp-david-meeting-planned-2019]].", "MRG006"));
        Assert.Single(Findings("A Taliban delegation arrived in Moscow a year after Trump called off his Camp David meeting [[camp-david-meeting-planned-2019]].", "MRG006"));
    }

    [Fact]
    public void Holding_out_some_time_after_something_is_the_spans_end()
    {
        Assert.Empty(Findings("Najibullah held out for more than three years after the Soviet pull-out [@najibullah-regime-survives-1992].", "MRG006"));
        Assert.Equal("The paper dates 'najibullah-regime-survives-1992' to 1992 and 'soviet-withdrawal-1989' to 15 February 1989: three years later than it, not about a year after",
            Assert.Single(Findings("Najibullah held out for only about a year after the Soviet pull-out [@najibullah-regime-survives-1992].", "MRG006")).Message);
    }

    [Fact]
    public void A_distance_after_them_is_the_distance_of_the_statement_before_it()
    {
        Assert.Empty(Findings("UNSC Res. 1267 [@unsc-resolution-1267-1999] was adopted in the wake of the embassy bombings in East Africa, about a year after them.", "MRG006"));
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not two months after",
            Assert.Single(Findings("UNSC Res. 1267 [@unsc-resolution-1267-1999] was adopted in the wake of the embassy bombings in East Africa, barely two months after them.", "MRG006")).Message);
    }

    [Fact]
    public void Getting_under_way_is_a_spans_start()
    {
        // The summer rounds "got under way" at the start of the paper's June–August 2019.
        Assert.Equal("The paper puts 'camp-david-meeting-cancelled-2019' (8 September 2019, named here \u201cThe Camp David plan fell apart\u201d) after 'us-taliban-talks-summer-2019' (June 2019, named here \u201cthe summer rounds of US–Taliban talks got under way\u201d), not before it",
            Assert.Single(Findings("The Camp David plan fell apart before the summer rounds of US–Taliban talks got under way.", "MRG006")).Message);
    }

    [Fact]
    public void He_after_a_distance_points_back_to_someone_the_named_event_may_not_have()
    {
        // Mojaddedi's handover to Rabbani is not Pankin's approval of a transfer of power (November 1991).
        Assert.Empty(Findings("Sibghatullah Mojaddedi was sworn in as interim president on 28 April 1992; two months later he handed power to Burhanuddin Rabbani."));
    }

    [Fact]
    public void Two_months_to_the_day_after_is_two_months_after()
    {
        // Not "the day after": Yeltsin died on 23 April 2007, two months to the day after the embassy reopened.
        Assert.Empty(Findings("Boris Yeltsin died on 23 April 2007, two months to the day after Russia formally reopened its embassy in Kabul.", "MRG006"));
        Assert.Single(Findings("Boris Yeltsin died on 23 April 2007, three months to the day after Russia formally reopened its embassy in Kabul.", "MRG006"));
    }
    [Fact]
    public void Two_hyphens_between_spaces_set_a_clause_apart_as_a_dash_does()
    {
        // The members' announcement is what came three months later, not the plan it is counted from.
        Assert.Empty(Findings("Peace plan endorsed in June 2010 -- three months later the HPC members were announced.", "MRG006"));
        var finding = Assert.Single(Findings("Peace plan endorsed in June 2010 -- seven months later the HPC members were announced.", "MRG006"));
        Assert.Equal("Counted from June 2010, seven months later is January 2011; the paper dates 'high-peace-council-members-2010' to 28 September 2010", finding.Message);
    }

    [Fact]
    public void A_distance_from_an_anniversary_counts_from_the_anniversary_not_from_a_wikilink_closing_the_sentence()
    {
        // "[[…]]" closes the sentence as "[@…]" does: the citation is the subject's, the anchor 11 September 2019.
        Assert.Empty(Findings("Trump called off the Camp David meeting on 8 September 2019, three days before the 18th anniversary of 9/11 [[camp-david-meeting-cancelled-2019]].", "MRG006"));
        var finding = Assert.Single(Findings("Trump called off the Camp David meeting on 8 October 2019, three weeks after the 18th anniversary of 9/11 [[camp-david-meeting-cancelled-2019]].", "MRG006"));
        Assert.Equal("Counted from the 18th anniversary of 9/11, three weeks after is about 2 October 2019; the paper dates 'camp-david-meeting-cancelled-2019' to 8 September 2019", finding.Message);
    }
    [Fact]
    public void A_distance_opening_the_clause_after_a_dash_is_said_of_what_comes_before_the_dash()
    {
        var finding = Assert.Single(Findings("Third round in Moscow on 14 April 2017 [@moscow-third-round-2017] — six months after the first Moscow Format meeting.", "MRG006"));
        Assert.Equal("The paper dates 'moscow-third-round-2017' to 14 April 2017 and 'moscow-format-first-meeting-2017' to 15 February 2017: two months later than it, "
            + "not six months after", finding.Message);
        Assert.Empty(Findings("Third round in Moscow on 14 April 2017 [@moscow-third-round-2017] — two months after the first Moscow Format meeting.", "MRG006"));
        // A verb without its subject after the dash is said of the words before it too.
        Assert.Single(Findings("Fifth QCG meeting, Islamabad, 18 May 2016 [[qcg-fifth-meeting-2016]] — held three days after Mansour's death.", "MRG006"));
        Assert.Empty(Findings("Fifth QCG meeting, Islamabad, 18 May 2016 [[qcg-fifth-meeting-2016]] — held three days before Mansour's death.", "MRG006"));
        // "Half a year" is six months, not a year.
        Assert.Empty(Findings("Moscow Format with the Taliban at the table: 9 November 2018 [@moscow-format-talks-2018] — half a year after Putin began his fourth term [@putin-fourth-term-2018].", "MRG006"));
        // A semicolon is no dash: the clause after it heads a statement of its own.
        Assert.Empty(Findings("Putin became Russia's president in 2000; after 9/11 he was the first to phone Bush.", "MRG006"));
    }
    [Fact]
    public void A_date_closing_a_clause_that_and_joins_to_the_next_is_not_the_next_clauses()
    {
        // (A blind note's right sentence: the phone call, not the presidency of 2000, came after 9/11.)
        Assert.Empty(Findings("Putin became president of Russia in 2000 and, within a year and a half, was the first to phone Bush after 9/11.", "MRG006"));
        // A date of the joined clause's own is still held against the connector.
        var finding = Assert.Single(Findings("Putin became president of Russia in 2000 and, in March 2000, was the first to phone Bush after 9/11.", "MRG006"));
        Assert.Equal("This note's own dates put March 2000 before 9/11, not after it", finding.Message);
    }
    [Fact]
    public void A_numbered_resolution_is_named_by_its_number()
    {
        var finding = Assert.Single(Findings("Resolution 1267 came two years after the Nairobi and Dar es Salaam bombings.", "MRG006"));
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not two years after", finding.Message);
        Assert.Empty(Findings("Resolution 1267 came a year after the Nairobi and Dar es Salaam bombings.", "MRG006"));
        // Another number is another resolution.
        Assert.Empty(Findings("Resolution 1386 came two years after the Nairobi and Dar es Salaam bombings.", "MRG006"));
    }
    [Fact]
    public void N_years_on_from_something_is_n_years_after_it()
    {
        var finding = Assert.Single(Findings("Russia reopened the Kabul embassy on 23 February 2007 @russian-embassy-reopens-2007, twenty years on from the Soviet withdrawal.", "MRG006"));
        Assert.Equal("The paper dates 'russian-embassy-reopens-2007' to 23 February 2007 and 'soviet-withdrawal-1989' to 15 February 1989: eighteen years later than it, "
            + "not twenty years on from", finding.Message);
        Assert.Empty(Findings("Russia reopened the Kabul embassy on 23 February 2007 @russian-embassy-reopens-2007, eighteen years on from the Soviet withdrawal.", "MRG006"));
    }
    [Fact]
    public void Within_a_span_of_something_is_no_later_than_the_span_after_it()
    {
        var finding = Assert.Single(Findings("The USSR disintegrated within a year of the withdrawal [@soviet-withdrawal-1989].", "MRG006"));
        Assert.Equal("The paper dates 'ussr-disintegrates-1991' to 1991 and 'soviet-withdrawal-1989' to 15 February 1989: two years later than it, not within a year", finding.Message);
        Assert.Empty(Findings("The USSR disintegrated within three years of the withdrawal [@soviet-withdrawal-1989].", "MRG006"));
        Assert.Empty(Findings("IS declared its presence in Afghanistan within a month of the combat troops' departure [[islamic-state-in-afghanistan-2015]].", "MRG006"));
    }
    [Fact]
    public void Within_a_span_heading_a_clause_is_no_later_than_the_span_after_the_date_before_it()
    {
        Assert.Equal("Counted from 1994, within a year is no later than 1995; the paper dates 'taliban-control-afghanistan-1996' to 27 September 1996",
            Assert.Single(Findings("The Taliban movement formed in 1994. Within a year it held most of Afghanistan's territory.", "MRG006")).Message);
        Assert.Empty(Findings("The Taliban movement formed in 1994. Within three years it held most of Afghanistan's territory.", "MRG006"));
        Assert.Equal("Counted from 24 October 2014, within days is no later than 7 November 2014; the paper dates 'foreign-troop-withdrawal-completed-2014' to 28 December 2014",
            Assert.Single(Findings("Putin spoke against the West on 24 October 2014. Within days, the phased withdrawal of foreign combat troops from Afghanistan was complete.", "MRG006")).Message);
        Assert.Empty(Findings("Trump called off the Camp David meeting on 8 September 2019. Within two weeks a Taliban delegation visited Moscow.", "MRG006"));
    }

    [Fact]
    public void A_little_under_a_length_is_short_of_it()
    {
        Assert.Empty(Findings("The embassy reopening came a little under two years after the SCO's Astana statement demanding a deadline for US bases in Central Asia.", "MRG006"));
        Assert.Equal("The paper dates 'russian-embassy-reopens-2007' to 23 February 2007 and 'sco-summit-2005' to 5 July 2005: twenty months later than it, not a little under a year after",
            Assert.Single(Findings("The embassy reopening came a little under a year after the SCO's Astana statement demanding a deadline for US bases in Central Asia.", "MRG006")).Message);
    }

    [Fact]
    public void Words_the_events_own_title_orders_it_by_restate_that_event()
    {
        // The cancellation is "Trump calls off the Camp David meeting after an attack in Kabul": "after the Kabul attack" names no other event.
        Assert.Empty(Findings("Trump calls off the secret Camp David meeting with Ghani's people and the Taliban after the Kabul attack: 8 Sept 2019."));
        Assert.Equal("The paper puts 'camp-david-meeting-planned-2019' (June–August 2019, named here \u201cTrump calls off the secret Camp David meeting with Ghani's people and the Taliban\u201d) or 'camp-david-meeting-cancelled-2019' (8 September 2019) before 'doha-talks-resume-2019' (7 December 2019, named here \u201cthe resumption of the Doha talks\u201d), not after it",
            Assert.Single(Findings("Trump calls off the secret Camp David meeting with Ghani's people and the Taliban after the resumption of the Doha talks.")).Message);
    }

    [Fact]
    public void A_text_a_fact_checker_quotes_says_what_follows()
    {
        // "Draft" is no word of the Arab Spring's: before, it left the subject's words too loosely tied to name it.
        Assert.Equal("The paper puts 'arab-spring-2011' (2011, named here \u201cthe Arab Spring upheavals\u201d) before 'putin-reelected-2012' (2012, named here \u201cPutin's re-election\u201d), which \u201cfollowed\u201d denies",
            Assert.Single(Findings("Draft says the Arab Spring upheavals followed Putin's re-election.", "MRG006")).Message);
        Assert.Empty(Findings("Draft says the Arab Spring upheavals preceded Putin's re-election.", "MRG006"));
    }

    [Fact]
    public void The_papers_account_a_note_reports_frames_what_follows()
    {
        // "On the paper's account" names no side: the USSR's break-up is the subject, and the withdrawal the USSR's own.
        Assert.Equal("The paper dates 'ussr-disintegrates-1991' to 1991 and 'soviet-withdrawal-1989' to 15 February 1989: two years later than it, not within a year",
            Assert.Single(Findings("On the paper's account the USSR disintegrated within a year of the withdrawal, the war having crippled its economy.", "MRG006")).Message);
        Assert.Empty(Findings("On the paper's account the USSR disintegrated within three years of the withdrawal, the war having crippled its economy.", "MRG006"));
        // "came apart" names the break-up as "disintegrated" does.
        Assert.Equal("The paper dates 'ussr-disintegrates-1991' to 1991 and 'soviet-withdrawal-1989' to 15 February 1989: two years later than it, not within a year",
            Assert.Single(Findings("The USSR came apart within a year of the withdrawal, and the war had a lot to do with it.", "MRG006")).Message);
        Assert.Empty(Findings("The USSR came apart within three years of the withdrawal, and the war had a lot to do with it.", "MRG006"));
    }

    [Fact]
    public void Outlasting_something_by_a_span_puts_the_end_of_the_subject_that_far_after_it()
    {
        var finding = Assert.Single(Findings("Najibullah outlasted the Soviet withdrawal by more than five years [@najibullah-regime-survives-1992].", "MRG006"));
        Assert.Equal("The paper dates 'najibullah-regime-survives-1992' to 1992 and 'soviet-withdrawal-1989' to 15 February 1989: three years later than it, not more than five years after", finding.Message);
        Assert.Empty(Findings("Najibullah outlasted the Soviet withdrawal by more than three years [@najibullah-regime-survives-1992].", "MRG006"));
        // The citation after the distance is the subject's in "followed … by" too: it is cited, not named.
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013) seven months after 'trilateral-first-meeting-2013' (April 2013, named here “the first”), not three months after",
            Assert.Single(Findings("The second trilateral round followed the first by three months [@trilateral-second-meeting-2013].", "MRG006")).Message);
    }
    [Fact]
    public void A_relative_date_heading_a_timelines_list_item_or_table_row_or_in_an_entry_after_a_dated_one_counts_from_the_one_before()
    {
        const string list = "- 28 May 2019: centenary event at the foreign ministry\n- two days later: second round of intra-Afghan talks in Moscow\n";
        var finding = Assert.Single(Findings(list, "MRG006"));
        Assert.Equal("The paper puts 'intra-afghan-talks-moscow-2019' (29 May 2019) one day after 'russia-afghanistan-centenary-2019' (28 May 2019), not two days later", finding.Message);
        Assert.Equal(RangeOf(list, "two days later"), finding.Range);
        Assert.Empty(Findings(list.Replace("two days later", "the next day"), "MRG006"));
        Assert.Single(Findings("| when | what |\n| --- | --- |\n| 28 May 2019 | centenary event |\n| two days later | second round of intra-Afghan talks in Moscow |\n", "MRG006"));
        // Not across paragraphs: what it counts from is not sure.
        Assert.Empty(Findings("28 May 2019: centenary event at the foreign ministry.\n\nTwo days later: second round of intra-Afghan talks in Moscow.\n", "MRG006"));
        // From inside an item only when the item before is a timeline's entry, opening with its date.
        const string entries = "- 13 July 2011: first 650 US soldiers leave Afghanistan.\n- The withdrawal of foreign combat troops was completed two years later.\n";
        Assert.Equal("Counted from 13 July 2011, two years later is about 13 July 2013; the paper dates 'foreign-troop-withdrawal-completed-2014' to 28 December 2014",
            Assert.Single(Findings(entries, "MRG006")).Message);
        Assert.Empty(Findings(entries.Replace("two years later", "three and a half years later"), "MRG006"));
        Assert.Empty(Findings("- The first 650 US soldiers left Afghanistan on 13 July 2011.\n- The withdrawal of foreign combat troops was completed two years later.\n", "MRG006"));
    }
    [Fact]
    public void A_relative_date_and_the_date_set_beside_it_must_agree()
    {
        const string note = "The Kabul embassy was evacuated in 1992 after it was set on fire. It reopened twenty years later, in February 2007.";
        var finding = Assert.Single(Findings(note, "MRG006"));
        Assert.Equal("Counted from 1992, twenty years later is 2012, not February 2007", finding.Message);
        Assert.Equal(RangeOf(note, "twenty years later"), finding.Range);
        Assert.Empty(Findings(note.Replace("twenty", "fifteen"), "MRG006"));
        // (Not a day whose year is the relative date's own: "three years later, on 27 September" is of 1997 by those words,
        // and the relative date is held against the event its sentence names.)
        Assert.Equal("Counted from 1994, three years later is 1997; the paper dates 'taliban-control-afghanistan-1996' to 27 September 1996",
            Assert.Single(Findings("Taliban formed in 1994; three years later, on 27 September, they controlled most of the country.", "MRG006")).Message);
    }

    [Fact]
    public void The_previous_or_following_month_is_the_calendars_month()
    {
        var finding = Assert.Single(Findings("On 28 August 1992 rockets hit the Russian compound [@embassy-rocket-attack-1992]; the previous month two Russians had been killed in Kabul [@russians-killed-in-kabul-1992].", "MRG006"));
        Assert.Equal("Counted from 28 August 1992, the previous month is July 1992; the paper dates 'russians-killed-in-kabul-1992' to August 1992", finding.Message);
        Assert.Empty(Findings("On 28 August 1992 rockets hit the Russian compound [@embassy-rocket-attack-1992]; earlier that month two Russians had been killed in Kabul [@russians-killed-in-kabul-1992].", "MRG006"));
    }

    [Fact]
    public void A_side_timed_by_that_month_is_the_event_its_words_name()
    {
        Assert.Equal("The paper puts 'embassy-rocket-attack-1992' (28 August 1992) after 'russians-killed-in-kabul-1992' (August 1992, named here “the killing of two Russians in Kabul that month”), which “preceded” denies",
            Assert.Single(Findings("The rocket strike on the embassy compound, 28 Aug 1992 [[embassy-rocket-attack-1992]], preceded the killing of two Russians in Kabul that month.", "MRG006")).Message);
    }
    [Fact]
    public void Long_discursive_sentences_relate_what_their_words_relate()
    {
        // "twenty-eight years to the day after" is no "day after"; a wrong count still is one.
        const string anniversary = "The first Moscow Format meeting, on 15 February 2017, brought Afghanistan, China, Pakistan, Iran and India to the table with Russia, twenty-eight years to the day after the last Soviet soldier left.";
        Assert.Empty(Findings(anniversary, "MRG006"));
        Assert.Equal("Counted from 'soviet-withdrawal-1989' (15 February 1989, named here “the last Soviet soldier left”), twenty-six years to the day after is about 15 February 2015, not 15 February 2017",
            Assert.Single(Findings(anniversary.Replace("twenty-eight", "twenty-six"), "MRG006")).Message);
        Assert.Empty(Findings("Gorbachev called Afghanistan a \"bleeding wound\" in February 1986, three years almost to the day before the last soldier came home on 15 February 1989.", "MRG006"));
        // "followed in September" says when, not after what.
        Assert.Empty(Findings("In August 1999 Basayev and Khattab crossed into Dagestan, the apartment bombings followed in September, and the second Chechen war was already under way by the time the Security Council voted for Resolution 1267 in October 1999.", "MRG006"));
        // A distance set after a date by commas times that date, not what follows.
        Assert.Empty(Findings("The Kabul Conference of 20 July 2010, some six weeks after the peace jirga endorsed the reconciliation plan, backed Karzai's aim of Afghan forces leading security everywhere by the end of 2014.", "MRG006"));
        // "The next day" is said of the signing, not of what the next distance relates.
        Assert.Empty(Findings("Ashraf Ghani was inaugurated on 29 September 2014 and signed the Bilateral Security Agreement with Washington the next day, three months before the combat mission ended.", "MRG006"));
        // Not a date in an aside between dashes.
        Assert.Empty(Findings("Obama announced the drawdown on 22 June 2011 — 10,000 troops home by the end of the year, the rest of the surge by the following summer — three weeks before the first 650 left.", "MRG006"));
        // An anchor's words end where "and" opens another phrase; a citation may stand between a date and the distance that times it.
        Assert.Empty(Findings("The troops went in during late December 1979 [@soviet-intervention-1979], less than three months after Taraki's murder and in the teeth of the Politburo's own refusals of the previous March, when Herat rose.", "MRG006"));
        // "His men" are the men of the person named before, not of an event he has no part in.
        Assert.Empty(Findings("In April 1996 Mullah Omar took the cloak of the Prophet from its shrine in Kandahar, five months before his men entered Kabul.", "MRG006"));
        // Two dates of the note years the wrong way round are two things misread as one order.
        Assert.Empty(Findings("Najibullah's \"national reconciliation\", proclaimed in January 1987 with a ceasefire offer the mujahideen simply ignored, is the forgotten ancestor of the reconciliation Karzai announced after his re-election in August 2009.", "MRG006"));
        Assert.Single(Findings("Moscow reopened its embassy on 23 February 2007, before the SCO summit of 5 July 2005.", "MRG006"));
    }
    [Fact]
    public void An_ordinal_in_figures_and_a_delegations_envoys_name_their_events()
    {
        Assert.Equal("The paper dates 'islamic-state-in-afghanistan-2015' to January 2015 and 'sco-summit-2015' to 9–10 July 2015: five months earlier than it, not a month after",
            Assert.Single(Findings("IS declared its Afghan branch [@islamic-state-in-afghanistan-2015] a month after the 15th SCO summit.", "MRG006")).Message);
        Assert.Empty(Findings("IS declared its Afghan branch [@islamic-state-in-afghanistan-2015] six months before the 15th SCO summit.", "MRG006"));
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019, named here “Taliban envoys were in Moscow”) one week after "
            + "'camp-david-meeting-cancelled-2019' (8 September 2019, named here “Camp David collapsed”), not two weeks after",
            Assert.Single(Findings("Two weeks after Camp David collapsed, Taliban envoys were in Moscow.", "MRG006")).Message);
    }
    [Fact]
    public void Months_counted_from_a_whole_month_land_in_a_whole_month()
    {
        const string text = "Rabbani came to Moscow in November 1991 [@rabbani-called-to-moscow-1991]. Two months later the Soviet flag was lowered for the last time [@soviet-flag-lowered-1991].";
        Assert.Equal("Counted from November 1991, two months later is January 1992; the paper dates 'soviet-flag-lowered-1991' to 25 December 1991",
            Assert.Single(Findings(text, "MRG006")).Message);
        Assert.Empty(Findings(text.Replace("Two months later", "About two months later"), "MRG006"));
        Assert.Empty(Findings(text.Replace("Two months later", "A month later"), "MRG006"));
        // A year or more of months reaches the day before that month too: from September 2018, 18 months is 29 February
        // 2020 as well as March 2020 (17 months and 29 days from 30 September).
        const string longer = "The Doha signing of 29 February 2020 came 18 months after the peace talks had begun in September 2018.";
        Assert.Empty(Findings(longer, "MRG006"));
        Assert.Equal("Counted from September 2018, 20 months after is May 2020, not 29 February 2020",
            Assert.Single(Findings(longer.Replace("18 months", "20 months"), "MRG006")).Message);
    }
    [Fact]
    public void Putin_winning_back_the_presidency_is_his_re_election_of_2012()
    {
        Assert.Equal("The paper puts 'bin-laden-killed-2011' (2 May 2011, named here “Osama Bin Laden was killed in Pakistan”) before 'putin-reelected-2012' (2012, named here “Putin had won back the presidency”), not after it",
            Assert.Single(Findings("Osama Bin Laden was killed in Pakistan after Putin had won back the presidency.", "MRG006")).Message);
        Assert.Empty(Findings("Osama Bin Laden was killed in Pakistan before Putin had won back the presidency.", "MRG006"));
    }

    [Fact]
    public void A_word_made_an_adjective_is_not_the_word_it_is_made_from()
    {
        // "formally" is not "formed": the Islamic State's declaration is no reading of the QCG's formation (January 2016).
        Assert.Equal("The paper dates 'islamic-state-in-afghanistan-2015' to January 2015 and 'foreign-troop-withdrawal-completed-2014' to 28 December 2014: one month later than it, not a year after",
            Assert.Single(Findings("IS formally declared itself in Afghanistan a year after the combat troop withdrawal was completed.", "MRG006")).Message);
        Assert.Empty(Findings("IS formally declared itself in Afghanistan days after the combat troop withdrawal was completed.", "MRG006"));
    }

    [Fact]
    public void A_key_term_no_other_event_has_names_its_event_with_the_verb_of_its_happening()
    {
        Assert.Equal("Counted from 9/11, six months after is about 11 March 2002; the paper dates 'manas-airbase-2001' to December 2001",
            Assert.Single(Findings("Manas opened six months after 9/11, the first American base of its kind in Central Asia.", "MRG006")).Message);
        Assert.Empty(Findings("Manas opened three months after 9/11, the first American base of its kind in Central Asia.", "MRG006"));
        // A bare noun names nothing: "independence" is no event of 1991.
        Assert.Empty(Findings("Soviet Russia and Afghanistan signed a treaty of friendship in Moscow on 28 February 1921, one of Afghanistan's first treaties after independence.", "MRG006"));
    }
    [Fact]
    public void A_distance_far_shorter_than_the_years_between_two_things_is_a_misreading_not_a_slip()
    {
        // "the last US troops left Afghanistan" reads as the Soviet withdrawal: a year is no slip for thirty-three.
        Assert.Empty(Findings("Gorbachev died on 30 August 2022, a year to the day after the last US troops left Afghanistan.", "MRG006"));
        Assert.Empty(Findings("Yeltsin died on 23 April 2007, two months to the day after the embassy he had let close in 1992 was formally reopened.", "MRG006"));
        // Ten years for fifteen is a slip, and checked.
        Assert.Single(Findings("It took Russia ten years to reopen the Kabul embassy after the 1992 evacuation.", "MRG006"));
        // "the troops moved in" reads as the move into Iraq of 2003: a fortnight is no slip for 24 years.
        Assert.Empty(Findings("The fateful decision was taken by a small circle of the Politburo on 12 December 1979, about a fortnight before the troops moved in.", "MRG006"));
        // Weeks said of two things days apart are checked.
        Assert.Single(Findings("Mansour was killed on 21 May 2016 [@mansour-killed-2016], two weeks after the fifth QCG meeting [@qcg-fifth-meeting-2016].", "MRG006"));
    }
    [Fact]
    public void One_citation_is_not_both_sides_when_one_sides_words_name_another_event()
    {
        const string text = "The second trilateral meeting, in Islamabad, followed the Beijing one by five months [[trilateral-first-meeting-2013]].";
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013, named here “The second trilateral meeting, in Islamabad”) seven months after 'trilateral-first-meeting-2013' (April 2013, named here “the Beijing one”), not five months after",
            Assert.Single(Findings(text, "MRG006")).Message);
        Assert.Empty(Findings(text.Replace("five months", "seven months"), "MRG006"));
    }
    [Fact]
    public void A_citation_closing_a_distance_is_not_read_into_the_anchors_words()
    {
        // The citation after "by seven months" is the subject's: "the Beijing meeting" is the first meeting, by its name, not
        // the cited second one read leniently from "meeting".
        const string text = "The Islamabad meeting followed the Beijing meeting by seven months [@trilateral-second-meeting-2013].";
        Assert.Empty(Findings(text, "MRG006"));
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013) seven months after 'trilateral-first-meeting-2013' (April 2013, named here “the Beijing meeting”), not three months after",
            Assert.Single(Findings(text.Replace("seven months", "three months"), "MRG006")).Message);
    }
    [Fact]
    public void A_cut_off_of_arms_deliveries_is_Yeltsin_s_halt()
    {
        const string text = "The cut-off of arms deliveries to Kabul took effect before the Soviet flag was lowered [@soviet-flag-lowered-1991].";
        Assert.Equal("The paper puts 'yeltsin-halts-arms-supply-1992' (1 January 1992, named here “The cut-off of arms deliveries to Kabul”) after 'soviet-flag-lowered-1991' (25 December 1991), not before it",
            Assert.Single(Findings(text, "MRG006")).Message);
        Assert.Empty(Findings(text.Replace("before", "after", StringComparison.Ordinal), "MRG006"));
    }
    [Fact]
    public void A_distance_after_a_labels_colon_times_the_labels_thing()
    {
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013, named here “Islamabad trilateral”) seven months after 'trilateral-first-meeting-2013' (April 2013, named here “Beijing”), not five months after",
            Assert.Single(Findings("- Islamabad trilateral: five months after Beijing.", "MRG006")).Message);
        Assert.Empty(Findings("- Islamabad trilateral: seven months after Beijing.", "MRG006"));
    }
    [Fact]
    public void It_took_so_long_to_do_something_after_something_else_is_a_distance()
    {
        Assert.Equal("Counted from 1992, ten years after is 2002; the paper dates 'russian-embassy-reopens-2007' to 23 February 2007",
            Assert.Single(Findings("It took Russia ten years to reopen the Kabul embassy after the 1992 evacuation.", "MRG006")).Message);
        Assert.Empty(Findings("It took Russia fifteen years to reopen the Kabul embassy after the 1992 evacuation.", "MRG006"));
    }
    [Fact]
    public void A_date_counted_from_an_event_names_the_event_the_paper_times_by_it()
    {
        Assert.Equal("Counted from 'camp-david-meeting-cancelled-2019' (8 September 2019, named here “the US-Taliban meeting collapsed”), a week after is about 15 September 2019, not mid-October 2019; the paper dates 'taliban-delegation-visits-moscow-2019' to mid-September 2019",
            Assert.Single(Findings("A Taliban delegation went to Moscow in mid-October 2019, a week after the US-Taliban meeting collapsed.", "MRG006")).Message);
    }

    [Fact]
    public void After_heading_a_clause_joined_by_and_is_not_said_of_the_date_before()
    {
        Assert.Empty(Findings("Putin came to power around 2000 and, after 9/11, was the first to ring Bush with condolences.", "MRG006"));
        Assert.Single(Findings("In 2000, after 9/11, Putin was the first to ring Bush with condolences.", "MRG006"));
    }
    [Fact]
    public void Weeks_are_counted_to_the_nearest_week()
    {
        Assert.Empty(Findings("Ayman al-Zawahiri was named al-Qaeda's leader on 16 June 2011, six weeks after Bin Laden's death.", "MRG006"));
        Assert.Single(Findings("Ayman al-Zawahiri was named al-Qaeda's leader on 16 June 2011, five weeks after Bin Laden's death.", "MRG006"));
    }
    [Fact]
    public void A_key_term_names_the_event_the_paper_times_the_other_sides_by()
    {
        Assert.Equal("The paper dates 'ussr-disintegrates-1991' to 1991 and 'soviet-withdrawal-1989' to 15 February 1989: two years later than it, not five years after",
            Assert.Single(Findings("The USSR fell apart @ussr-disintegrates-1991 five years after the withdrawal.", "MRG006")).Message);
        Assert.Empty(Findings("The USSR fell apart @ussr-disintegrates-1991 two years after the withdrawal.", "MRG006"));
        // An event's own names: Putin's coming to power is his becoming president.
        Assert.Equal("The paper dates 'putin-becomes-president-2000' to 2000 and 'ussr-disintegrates-1991' to 1991: nine years later than it, not five years after",
            Assert.Single(Findings("Putin came to power five years after the Soviet collapse.", "MRG006")).Message);
    }
    [Fact]
    public void Najibullahs_fall_and_the_Camp_David_fiasco_name_their_events()
    {
        Assert.Equal("The paper dates 'najibullah-resigns-1992' to 16 April 1992 and 'soviet-withdrawal-1989' to 15 February 1989: three years later than it, not less than a year after",
            Assert.Single(Findings("Najibullah's fall came less than a year after the Soviet pull-out.", "MRG006")).Message);
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019, named here “The Taliban delegation reached Moscow”) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019, named here “the Camp David fiasco”), not a month after",
            Assert.Single(Findings("The Taliban delegation reached Moscow a month after the Camp David fiasco.", "MRG006")).Message);
        // "Najibullah's exit" is his resignation.
        Assert.Equal("The paper dates 'embassy-rocket-attack-1992' to 28 August 1992 and 'najibullah-resigns-1992' to 16 April 1992: four months later than it, not four months before",
            Assert.Single(Findings("The rocket strike on the Russian compound preceded Najibullah's exit by four months.", "MRG006")).Message);
        Assert.Empty(Findings("The rocket strike on the Russian compound followed Najibullah's exit by four months."));
    }
    [Fact]
    public void One_citation_is_not_both_sides_when_one_sides_words_give_a_date()
    {
        Assert.Equal("The dates put 'unsc-resolution-1267-1999' (5 October 1999) before 9/11, which “in the wake of” denies",
            Assert.Single(Findings("Res. 1267, the first UN sanctions on the Taliban, came in the wake of 9/11 [@unsc-resolution-1267-1999].", "MRG006")).Message);
        Assert.Empty(Findings("The Moscow Format first met in the wake of the December 2016 summit [@moscow-format-first-meeting-2017].", "MRG006"));
    }
    [Fact]
    public void Followed_within_weeks_is_at_most_two_months_after()
    {
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not within weeks",
            Assert.Single(Findings("Resolution 1267 followed the East Africa embassy bombings within weeks, with Russia voting in favour.", "MRG006")).Message);
        // "Within months" is as loose as a writer may mean it: only the order is checked.
        Assert.Empty(Findings("Resolution 1267 followed the East Africa embassy bombings within months, with Russia voting in favour.", "MRG006"));
    }

    [Fact]
    public void One_or_two_years_are_counted_to_within_four_months()
    {
        // September 2018 to 29 February 2020 is a year and a half: not "two years", and the message says how long it was.
        Assert.Equal("The paper dates 'us-taliban-agreement-2020' to 29 February 2020 and 'us-taliban-talks-begin-2018' to September 2018: seventeen months later than it, not two years after",
            Assert.Single(Findings("The Doha deal was signed two years after US-Taliban talks began.", "MRG006")).Message);
        // Longer distances are counted to the nearest year: August 1992 to 23 February 2007 is the paper's "fifteen years".
        Assert.Empty(Findings("The reopening of the Kabul embassy came fifteen years after Moscow had closed its mission there.", "MRG006"));
    }

    [Fact]
    public void An_acronym_of_three_capitals_names_its_event()
    {
        // "QCG" is a word of the name: the last QCG meeting in Islamabad, not the trilateral's Islamabad meeting of 2013.
        Assert.Equal("The paper puts 'mansour-killed-2016' (21 May 2016) three days after 'qcg-fifth-meeting-2016' (18 May 2016, named here \u201cthe final QCG meeting in Islamabad\u201d), not a week after",
            Assert.Single(Findings("Mansour was killed by a US drone on 21 May 2016 [@mansour-killed-2016], a week after the final QCG meeting in Islamabad.", "MRG006")).Message);
        Assert.Empty(Findings("Mansour was killed by a US drone on 21 May 2016 [@mansour-killed-2016], three days after the final QCG meeting in Islamabad.", "MRG006"));
    }

    [Fact]
    public void A_distance_apart_leaves_the_order_to_the_dates()
    {
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not three years apart",
            Assert.Single(Findings("The East Africa embassy bombings and Resolution 1267 were three years apart.", "MRG006")).Message);
        Assert.Equal("The paper dates 'us-taliban-agreement-2020' to 29 February 2020 and 'doha-talks-2019' to 21–22 January 2019: one year later than it, not three months apart",
            Assert.Single(Findings("Only three months separated the first overt Doha talks [@doha-talks-2019] from the signing of the deal [@us-taliban-agreement-2020].", "MRG006")).Message);
        Assert.Empty(Findings("The East Africa embassy bombings and Resolution 1267 were about a year apart.", "MRG006"));
        Assert.Empty(Findings("Resolution 1267 and the East Africa embassy bombings were a year apart.", "MRG006"));
        Assert.Empty(Findings("Twelve weeks separated the resumption of talks in Doha on 7 December 2019 [@doha-talks-resume-2019] from the signing of the agreement [@us-taliban-agreement-2020].", "MRG006"));
        // Two spans are apart by their starts.
        Assert.Equal("The paper dates 'putin-fourth-term-2018' to 7 May 2018 and 'putin-third-term-2012' to 2012: six years later than it, not four years apart",
            Assert.Single(Findings("Putin's third and fourth terms were four years apart.", "MRG006")).Message);
        Assert.Empty(Findings("Putin's third and fourth terms began six years apart.", "MRG006"));
    }

    [Fact]
    public void Of_events_a_phrase_names_alike_the_month_it_gives_names_one()
    {
        Assert.Equal("The paper dates 'doha-framework-agreement-2019' to January 2019 and 'moscow-format-talks-2018' to 9 November 2018: two months later than it, not a year after",
            Assert.Single(Findings("The framework agreement in Doha [@doha-framework-agreement-2019] came a year after the November Moscow Format meeting.", "MRG006")).Message);
        Assert.Equal("The paper dates 'doha-framework-agreement-2019' to January 2019 and 'moscow-format-first-meeting-2017' to 15 February 2017: two years later than it, not a year after",
            Assert.Single(Findings("The framework agreement in Doha [@doha-framework-agreement-2019] came a year after the February Moscow Format meeting.", "MRG006")).Message);
        // Without the month the two meetings are named alike: the statement is held against each, and denied by both.
        Assert.Equal("The paper dates 'doha-framework-agreement-2019' to January 2019 and 'moscow-format-first-meeting-2017' to 15 February 2017: two years later than it, not a year after; "
                     + "the words may also name 'moscow-format-talks-2018' (9 November 2018): two months later than it",
            Assert.Single(Findings("The framework agreement in Doha [@doha-framework-agreement-2019] came a year after the Moscow Format meeting.", "MRG006")).Message);
        Assert.Empty(Findings("The framework agreement in Doha [@doha-framework-agreement-2019] came two years after the Moscow Format meeting.", "MRG006"));
    }

    [Fact]
    public void Events_are_named_as_notes_name_them()
    {
        Assert.Equal("The paper dates 'us-drawdown-begins-2011' to 13 July 2011 and 'bin-laden-killed-2011' to 2 May 2011: two months later than it, not a fortnight after",
            Assert.Single(Findings("The drawdown started a fortnight after bin Laden's death.", "MRG006")).Message);
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'taliban-oust-rabbani-1996' to 27 September 1996: three years later than it, not two years after",
            Assert.Single(Findings("Res. 1267 [@unsc-resolution-1267-1999] came two years after the Taliban took Kabul.", "MRG006")).Message);
        Assert.Equal("The paper dates 'karzai-interim-president-2001' to December 2001 and 'manas-airbase-2001' to December 2001: the same time as it, not a year after",
            Assert.Single(Findings("Karzai was installed as interim president in December 2001 [@karzai-interim-president-2001], a year after the Manas base opened.", "MRG006")).Message);
        // The month the paper dates it in names it with its kind ("summit"): the Moscow summit of 26 December 2016.
        Assert.Equal("The paper dates 'moscow-format-first-meeting-2017' to 15 February 2017 and 'moscow-trilateral-summit-2016' to 26 December 2016: two months later than it, not seven months after",
            Assert.Single(Findings("The first Moscow Format meeting came seven months after the December summit.", "MRG006")).Message);
        Assert.Empty(Findings("The first Moscow Format meeting came seven weeks after the December summit."));
        // So does the day, written without its year: "the 26 December summit"; another day names no summit.
        Assert.Equal("The paper dates 'moscow-format-first-meeting-2017' to 15 February 2017 and 'moscow-trilateral-summit-2016' to 26 December 2016: two months later than it, not a year after",
            Assert.Single(Findings("The first Moscow Format meeting came a year after the 26 December summit.", "MRG006")).Message);
        Assert.Empty(Findings("The first Moscow Format meeting came seven weeks after the 26 December summit."));
        Assert.Empty(Findings("The first Moscow Format meeting came a year after the 27 December summit."));
        // "2nd" is "second", as the event's title writes it.
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013, named here “2nd trilateral (Islamabad)”) seven months after 'trilateral-first-meeting-2013' (April 2013, named here “the first one in Beijing”), not five months after",
            Assert.Single(Findings("2nd trilateral (Islamabad) five months after the first one in Beijing.", "MRG006")).Message);
        Assert.Empty(Findings("2nd trilateral (Islamabad) seven months after the first one in Beijing."));
        // Putin's return to the presidency is his third term's start; the Taliban's grip on most of the country, their control of 1996.
        Assert.Equal("The paper dates 'trilateral-first-meeting-2013' to April 2013 and 'putin-third-term-2012' to 2012: one year later than it, not two years after",
            Assert.Single(Findings("The first trilateral meeting in Beijing followed Putin's return to the presidency by two years.", "MRG006")).Message);
        Assert.Empty(Findings("The first trilateral meeting in Beijing followed Putin's return to the presidency by a year."));
        Assert.Equal("The paper dates 'taliban-control-afghanistan-1996' to 27 September 1996 and 'taliban-formed-1994' to 1994: two years later than it, not three years after",
            Assert.Single(Findings("The Taliban's grip on most of the country came three years after the movement was founded.", "MRG006")).Message);
        Assert.Empty(Findings("The Taliban's grip on most of the country came two years after the movement was founded."));
        // A secret channel, coming to the presidency, a debut: names of the paper's events as notes write them.
        Assert.Equal("The dates put 'us-secret-talks-with-taliban-2018' (July 2018, named here “Washington only opened its secret channel to the Taliban”) before November 2018, not after it",
            Assert.Single(Findings("Washington only opened its secret channel to the Taliban after the November 2018 Moscow meeting.", "MRG006")).Message);
        Assert.Equal("Counted from 9/11, the year after is 2002; the paper dates 'putin-becomes-president-2000' to 2000",
            Assert.Single(Findings("Putin came to the presidency the year after the 9/11 attacks.", "MRG006")).Message);
        Assert.Equal("The paper puts 'moscow-format-introduced-2017' (2017, named here “The \"Moscow Format\" debuted”) after 'moscow-trilateral-summit-2016' (26 December 2016, named here “the December 2016 summit with China and Pakistan”), not before it",
            Assert.Single(Findings("The \"Moscow Format\" debuted before the December 2016 summit with China and Pakistan.", "MRG006")).Message);
    }

    [Fact]
    public void Then_puts_the_second_of_two_named_events_after_the_first()
    {
        Assert.Equal("The paper puts 'sco-summit-2005' (5 July 2005, named here “the SCO summit asks the US for a deadline to leave its Central Asian bases”) before 'russian-embassy-reopens-2007' (23 February 2007, named here “Russia reopens its Kabul embassy”), which “then” denies",
            Assert.Single(Findings("Sequence, as I read it: Russia reopens its Kabul embassy, then the SCO summit asks the US for a deadline to leave its Central Asian bases.", "MRG006")).Message);
        Assert.Empty(Findings("Sequence, as I read it: the SCO summit asks the US for a deadline to leave its Central Asian bases, then Russia reopens its Kabul embassy."));
        // "Only after that" says it as "then" does.
        Assert.Equal("The paper puts 'bin-laden-killed-2011' (2 May 2011, named here “the SEALs get Bin Laden”) before 'us-drawdown-begins-2011' (13 July 2011, named here “the first 650 US troops went home”), which “only after that did” denies",
            Assert.Single(Findings("Mark the order: the first 650 US troops went home, and only after that did the SEALs get Bin Laden.", "MRG006")).Message);
        Assert.Empty(Findings("Mark the order: the SEALs got Bin Laden, and only after that did the first 650 US troops go home."));
        // A date of either side is a claim of its own, no side of a sequence: the re-election's wrong month is reported as such.
        Assert.Equal("MRG003 The paper dates 'karzai-reelected-2009' (Hamid Karzai is elected a second time) to August 2009 (000_bf09360ec50d0df5.txt, line 201); this note says Sept 2009, one month later. The sentence was read as about it from the words 'elected', 'second', 'time' and Hamid Karzai; cite the event to make the check certain",
            Assert.Single(Findings("Karzai elected a second time in Sept 2009, then announces he's ready to reconcile with the Taliban.")) is var f ? $"{f.Code} {f.Message}" : "");
    }

    [Fact]
    public void What_came_first_comes_before_what_followed_it()
    {
        Assert.Equal("The paper puts 'russia-afghanistan-centenary-2019' (28 May 2019, named here “the centenary reception”) one day before 'intra-afghan-talks-moscow-2019' (29 May 2019, named here “The second round of intra-Afghan talks”), which “followed” denies",
            Assert.Single(Findings("The second round of intra-Afghan talks came first; the centenary reception followed.", "MRG006")).Message);
        Assert.Empty(Findings("The centenary reception came first, and the second round of intra-Afghan talks followed."));
        Assert.Equal("The paper puts 'soviet-withdrawal-1989' (15 February 1989, named here “the withdrawal of the last Soviet troops”) before 'congress-condemns-war-1989' (1989, named here “The condemnation of the war by the Congress of People's Deputies”), which “came after” denies",
            Assert.Single(Findings("The condemnation of the war by the Congress of People's Deputies was first, and the withdrawal of the last Soviet troops came after.", "MRG006")).Message);
        // A date of the second side times it; it is no side of the order.
        Assert.Empty(Findings("The SCO summit came first; Russia's embassy reopening followed in 2007.", "MRG006"));
    }

    [Fact]
    public void After_which_puts_what_it_opens_after_the_clause_before_it()
    {
        Assert.Empty(Findings("Karzai was re-elected, after which he offered reconciliation to the Taliban."));
        Assert.Empty(Findings("The Soviet withdrawal was completed, after which the Supreme Soviet condemned the war."));
        Assert.Equal("The paper puts 'congress-condemns-war-1989' (1989, named here “The Supreme Soviet condemned the war”) after 'soviet-withdrawal-1989' (15 February 1989, named here “which the Soviet withdrawal was completed”), not before it",
            Assert.Single(Findings("The Supreme Soviet condemned the war, after which the Soviet withdrawal was completed.", "MRG006")).Message);
        Assert.Equal("The paper puts 'karzai-reelected-2009' (August 2009, named here “Karzai was re-elected”) before 'karzai-offers-reconciliation-2009' (2009, named here “which he offered reconciliation to the Taliban”), not after it",
            Assert.Single(Findings("Karzai was re-elected, before which he offered reconciliation to the Taliban.", "MRG006")).Message);
    }

    [Fact]
    public void A_citation_of_the_subjects_own_moment_is_read_as_what_the_words_name()
    {
        // The cited summit "after the US election" is the trilateral summit itself; the words name the election's results.
        Assert.Equal("The paper puts 'moscow-trilateral-summit-2016' (26 December 2016) after 'us-election-results-2016' (2016), not before it",
            Assert.Single(Findings("Russia's trilateral summit with China and Pakistan [@moscow-trilateral-summit-2016] took place weeks before the US presidential election [@moscow-summit-after-us-election-2016].", "MRG006")).Message);
        Assert.Empty(Findings("Russia's trilateral summit with China and Pakistan [@moscow-trilateral-summit-2016] took place weeks after the US presidential election [@moscow-summit-after-us-election-2016]."));
    }

    [Fact]
    public void The_withdrawal_that_began_is_the_first_US_soldiers_leaving()
    {
        // "the first US troop withdrawals began" names the drawdown of 13 July 2011 ("withdrawals began", a name of it).
        Assert.Equal("The paper dates 'bin-laden-killed-2011' to 2 May 2011 and 'us-drawdown-begins-2011' to 13 July 2011: two months earlier than it, not three months after",
            Assert.Single(Findings("Bin Laden was killed three months after the first US troop withdrawals began.", "MRG006")).Message);
        Assert.Empty(Findings("Bin Laden was killed ten weeks before the first US troop withdrawals began."));
    }

    [Fact]
    public void Russias_return_to_Kabul_is_its_embassy_reopening()
    {
        Assert.Equal("The paper dates 'russian-embassy-reopens-2007' to 23 February 2007 and 'russian-mission-closed-1992' to August 1992: fourteen years later than it, not a decade after",
            Assert.Single(Findings("Russia's formal return to Kabul came a decade after its mission there was shut [[russian-mission-closed-1992]].", "MRG006")).Message);
        Assert.Empty(Findings("Russia's formal return to Kabul came fifteen years after its mission there was shut [[russian-mission-closed-1992]]."));
    }

    [Fact]
    public void Words_that_name_the_subjects_own_event_among_others_name_the_other()
    {
        // "the summer's US–Taliban rounds" names the intra-Afghan round as well as the summer's rounds: the subject is
        // the one, so the anchor is the other (no event follows itself).
        Assert.Equal("The paper puts 'intra-afghan-talks-moscow-2019' (29 May 2019, named here \u201cThe second round of intra-Afghan talks in Moscow\u201d) before 'us-taliban-talks-summer-2019' (June–August 2019, named here \u201cthe summer's US–Taliban rounds\u201d), not after it",
            Assert.Single(Findings("The second round of intra-Afghan talks in Moscow came after the summer's US–Taliban rounds.", "MRG006")).Message);
        Assert.Empty(Findings("The second round of intra-Afghan talks in Moscow came before the summer's US–Taliban rounds."));
    }

    [Fact]
    public void And_so_ends_the_anchors_words() =>
        // ("…preceded Mansour's killing and so cannot have been a reaction to it": the anchor is the killing.)
        Assert.Equal("The paper puts 'moscow-trilateral-summit-2016' (26 December 2016) after 'mansour-killed-2016' (21 May 2016, named here “Mansour's killing”), which “preceded” denies",
            Assert.Single(Findings("Moscow's December 2016 summit with China and Pakistan [@moscow-trilateral-summit-2016] preceded Mansour's killing and so cannot have been a reaction to it.", "MRG006")).Message);

    [Fact]
    public void An_abbreviated_resolution_does_not_end_the_sentence() =>
        // ("Res." once ended a sentence of its own, and the statement lost its subject.)
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not two years after",
            Assert.Single(Findings("Res. 1267 came two years after the US embassy bombings in East Africa.", "MRG006")).Message);

    [Fact]
    public void A_count_of_the_events_names_it()
    {
        // "two Russians" (the paper's "Two Russians are killed"), "the twelve-country round" (its 12 countries).
        Assert.Equal("The paper puts 'russians-killed-in-kabul-1992' (August 1992) before 'embassy-rocket-attack-1992' (28 August 1992), not the following month",
            Assert.Single(Findings("On 28 August 1992 rockets hit the Russian embassy compound in Kabul. The following month two Russians were killed in the city.", "MRG006")).Message);
        Assert.Equal("Counted from 15 February 2017, four months later is about 15 June 2017; the paper dates 'moscow-third-round-2017' to 14 April 2017",
            Assert.Single(Findings("The first Moscow Format meeting sat on 15 February 2017; the enlarged twelve-country round followed four months later.", "MRG006")).Message);
        Assert.Empty(Findings("The first Moscow Format meeting sat on 15 February 2017; the enlarged twelve-country round followed two months later.", "MRG006"));
    }

    [Fact]
    public void An_anniversary_is_counted_in_years_from_what_it_is_of()
    {
        Assert.Equal("The paper dates 'moscow-format-first-meeting-2017' to 15 February 2017 and 'soviet-withdrawal-1989' to 15 February 1989: twenty-eight years later than it, not the 30th anniversary",
            Assert.Single(Findings("Nice detail for the lede: the first Moscow Format meeting fell on the 30th anniversary of the Soviet withdrawal.", "MRG006")).Message);
        Assert.Empty(Findings("The first Moscow Format meeting was held on the 28th anniversary of the Soviet withdrawal.", "MRG006"));
    }

    [Fact]
    public void A_word_that_stresses_the_connector_is_no_part_of_the_subject()
    {
        Assert.Equal("The paper puts 'pankin-approves-transfer-of-power-1991' (November 1991, named here \u201cPankin's endorsement of a provisional Islamic government in Kabul\u201d) before 'gorbachev-resigns-1991' (25 December 1991, named here \u201cGorbachev had resigned\u201d), not after it",
            Assert.Single(Findings("Pankin's endorsement of a provisional Islamic government in Kabul came only after Gorbachev had resigned.", "MRG006")).Message);
    }

    [Fact]
    public void A_term_of_office_is_not_the_election_that_won_it()
    {
        // Karzai's second term began on 19 November 2009; the paper dates his re-election by the August vote.
        Assert.Empty(Findings("Karzai's second term came only after Abdullah Abdullah withdrew from the run-off on 1 November 2009."));
        Assert.Equal("The paper puts 'medvedev-endorses-obama-strategy-2009' (December 2009, named here \u201cMedvedev endorsed Obama's Afghan strategy\u201d) after 'karzai-reelected-2009' (August 2009, named here \u201cKarzai won his second term\u201d), not before it",
            Assert.Single(Findings("Medvedev endorsed Obama's Afghan strategy before Karzai won his second term.", "MRG006")).Message);
    }

    [Fact]
    public void The_next_year_is_counted_from_the_date_it_takes_its_year_from()
    {
        var finding = Assert.Single(Findings("Resolution 1267 was adopted on 5 October 1999 with Moscow's support. The next year came the 9/11 attacks, and Russia lined up behind Washington."));
        Assert.Equal(("MRG006", "Counted from 5 October 1999, the next year is 2000, not 9/11"), (finding.Code, finding.Message));
        Assert.Empty(Findings("Resolution 1267 was adopted on 5 October 1999 with Moscow's support. Two years later came the 9/11 attacks."));
        // A claim of its own that is reported is that claim's finding, once.
        finding = Assert.Single(Findings("The Soviet troops left on 15 February 1989 [@soviet-withdrawal-1989]. The following year the USSR disintegrated [@ussr-disintegrates-1991]."));
        Assert.Equal(("MRG002", "The paper dates 'ussr-disintegrates-1991' to 1991 (000_bf09360ec50d0df5.txt, line 13); this note says the following year (1990), one year earlier"), (finding.Code, finding.Message));
    }

    [Fact]
    public void Later_that_month_is_after_the_day_it_takes_its_month_from()
    {
        Assert.Equal("The paper puts 'russians-killed-in-kabul-1992' (August 1992) before 'embassy-rocket-attack-1992' (28 August 1992), which \u201clater that month\u201d denies",
            Assert.Single(Findings("Rockets struck the compound on 28 August 1992; later that month two Russians were killed.", "MRG006")).Message);
        Assert.Empty(Findings("Rockets struck the compound on 28 August 1992; earlier that month two Russians had been killed."));
    }

    [Fact]
    public void A_sentence_end_inside_a_list_item_ends_the_anchor()
    {
        Assert.Equal("The paper dates 'moscow-format-first-meeting-2017' to 15 February 2017 and 'soviet-withdrawal-1989' to 15 February 1989: twenty-eight years later than it, not thirty years to the day after",
            Assert.Single(Findings("- 15 Feb 2017 [@moscow-format-first-meeting-2017] — thirty years to the day after the Soviet withdrawal. Symbolism surely intended?", "MRG006")).Message);
    }
    [Fact]
    public void The_american_election_came_days_before_the_moscow_summit()
    {
        // The paper dates the election only by the summit: "The summit was held days after the announcement of the results".
        Assert.Equal("The paper puts 'moscow-trilateral-summit-2016' (26 December 2016, named here \u201cMoscow's trilateral summit on Afghan settlement\u201d) after 'us-election-results-2016' (2016, named here \u201cthe US presidential election\u201d), not before it",
            Assert.Single(Findings("Moscow's trilateral summit on Afghan settlement was held weeks before the US presidential election.", "MRG006")).Message);
        Assert.Empty(Findings("Moscow's trilateral summit on Afghan settlement was held days after the US presidential election."));
        Assert.Empty(Findings("Trump won the US presidential election on 8 November 2016; Moscow's trilateral summit followed on 26 December."));
    }

    [Fact]
    public void An_order_the_paper_gives_one_event_holds_for_another_of_the_same_moment()
    {
        // The election is timed by the summit "held days after" it; the summit with China and Pakistan is that summit, told
        // in the same passage on the same day.
        Assert.Equal("The paper puts 'moscow-summit-after-us-election-2016' (26 December 2016) after 'us-election-results-2016' (2016, named here \u201cthe US presidential election results were announced\u201d), not before it",
            Assert.Single(Findings("Moscow's Russia–China–Pakistan summit was held days before the US presidential election results were announced [@moscow-summit-after-us-election-2016].", "MRG006")).Message);
        Assert.Equal("The paper puts 'us-election-results-2016' (2016, named here \u201cThe US presidential election\u201d) before 'moscow-trilateral-summit-2016' (26 December 2016), not after it",
            Assert.Single(Findings("The US presidential election came after Russia's summit with China and Pakistan [@moscow-trilateral-summit-2016].", "MRG006")).Message);
    }
    [Fact]
    public void Met_and_sat_name_a_meeting_and_a_sitting()
    {
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013, named here \u201cthe trilateral met again in Islamabad\u201d) seven months after 'trilateral-first-meeting-2013' (April 2013, named here \u201cthe Beijing meeting\u201d), not five months after",
            Assert.Single(Findings("Five months after the Beijing meeting, the trilateral met again in Islamabad.", "MRG006")).Message);
        Assert.Empty(Findings("Seven months after the Beijing meeting, the trilateral met again in Islamabad."));
        // The sitting (Lavrov's mediation) is of the Moscow Format meeting's day and passage: the citation closing the
        // sentence is of the words before it, not the subject's.
        Assert.Empty(Findings("Washington's secret contacts with the Taliban started about four months before the Taliban sat down in Moscow with the HPC [[moscow-format-talks-2018]]."));
    }
    [Fact]
    public void A_year_or_month_within_which_the_paper_dates_the_named_event_more_finely_is_that_event()
    {
        // "Began in 2018" is September 2018: sixteen months after it is not 29 February 2020, eighteen are.
        Assert.Equal("The paper dates 'us-taliban-agreement-2020' to 29 February 2020 and 'us-taliban-talks-begin-2018' to September 2018: seventeen months later than it, not sixteen months after",
            Assert.Single(Findings("The Doha deal was signed sixteen months after the US–Taliban talks began in 2018.", "MRG006")).Message);
        Assert.Empty(Findings("The Doha deal was signed eighteen months after the US–Taliban talks began in 2018."));
        Assert.Equal("The paper puts 'medvedev-endorses-obama-strategy-2009' (December 2009, named here \u201cMedvedev endorsed Obama's Afghan strategy in 2009\u201d) after 'karzai-reelected-2009' (August 2009, named here \u201cKarzai's re-election that August\u201d), not before it",
            Assert.Single(Findings("Medvedev endorsed Obama's Afghan strategy in 2009, before Karzai's re-election that August.", "MRG006")).Message);
        // The date names which Moscow Format meeting (not the first, of February 2017), and is the anchor's, no claim of the sentence's event.
        Assert.Equal("The paper puts 'us-taliban-talks-begin-2018' (September 2018, named here \u201cWashington's secret talks with the Taliban only began\u201d) or 'us-secret-talks-with-taliban-2018' (July 2018) before 'moscow-format-talks-2018' (9 November 2018, named here \u201cthe November 2018 Moscow Format meeting\u201d), not after it",
            Assert.Single(Findings("Washington's secret talks with the Taliban only began after the November 2018 Moscow Format meeting.", "MRG006")).Message);
        Assert.Empty(Findings("Washington's secret talks with the Taliban began about four months before the Moscow Format meeting of November 2018."));
        Assert.Empty(Findings("The first overt US–Taliban talks in Doha came about ten weeks after the Moscow Format meeting of November 2018."));
        // So on the subject's side.
        Assert.Equal("The paper puts 'moscow-format-talks-2018' (9 November 2018, named here \u201cThe November 2018 Moscow Format meeting\u201d) after 'us-secret-talks-with-taliban-2018' (July 2018, named here \u201cthe Trump administration's first secret talks with the Taliban\u201d), not before it",
            Assert.Single(Findings("The November 2018 Moscow Format meeting came before the Trump administration's first secret talks with the Taliban.", "MRG006")).Message);
        Assert.Empty(Findings("The November 2018 Moscow Format meeting came after the Trump administration's first secret talks with the Taliban."));
    }

    [Fact]
    public void Unsc_and_its_number_name_the_resolution()
    {
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not two years after",
            Assert.Single(Findings("UNSC 1267 was adopted two years after the Nairobi and Dar es Salaam bombings.", "MRG006")).Message);
        // (And "UNSCR 1267", a Security Council resolution by its usual abbreviation.)
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not a year before",
            Assert.Single(Findings("Sequence note: UNSCR 1267 was adopted a year before the Nairobi and Dar es Salaam embassy bombings.", "MRG006")).Message);
        Assert.Empty(Findings("UNSCR 1267 was adopted about 14 months after the Nairobi and Dar es Salaam embassy bombings."));
    }

    [Fact]
    public void A_month_is_give_or_take_half_a_month_and_no_less_than_three_weeks()
    {
        // 25 October to 7 December 2019 is six weeks: "a month after" as a writer rounds it.
        Assert.Empty(Findings("The Doha talks resumed a month after the four-party meeting in Moscow."));
        Assert.Equal("The paper dates 'putin-speech-against-west-2014' to 24 October 2014 and 'foreign-troop-withdrawal-completed-2014' to 28 December 2014: two months earlier than it, not a month before",
            Assert.Single(Findings("Putin's speech against the West came a month before the Western combat troops completed their withdrawal.", "MRG006")).Message);
        // But a fortnight is not rounded up to a month: 21 January to 5–6 February 2019 is "two weeks later".
        Assert.Equal("Counted from 21 January 2019, a month later is about 21 February 2019; the paper dates 'moscow-intra-afghan-meeting-2019' to 5–6 February 2019",
            Assert.Single(Findings("Direct US–Taliban talks opened in Doha on 21 January 2019; the inclusive Moscow meeting came a month later.", "MRG006")).Message);
    }

    [Fact]
    public void The_year_after_opening_a_sentence_is_the_calendar_year_after_the_date_before_it()
    {
        Assert.Equal("Counted from December 2001, the year after is 2002; the paper dates 'iraq-war-crisis-2003' to 2003",
            Assert.Single(Findings("Karzai was installed as interim president in December 2001. The year after, Washington sent its troops into Iraq.", "MRG006")).Message);
        Assert.Empty(Findings("Resolution 1267 was adopted on 5 October 1999. The year after, Vladimir Putin became President of Russia."));
        Assert.Equal("Counted from 5 October 1998, the year after is 1999; the paper dates 'putin-becomes-president-2000' to 2000",
            Assert.Single(Findings("Resolution 1267 was adopted on 5 October 1998. The year after, Vladimir Putin became President of Russia.", "MRG006")).Message);
    }
    [Fact]
    public void Russias_assertive_turn_is_of_2018()
    {
        Assert.Equal("The paper dates 'russia-more-assertive-2018' to 2018 and 'putin-fourth-term-2018' to 7 May 2018: the same time as it, not a year before",
            Assert.Single(Findings("Russia's more assertive turn in Afghanistan came a year before Putin's fourth term began.", "MRG006")).Message);
        Assert.Empty(Findings("Russia's more assertive turn in Afghanistan came in the year Putin's fourth term began."));
    }
    [Fact]
    public void Ten_years_or_more_are_rounded_to_a_year_either_way()
    {
        // The end of 1979 to 15 February 1989 is nine years and some weeks: the paper's own "ten-year-long war".
        Assert.Empty(Findings("The Soviet withdrawal came ten years after the intervention."));
        Assert.Empty(Findings("The Soviets left Afghanistan ten years after they went in [@soviet-withdrawal-1989]."));
        Assert.Equal("The paper dates 'soviet-withdrawal-1989' to 15 February 1989 and 'soviet-intervention-1979' to the end of 1979: nine years later than it, not twelve years after",
            Assert.Single(Findings("The Soviets left in 1989, twelve years after they went in.", "MRG006")).Message);
    }
    [Fact]
    public void Only_after_Y_did_X_puts_X_after_Y()
    {
        Assert.Equal("The paper puts 'yeltsin-halts-arms-supply-1992' (1 January 1992) before 'najibullah-resigns-1992' (16 April 1992, named here “Najibullah's resignation”), not after it",
            Assert.Single(Findings("Only after Najibullah's resignation did Yeltsin halt arms deliveries to Kabul [@yeltsin-halts-arms-supply-1992].", "MRG006")).Message);
        Assert.Empty(Findings("Only after the Soviet withdrawal did Yeltsin halt arms deliveries to Kabul [@yeltsin-halts-arms-supply-1992]."));
        // (The verb that inverts is the last: "were announced" is the anchor's own.)
        Assert.Empty(Findings("Only after the US presidential election results were announced did Russia hold its trilateral summit with China and Pakistan."));
    }

    [Fact]
    public void The_fall_of_Najibullahs_regime_is_its_toppling()
    {
        Assert.Equal("The paper dates 'taliban-formed-1994' to 1994 and 'najibullah-regime-toppled-1992' to 1992: two years later than it, not two years before",
            Assert.Single(Findings("The Taliban movement's founding in the rural south came two years before Najibullah's regime fell.", "MRG006")).Message);
        Assert.Empty(Findings("The Taliban movement's founding in the rural south came two years after Najibullah's regime fell."));
    }

    [Fact]
    public void The_start_of_what_the_paper_dates_by_its_end_is_no_time_it_gives()
    {
        // The pull-out began on 15 May 1988; the paper's withdrawal is the last troops' leaving, 15 February 1989.
        Assert.Empty(Findings("Zia-ul-Haq died in a plane crash on 17 August 1988, three months after the Soviet pull-out had begun."));
        Assert.Equal("Counted from 'soviet-withdrawal-1989' (15 February 1989, named here “the Soviet pull-out”), three months after is about 15 May 1989, not 17 August 1988",
            Assert.Single(Findings("Zia-ul-Haq died in a plane crash on 17 August 1988, three months after the Soviet pull-out.", "MRG006")).Message);
    }

    [Fact]
    public void X_was_followed_a_distance_later_by_Y_puts_X_first()
    {
        Assert.Empty(Findings("The US embassy bombings of August 1998 [@us-embassy-bombings-1998] were followed fourteen months later by Resolution 1267."));
        Assert.Empty(Findings("Karzai's re-election in August 2009 was followed four months later by President Medvedev's endorsement of Obama's Afghan strategy."));
        Assert.Equal("The paper dates 'us-embassy-bombings-1998' to August 1998 and 'unsc-resolution-1267-1999' to 5 October 1999: one year earlier than it, not four years before",
            Assert.Single(Findings("The US embassy bombings of August 1998 [@us-embassy-bombings-1998] were followed four years later by Resolution 1267.", "MRG006")).Message);
    }

    [Fact]
    public void What_did_not_happen_has_no_time_to_order()
    {
        Assert.Empty(Findings("The fifth and final QCG meeting took place in Islamabad on May 18, 2016 [[qcg-fifth-meeting-2016]]; the group never met again after the drone strike that followed."));
        // Nor what only someone else says happened.
        Assert.Empty(Findings("Resolution 1267 [@unsc-resolution-1267-1999] preceded the attacks on New York by nearly two years, which should silence anyone who claims Moscow discovered the Taliban problem only after 9/11.", "MRG006"));
        // (But "not long after" is after.)
        Assert.Equal("The paper puts 'qcg-fifth-meeting-2016' (18 May 2016, named here “The fifth and final QCG meeting”) three days before 'mansour-killed-2016' (21 May 2016, named here “the drone strike that killed Mansour”), not after it",
            Assert.Single(Findings("The fifth and final QCG meeting came not long after the drone strike that killed Mansour.", "MRG006")).Message);
    }

    [Fact]
    public void A_distance_set_between_dashes_times_what_stands_before_it()
    {
        // True history beside the paper: the vote of 18 March 2018 was two weeks after the poisoning, not the inauguration.
        Assert.Empty(Findings("Putin won the presidential election of Sunday, 18 March 2018 with about 77 per cent of the vote — two weeks after the Skripal poisoning in Salisbury on 4 March — and was inaugurated on 7 May."));
        Assert.Equal("Counted from 4 March, two weeks after is about 18 March 2018, not Sunday, 25 March 2018",
            Assert.Single(Findings("Putin won the presidential election of Sunday, 25 March 2018 with about 77 per cent of the vote — two weeks after the Skripal poisoning in Salisbury on 4 March — and was inaugurated on 7 May.", "MRG006")).Message);
    }

    [Fact]
    public void Between_X_and_Y_lay_a_distance()
    {
        // The date is the Islamabad meeting's, which the distance counts from: no claim about the cited third meeting.
        Assert.Empty(Findings("Between the Islamabad trilateral meeting of November 2013 and the one Russia hosted in Moscow [@trilateral-third-meeting-2016] lay nearly three years."));
        Assert.Empty(Findings("Ten years passed between the Soviet intervention and the withdrawal of the last Soviet troops."));
        Assert.Equal("The paper dates 'soviet-withdrawal-1989' to 15 February 1989 and 'soviet-intervention-1979' to the end of 1979: nine years later than it, not five years apart",
            Assert.Single(Findings("Five years passed between the Soviet intervention and the withdrawal of the last Soviet troops.", "MRG006")).Message);
    }

    [Fact]
    public void A_month_written_without_its_year_may_be_of_the_years_either_side()
    {
        // "That December" took 2017 from the date before it; the writer meant the December before, 2016.
        Assert.Empty(Findings("The first Moscow Format meeting of 15 February 2017 came less than two months after the trilateral Russia–China–Pakistan summit held in Moscow that December."));
        Assert.Equal("The paper puts 'moscow-format-first-meeting-2017' (15 February 2017) after 'moscow-trilateral-summit-2016' (26 December 2016), not before it",
            Assert.Single(Findings("The first Moscow Format meeting [@moscow-format-first-meeting-2017] came before the trilateral summit with China and Pakistan [@moscow-trilateral-summit-2016].", "MRG006")).Message);
    }

    [Fact]
    public void A_length_the_paper_gives_an_event_is_checked()
    {
        Assert.Equal("The paper gives “14 months” for 'us-withdrawal-commitment-2021' (The US commits to withdraw all forces within 14 months; 000_bf09360ec50d0df5.txt, line 443), not “24 months”",
            Assert.Single(Findings("The deal was signed on 29 February 2020 [@us-taliban-agreement-2020]; Washington committed to pull out all forces within the next 24 months.", "MRG006")).Message);
        Assert.Empty(Findings("The deal was signed on 29 February 2020 [@us-taliban-agreement-2020]; Washington committed to pull out all forces within 14 months."));
        Assert.Equal("The paper gives “more than three years” for 'najibullah-regime-survives-1992' (Najibullah's regime resists the mujahideen for more than three years after the withdrawal; 000_bf09360ec50d0df5.txt, line 72), not “more than five years”",
            Assert.Single(Findings("Najibullah's regime outlasted the Soviet withdrawal by more than five years [@najibullah-regime-survives-1992] before the civil war swallowed it.", "MRG006")).Message);
        Assert.Equal("The paper gives “six months” for 'peace-talks-revive-2016' (The peace talks revive after six months without the Taliban; 000_bf09360ec50d0df5.txt, line 293), not “three months”",
            Assert.Single(Findings("The peace talks revived [@peace-talks-revive-2016] after a pause of three months, now without the Taliban.", "MRG006")).Message);
        // A length with what "and" adds: three years and two months are more than three years.
        Assert.Empty(Findings("Najibullah's regime outlasted the Soviet withdrawal by three years and two months [@najibullah-regime-survives-1992]."));
        // A length that times something else by the event: the talks' "18 months before the deal" is not this distance.
        Assert.Empty(Findings("The landmark Moscow meeting of 9 November 2018 came about two months after the US–Taliban peace talks began [@us-taliban-talks-begin-2018]."));
    }

    [Fact]
    public void A_year_that_says_which_one_a_thing_is_does_not_time_it()
    {
        // Ghani was declared the winner of the September 2019 vote on 18 February 2020.
        Assert.Empty(Findings("Ghani was finally declared the winner of the 2019 election eleven days before Khalilzad and Baradar signed their deal in Doha."));
        Assert.Equal("Counted from 'us-taliban-agreement-2020' (29 February 2020, named here “Khalilzad and Baradar signed their deal in Doha”), eleven days before is 18 February 2020, not 2018",
            Assert.Single(Findings("Ghani was finally declared the winner in 2018, eleven days before Khalilzad and Baradar signed their deal in Doha.", "MRG006")).Message);
    }

    [Fact]
    public void A_possessive_names_the_event_of_the_person_before_it()
    {
        // "His re-election" is Karzai's, not Putin's; the paper puts his readiness for reconciliation after it.
        Assert.Equal("The paper puts 'karzai-offers-reconciliation-2009' (2009, named here “Karzai announced that he was ready for reconciliation with the Taliban”) after 'karzai-reelected-2009' (August 2009, named here “his re-election”), not before it",
            Assert.Single(Findings("Karzai announced that he was ready for reconciliation with the Taliban before his re-election.", "MRG006")).Message);
        Assert.Empty(Findings("Karzai announced that he was ready for reconciliation with the Taliban after his re-election."));
    }

    [Fact]
    public void The_death_of_Mullah_Omar_was_revealed_after_the_talks_it_sabotaged_began()
    {
        Assert.Equal("The paper puts 'mullah-omar-death-revealed-2015' (2015, named here “Kabul revealed Mullah Omar's death”) after 'afghan-taliban-talks-2015' (9–10 July 2015, named here “the Afghan government and the Taliban had sat down for their first Pakistan-facilitated talks”), not before it",
            Assert.Single(Findings("Kabul revealed Mullah Omar's death before the Afghan government and the Taliban had sat down for their first Pakistan-facilitated talks.", "MRG006")).Message);
        Assert.Empty(Findings("Kabul revealed Mullah Omar's death after the Afghan government and the Taliban had sat down for their first Pakistan-facilitated talks."));
    }

    [Fact]
    public void A_vague_span_orders_a_bare_order_a_year_clear_of_its_edges()
    {
        Assert.Equal("The dates put 'russian-chaos-1990s' (the 1990s, named here “The chaos in Russia's military”) before 2008, which “followed” denies",
            Assert.Single(Findings("The chaos in Russia's military followed its 2008 economic boom.", "MRG006")).Message);
        Assert.Empty(Findings("Russia's 2008 economic boom followed the chaos in its military."));
        // (Not at its edge: "the 1990s" may reach into 2000 as a writer means it.)
        Assert.Empty(Findings("The chaos in Russia's military came after 2000.", "MRG006"));
    }

    [Fact]
    public void Set_up_is_one_word_as_established_is()
    {
        Assert.Equal("The paper puts 'qcg-formed-2016' (January 2016, named here “The Quadrilateral Coordination Group was set up”) before 'mansour-killed-2016' (21 May 2016), not after it",
            Assert.Single(Findings("The Quadrilateral Coordination Group was set up only after Mansour's death [[mansour-killed-2016]].", "MRG006")).Message);
        Assert.Empty(Findings("The Quadrilateral Coordination Group was set up before Mansour's death [[mansour-killed-2016]]."));
    }

    [Fact]
    public void Words_that_name_two_events_alike_name_each_and_the_order_is_held_against_both()
    {
        // "The Doha talks" are the first round (21–22 January 2019) or its resumption (7 December 2019): the Moscow meeting
        // of 5–6 February 2019 came a fortnight before neither.
        Assert.Equal("The paper dates 'moscow-intra-afghan-meeting-2019' to 5–6 February 2019 and 'doha-talks-2019' to 21–22 January 2019: two weeks later than it, not a fortnight before; "
                     + "the words may also name 'doha-talks-resume-2019' (7 December 2019): ten months earlier than it",
            Assert.Single(Findings("The inclusive Moscow meeting with Karzai came a fortnight before the Doha talks.", "MRG006")).Message);
        Assert.Empty(Findings("The inclusive Moscow meeting with Karzai came a fortnight after the Doha talks."));
        // (Beside a date of the note's, such words tell of something else: the Taliban left Kabul in 2001.)
        Assert.Empty(Findings("Northern Alliance troops entered Kabul on 13 November 2001 after the Taliban withdrew."));
    }

    [Theory]
    [InlineData("came on the heels of", true)]
    [InlineData("came in the aftermath of", true)]
    [InlineData("was held subsequent to", true)]
    [InlineData("was held in the run-up to", false)]
    public void More_connectors_put_one_thing_after_or_before_another(string connector, bool after)
    {
        // The inclusive Moscow meeting (5–6 February 2019) came after the first Doha talks (21–22 January 2019).
        var sentence = $"The inclusive Moscow meeting with Karzai {connector} the first overt US–Taliban talks in Doha.";
        Assert.Empty(Findings(after ? sentence : sentence.Replace(connector, "came after")));
        Assert.Single(Findings(after ? sentence.Replace(connector, "came before") : sentence, "MRG006"));
        // (With a date of its own, the sentence's date is the subject's, not the talks'.)
        Assert.Empty(Findings($"The inclusive Moscow meeting of 5–6 Feb 2019 {(after ? connector : "came after")} the first overt US–Taliban talks in Doha."));
    }

    [Fact]
    public void The_words_before_a_colon_are_no_subject_unless_they_date_it()
    {
        Assert.Empty(Findings("The arc of Soviet disengagement was long: Moscow's decision to send troops into Afghanistan preceded the Congress of People's Deputies' condemnation of the war by roughly ten years."));
        Assert.Single(Findings("The arc of Soviet disengagement was long: Moscow's decision to send troops into Afghanistan preceded the Congress of People's Deputies' condemnation of the war by five years.", "MRG006"));
    }

    [Fact]
    public void A_re_election_is_the_start_of_the_term_it_won()
    {
        // Putin's third term (2012–2018) began with his re-election: the Beijing meeting of April 2013 came after it.
        Assert.Single(Findings("The first trilateral meeting with China and Pakistan, held in Beijing in April 2013, came a year before Putin's re-election to a third term.", "MRG006"));
        Assert.Empty(Findings("The first trilateral meeting with China and Pakistan, held in Beijing in April 2013, came a year after Putin's re-election to a third term."));
    }

    [Fact]
    public void A_possessive_event_with_its_own_date_is_that_event_whose_order_the_paper_gives()
    {
        Assert.Equal("The paper puts 'karzai-offers-reconciliation-2009' (2009, named here “Hamid Karzai's announcement that he was ready for reconciliation with the Taliban”) after 'karzai-reelected-2009' (August 2009, named here “his re-election in August 2009”), not before it",
            Assert.Single(Findings("Hamid Karzai's announcement that he was ready for reconciliation with the Taliban came before his re-election in August 2009.", "MRG006")).Message);
        Assert.Empty(Findings("Hamid Karzai's announcement that he was ready for reconciliation with the Taliban came after his re-election in August 2009."));
        // (A date of the note years the other way is two things misread, not a slip: Najibullah's reconciliation of 1987.)
        Assert.Empty(Findings("Najibullah's \"national reconciliation\", proclaimed in January 1987 with a ceasefire offer the mujahideen simply ignored, is the forgotten ancestor of the reconciliation Karzai announced after his re-election in August 2009."));
    }

    [Fact]
    public void What_the_paper_puts_after_one_thing_of_a_few_days_it_puts_after_the_others_of_those_days()
    {
        // The talks Omar's death sabotaged began "on the same days" as the SCO summit of 9–10 July 2015: the death was
        // revealed after the summit too.
        Assert.Equal("The paper puts 'mullah-omar-death-revealed-2015' (2015, named here “Kabul revealed Mullah Omar's death”) after 'sco-summit-2015' (9–10 July 2015, named here “the 15th SCO summit”), not before it",
            Assert.Single(Findings("Kabul revealed Mullah Omar's death before the 15th SCO summit.", "MRG006")).Message);
        Assert.Empty(Findings("Kabul revealed Mullah Omar's death after the 15th SCO summit."));
        // Also when the words may name another event of those days ("the SCO summit in Ufa", where Ghani met Putin): each
        // reading keeps the moment of its own event.
        Assert.Equal("The paper puts 'mullah-omar-death-revealed-2015' (2015, named here “Kabul revealed Mullah Omar's death”) after 'sco-summit-2015' (9–10 July 2015, named here “the SCO summit in Ufa”) or 'ghani-talks-with-putin-2015' (9–10 July 2015), not before it",
            Assert.Single(Findings("Kabul revealed Mullah Omar's death before the SCO summit in Ufa.", "MRG006")).Message);
        Assert.Empty(Findings("Kabul revealed Mullah Omar's death after the SCO summit in Ufa."));
    }

    [Fact]
    public void An_aside_between_commas_after_the_subject_is_said_of_that_subject()
    {
        // The verb after the aside ("came") goes on with the words before it: the aside times Gorbachev's resignation, not
        // the November visit the sentence goes on to.
        Assert.Empty(Findings("Gorbachev's resignation, on the same day the Soviet flag was lowered, came a little over a month after Rabbani's November 1991 visit to Moscow."));
        Assert.Equal("The paper dates 'gorbachev-resigns-1991' to 25 December 1991 and 'soviet-flag-lowered-1991' to 25 December 1991: the same time as it, not a week after",
            Assert.Single(Findings("Gorbachev's resignation, a week after the Soviet flag was lowered, came a little over a month after Rabbani's November 1991 visit to Moscow.", "MRG006")).Message);
        // ("…and, after 9/11, was the first to ring Bush" goes on with the sentence's subject.)
        Assert.Empty(Findings("Putin came to power around 2000 and, after 9/11, was the first to ring Bush with condolences."));
    }

    [Fact]
    public void The_reports_of_a_meeting_with_Omars_successor_came_after_his_death_was_revealed()
    {
        // The paper: the news of Omar's death, then Mansour the second head of the Taliban, then in the last quarter of
        // 2015 the reports of Putin's meeting with "the Taliban leader Mullah Akhtar Mansour".
        Assert.Equal("The paper puts 'putin-mansour-meeting-rumour-2015' (the last quarter of 2015) after 'mullah-omar-death-revealed-2015' (2015, named here “Kabul's disclosure of Mullah Omar's death”), which “preceded” denies",
            Assert.Single(Findings("The reports of a Putin–Mansour meeting in Tajikistan [@putin-mansour-meeting-rumour-2015] preceded Kabul's disclosure of Mullah Omar's death.", "MRG006")).Message);
        Assert.Empty(Findings("The reports of a Putin–Mansour meeting in Tajikistan [@putin-mansour-meeting-rumour-2015] followed Kabul's disclosure of Mullah Omar's death."));
    }

    [Fact]
    public void An_event_the_paper_tells_of_again_at_a_finer_date_is_at_that_date()
    {
        // "Intra-Afghan peace talks began in 2015" are the talks the body has begin "on the same days" as the SCO meeting of
        // 9–10 July 2015: Ghani's talk with Putin there was no month after them.
        Assert.Equal("The paper dates 'ghani-talks-with-putin-2015' to 9–10 July 2015 and 'intra-afghan-talks-begin-2015' to 2015 (9–10 July 2015 where the paper tells of it again): the same time as it, not a month after",
            Assert.Single(Findings("Ghani's talk with Putin at the SCO summit [[ghani-talks-with-putin-2015]] took place a month after the intra-Afghan peace talks began.", "MRG006")).Message);
        Assert.Empty(Findings("Ghani's talk with Putin at the SCO summit [[ghani-talks-with-putin-2015]] took place on the same days as the intra-Afghan peace talks began.", "MRG006"));
    }

    [Fact]
    public void A_relative_date_set_beside_a_date_counts_from_the_date_before_it()
    {
        // "on 25 October, some seven weeks later": how far 25 October is from 8 September, not seven weeks after 25 October.
        const string right = "Trump called off Camp David on 8 September 2019; on 25 October, some seven weeks later, Moscow hosted Khalilzad with the Chinese and the Pakistanis to get the talks going again.";
        Assert.Empty(Findings(right));
        Assert.Equal("Counted from 8 September 2019, three weeks later is about 29 September 2019; the paper dates 'moscow-four-party-meeting-2019' to 25 October 2019",
            Assert.Single(Findings(right.Replace("some seven weeks", "three weeks"), "MRG006")).Message);
    }

    [Fact]
    public void A_label_opening_the_line_does_not_keep_a_connector_from_heading_its_sentence()
    {
        Assert.Equal("The dates put 'karzai-interim-president-2001' (December 2001, named here “Karzai was installed as Afghanistan's interim president”) after 9/11, not before it",
            Assert.Single(Findings("- Claim: Shortly before the 9/11 attacks, Karzai was installed as Afghanistan's interim president.", "MRG006")).Message);
        Assert.Empty(Findings("- Claim: Shortly after the 9/11 attacks, Karzai was installed as Afghanistan's interim president."));
    }

    [Fact]
    public void The_Taliban_appearing_in_the_south_is_their_forming()
    {
        Assert.Equal("The paper dates 'najibullah-regime-toppled-1992' to 1992 and 'taliban-formed-1994' to 1994: two years earlier than it, not two years after",
            Assert.Single(Findings("The guerrilla coalition toppled Najibullah [[najibullah-regime-toppled-1992]] two years after the Taliban appeared in the south.", "MRG006")).Message);
        Assert.Empty(Findings("The guerrilla coalition toppled Najibullah [[najibullah-regime-toppled-1992]] two years before the Taliban appeared in the south."));
    }

    [Fact]
    public void A_passive_statement_with_a_distance_is_reported_on_the_distance_as_its_hover_card_reads_it()
    {
        const string text = "The first Moscow Format meeting, on 15 February 2017, was followed four months later by a third round in the Russian capital that doubled the guest list to 12 countries.";
        var finding = Assert.Single(Findings(text, "MRG006"));
        Assert.Equal("Counted from 'moscow-third-round-2017' (14 April 2017, named here “a third round in the Russian capital that doubled the guest list to 12 countries”), four months before is about 14 December 2016, not 15 February 2017", finding.Message);
        Assert.Equal(RangeOf(text, "four months later"), finding.Range);
    }

    [Fact]
    public void A_length_that_is_the_span_of_a_range_of_the_sentence_measures_that_range()
    {
        // "ten years" is 1979–89, the war's length, not the USSR's "within three years" of the withdrawal.
        Assert.Empty(Findings("The Soviet war, 1979–89: ten years that crippled the Soviet economy."));
        Assert.Empty(Findings("Gallery 2 — The Soviet war, 1979–89. Ten years that crippled the Soviet economy."));
        Assert.Equal("The paper gives “three years” for 'ussr-disintegrates-1991' (The USSR disintegrates within three years of the withdrawal; 000_bf09360ec50d0df5.txt, line 13), not “ten years”",
            Assert.Single(Findings("The Soviet war, 1979–89. The USSR, its economy crippled, disintegrated within ten years of the withdrawal.", "MRG006")).Message);
        Assert.Equal("The paper gives “three years” for 'ussr-disintegrates-1991' (The USSR disintegrates within three years of the withdrawal; 000_bf09360ec50d0df5.txt, line 13), not “ten years”",
            Assert.Single(Findings("The USSR, its economy crippled, disintegrated within ten years of the withdrawal.", "MRG006")).Message);
    }

    [Fact]
    public void On_the_eve_of_puts_a_thing_before()
    {
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019, named here “The Taliban delegation came to Moscow”) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019), which “on the eve of” denies",
            Assert.Single(Findings("The Taliban delegation came to Moscow on the eve of Trump's cancellation of Camp David [[camp-david-meeting-cancelled-2019]].", "MRG006")).Message);
        Assert.Empty(Findings("The Taliban delegation came to Moscow in the wake of Trump's cancellation of Camp David [[camp-david-meeting-cancelled-2019]]."));
    }

    [Fact]
    public void Words_that_name_an_event_and_its_retelling_alike_name_the_first_telling()
    {
        // The Afghan government's talks with the Taliban facilitated by Pakistan are told twice: begun "on the same days" as the
        // SCO meeting of 9–10 July 2015, and "intra-Afghan peace talks began in 2015". Words that fit both are no tie between
        // two things: they name the talks, at the finer date.
        Assert.Equal("The paper dates 'ghani-talks-with-putin-2015' to 9–10 July 2015 and 'afghan-taliban-talks-2015' to 9–10 July 2015: the same time as it, not a month after",
            Assert.Single(Findings("Ghani's talk with Putin at the SCO summit [[ghani-talks-with-putin-2015]] took place a month after the Afghan government began Pakistan-facilitated talks with the Taliban.", "MRG006")).Message);
        Assert.Empty(Findings("Ghani's talk with Putin at the SCO summit [[ghani-talks-with-putin-2015]] took place on the same days as the Afghan government began Pakistan-facilitated talks with the Taliban.", "MRG006"));
        Assert.Equal("The paper dates 'afghan-taliban-talks-2015' to 9–10 July 2015 and 'sco-summit-2015' to 9–10 July 2015: the same time as it, not a full month after",
            Assert.Single(Findings("The Pakistan-brokered talks between Kabul and the Taliban opened a full month after the SCO summit at Ufa.", "MRG006")).Message);
        Assert.Empty(Findings("The Pakistan-brokered talks between Kabul and the Taliban opened on the days of the SCO summit at Ufa."));
        // "Kabul('s) talks with the Taliban" are the Afghan government's, not the US talks in Doha that "opened" too.
        Assert.Equal("The paper dates 'ghani-talks-with-putin-2015' to 9–10 July 2015 and 'afghan-taliban-talks-2015' to 9–10 July 2015: the same time as it, not a week before",
            Assert.Single(Findings("Ghani talked with Putin at the SCO summit a week before Kabul opened talks with the Taliban.", "MRG006")).Message);
        Assert.Empty(Findings("Ghani talked with Putin at the SCO summit on the very days Kabul opened talks with the Taliban."));
    }

    [Fact]
    public void An_event_the_paper_puts_after_another_is_no_earlier_than_it()
    {
        // Omar's death was revealed in "2015", after the talks of 9–10 July 2015 it sabotaged: 9 July – 31 December 2015. The talks
        // revived in January 2016, some months after that, not a full year.
        Assert.Equal("The paper dates 'peace-talks-revive-2016' to January 2016 and 'mullah-omar-death-revealed-2015' to 2015 (9 July – 31 December 2015 by the order the paper gives it): at most seven months later than it, not a full year after",
            Assert.Single(Findings("The peace talks revived without the Taliban a full year after Mullah Omar's death was made public.", "MRG006")).Message);
        Assert.Empty(Findings("The peace talks revived without the Taliban six months after Mullah Omar's death was made public."));
    }

    [Fact]
    public void What_happened_a_distance_after_a_cited_day_is_not_that_days_event()
    {
        // The citation dates the day counted from; "several rounds" of US–Taliban talks in June are what came after it.
        Assert.Empty(Findings("The second intra-Afghan round took place in Moscow on 29 May 2019 [@intra-afghan-talks-moscow-2019]; the following month the US and the Taliban held several rounds of talks."));
        Assert.Single(Findings("The second intra-Afghan round took place in Moscow on 29 May 2019 [@intra-afghan-talks-moscow-2019]; two years later the US and the Taliban held several rounds of talks.", "MRG006"));
    }

    [Fact]
    public void A_subject_whose_words_name_two_events_alike_is_held_against_each()
    {
        // "The Moscow meeting with the Taliban" is that of 9 November 2018 or of 5–6 February 2019: a year after September
        // 2018 is neither; two months after is the first.
        Assert.Single(Findings("The Moscow meeting with the Taliban came a year after the US–Taliban talks began.", "MRG006"));
        Assert.Empty(Findings("The Moscow meeting with the Taliban came two months after the US–Taliban talks began."));
    }

    [Fact]
    public void Years_and_a_half_are_read_as_months_give_or_take_one()
    {
        // 13 July 2011 to 28 December 2014 is three and a half years.
        Assert.Equal("Counted from 'foreign-troop-withdrawal-completed-2014' (28 December 2014), two and a half years before is about 28 June 2012, not 13 July 2011",
            Assert.Single(Findings("The first 650 Americans left on 13 July 2011, two and a half years before the phased withdrawal was completed [@foreign-troop-withdrawal-completed-2014].", "MRG006")).Message);
        Assert.Empty(Findings("The first 650 Americans left on 13 July 2011, three and a half years before the phased withdrawal was completed [@foreign-troop-withdrawal-completed-2014]."));
        // September 2018 to 29 February 2020 is a year and a half, rounded.
        Assert.Empty(Findings("The Doha deal [@us-taliban-agreement-2020] came a year and a half after the US–Taliban talks began."));
    }

    [Fact]
    public void N_units_into_a_thing_count_from_its_start()
    {
        Assert.Equal("The paper dates 'moscow-format-talks-2018' to 9 November 2018 and 'putin-fourth-term-2018' to 7 May 2018: six months later than it, not a month into",
            Assert.Single(Findings("The landmark Moscow meeting with the Taliban [@moscow-format-talks-2018] took place a month into Putin's fourth term.", "MRG006")).Message);
        Assert.Empty(Findings("The landmark Moscow meeting with the Taliban [@moscow-format-talks-2018] took place six months into Putin's fourth term."));
        Assert.Single(Findings("9/11 came four years into Putin's presidency, and he read it as vindication of his Chechen war.", "MRG006"));
        // Not into what the paper dates by its end: the Soviet pull-out began in May 1988.
        Assert.Empty(Findings("Zia ul-Haq was killed in a plane crash on 17/08/1988, three months into the Soviet withdrawal."));
    }

    [Fact]
    public void Weeks_count_from_a_month_too()
    {
        // June 2010 and three weeks is late June to late July; the members were named on 28 September.
        Assert.Single(Findings("The tribal council endorsed its plan in June 2010; three weeks later the government named the members of the High Peace Council."));
        Assert.Empty(Findings("The tribal council endorsed its plan in June 2010; fifteen weeks later the government named the members of the High Peace Council."));
        Assert.Single(Findings("The Taliban came to Moscow in mid-September 2019. Six weeks earlier, Trump had called off Camp David.", "MRG006"));
        Assert.Empty(Findings("The Taliban came to Moscow in mid-September 2019. A week earlier, Trump had called off Camp David."));
    }

    [Fact]
    public void Events_are_named_by_what_a_reader_knows_of_them()
    {
        // 9/11 by its places, the centenary by its reception.
        Assert.Single(Findings("Resolution 1267 was adopted on 5 October 1999 [@unsc-resolution-1267-1999]. Three years later terrorists struck New York and Washington.", "MRG006"));
        Assert.Empty(Findings("Resolution 1267 was adopted on 5 October 1999 [@unsc-resolution-1267-1999]. Two years later terrorists struck New York and Washington."));
        Assert.Single(Findings("The inclusive Moscow meeting ran over 5–6 February 2019; the centenary reception came six months later.", "MRG006"));
        Assert.Empty(Findings("The inclusive Moscow meeting ran over 5–6 February 2019; the centenary reception came four months later."));
    }

    [Fact]
    public void What_comes_a_length_after_an_event_may_be_named_by_what_its_title_has_and_the_others_lacks()
    {
        // The one event the paper puts after the first trilateral meeting, "held in Islamabad" — not the first's Beijing —
        // and the one it puts after the withdrawal whose title names the USSR.
        Assert.Equal("Counted from April 2013, five months later is September 2013; the paper dates 'trilateral-second-meeting-2013' to November 2013",
            Assert.Single(Findings("Beijing, April 2013: first trilateral meeting. Islamabad five months later.", "MRG006")).Message);
        Assert.Empty(Findings("In April 2013 the trilateral platform met for the first time in Beijing; seven months later the three reconvened in Islamabad."));
        Assert.Equal("Counted from 15 February 1989, five years later is about 15 February 1994; the paper dates 'ussr-disintegrates-1991' to 1991",
            Assert.Single(Findings("The last Soviet soldiers left on 15 February 1989. Five years later the USSR itself was gone.", "MRG006")).Message);
        Assert.Empty(Findings("The last Soviet soldiers left on 15 February 1989. Two years later the USSR itself was gone."));
    }

    [Fact]
    public void Nearly_and_a_little_over_a_length_keep_close_to_it()
    {
        // "Nearly three years" is more than two, not any time up to three.
        Assert.Equal("Counted from April 2013, after nearly three years is April 2016; the paper dates 'trilateral-second-meeting-2013' to November 2013",
            Assert.Single(Findings("The first trilateral session met in Beijing in April 2013; after nearly three years, the second convened in Islamabad.", "MRG006")).Message);
        Assert.Empty(Findings("The second trilateral session met in Islamabad in November 2013; after nearly three years, the third convened in Moscow."));
        // Counted from a day, "more than two" is two years to the day, with no month's give: 5 October 1999 is 23 months before 9/11.
        Assert.Equal("Counted from 9/11, nearly three years before is about 11 September 1998; the paper dates 'unsc-resolution-1267-1999' to 5 October 1999",
            Assert.Single(Findings("Resolution 1267 preceded the 9/11 attacks by nearly three years.", "MRG006")).Message);
        Assert.Empty(Findings("Resolution 1267 preceded the 9/11 attacks by nearly two years."));
        // Less than a length from a day is not the rest of the calendar year it reaches.
        Assert.Equal("The paper dates 'medvedev-endorses-obama-strategy-2009' to December 2009 and 'russian-embassy-reopens-2007' to 23 February 2007: three years later than it, not nearly two years after",
            Assert.Single(Findings("Medvedev's endorsement of Obama's strategy came nearly two years after Russia reopened its Kabul embassy.", "MRG006")).Message);
        Assert.Equal("The paper dates 'us-taliban-agreement-2020' to 29 February 2020 and 'doha-talks-2019' to 21–22 January 2019: one year later than it, not less than a year after",
            Assert.Single(Findings("The leap-day deal between Washington and the Taliban was signed less than a year after the first overt US–Taliban talks in Doha.", "MRG006")).Message);
        // "A little over" is half a unit more at most; "just over nine years" from the end of 1979 is February 1989.
        Assert.Equal("The paper dates 'us-taliban-agreement-2020' to 29 February 2020 and 'moscow-format-first-meeting-2017' to 15 February 2017: three years later than it, not a little over two years after",
            Assert.Single(Findings("The Doha deal was signed a little over two years after the first Moscow Format round.", "MRG006")).Message);
        Assert.Empty(Findings("Soviet troops entered Afghanistan at the end of 1979, and just over nine years later the last of them crossed back into Soviet territory."));
        Assert.Empty(Findings("The Doha signing came just over forty years after the Soviet invasion."));
    }

    [Fact]
    public void A_month_of_the_following_year_is_that_month_of_the_year_after()
    {
        Assert.Equal("Counted from 1998, August of the following year is August 1999; the paper dates 'us-embassy-bombings-1998' to August 1998",
            Assert.Single(Findings("Al-Qaeda arrives in Afghanistan in 1998; in August of the following year, the US embassies in Nairobi and Dar es Salaam are bombed.", "MRG006")).Message);
        Assert.Empty(Findings("Al-Qaeda arrives in Afghanistan in 1998; in August of that year, the US embassies in Nairobi and Dar es Salaam are bombed."));
    }

    [Fact]
    public void A_question_either_way_a_length_of_something_and_before_an_audience_order_nothing()
    {
        Assert.Empty(Findings("Q: Did the Congress of People's Deputies condemn the war before or after the troops came home?\nA: After the withdrawal, later the same year."));
        Assert.Empty(Findings("After two days of negotiations in Doha, Khalilzad said a framework agreement had been reached with the Taliban."));
        // The length's date is still the sentence's: a framework of January 2020 is a year late.
        Assert.Equal("The paper dates 'doha-framework-agreement-2019' (After two days of negotiations the US and the Taliban reach a framework agreement) to January 2019 (000_bf09360ec50d0df5.txt, line 372); this note says January 2020, one year later. The sentence was read as about it from the words 'framework', 'agreement', 'negotiations', Zalmay Khalilzad and Taliban; cite the event to make the check certain",
            Assert.Single(Findings("Khalilzad claimed a framework agreement with the Taliban after two days of negotiations in Doha in January 2020.")).Message);
        // "After six months' pause" is how long the talks had stalled: the sentence's date is the revival's, two months late.
        Assert.Equal("The paper dates 'peace-talks-revive-2016' (The peace talks revive after six months without the Taliban) to January 2016 (000_bf09360ec50d0df5.txt, line 293); this note says March 2016, two months later. The sentence was read as about it from the words 'pause', 'talks' and Taliban; cite the event to make the check certain",
            Assert.Single(Findings("After six months' pause, peace talks resumed in March 2016 without the Taliban at the table.")).Message);
        // "Before" an audience is in front of it: the sentence's date is the speech's, a year late.
        Assert.Equal("The paper dates 'putin-speech-against-west-2014' (Putin's speech against the West at an annual gathering of journalists and officials) to 24 October 2014 (000_bf09360ec50d0df5.txt, line 247); this note says 24 October 2015, one year later. The sentence was read as about it from the words 'annual', 'gathering', 'journalists', The West and Vladimir Putin; cite the event to make the check certain",
            Assert.Single(Findings("Putin's tirade before the annual gathering of Western and Russian journalists and officials came on 24 October 2015.")).Message);
        Assert.Empty(Findings("Putin's tirade before the annual gathering of Western and Russian journalists and officials came on 24 October 2014."));
    }

    [Fact]
    public void A_thing_repeated_round_after_round_is_not_one_thing_after_another()
    {
        // "round after round" says the talks went on, not that they came after something: the range is the talks', two months long.
        Assert.Equal("The paper dates 'us-taliban-talks-summer-2019' (Several rounds of US-Taliban peace talks) to June–August 2019 (000_bf09360ec50d0df5.txt, line 406); this note says from June to October 2019, ending two months later. The sentence was read as about it from the word 'round', Taliban and United States; cite the event to make the check certain",
            Assert.Single(Findings("US and Taliban negotiators hold round after round from June to October 2019.")).Message);
        Assert.Empty(Findings("US and Taliban negotiators hold round after round from June to August 2019."));
        Assert.Equal("The paper dates 'qcg-meetings-2016' (Five QCG meetings are held) to January–May 2016 (000_bf09360ec50d0df5.txt, line 297); this note says from January to July 2016, ending two months later. The sentence was read as about it from the word 'meetings' and Quadrilateral Coordination Group; cite the event to make the check certain",
            Assert.Single(Findings("The QCG meetings came one after another from January to July 2016.")).Message);
        Assert.Equal("The paper dates 'qcg-meetings-2016' (Five QCG meetings are held) to January–May 2016 (000_bf09360ec50d0df5.txt, line 297); this note says from January to July 2016, ending two months later. The sentence was read as about it from the word 'meetings' and Quadrilateral Coordination Group; cite the event to make the check certain",
            Assert.Single(Findings("The QCG meetings came one after the other from January to July 2016.")).Message);
    }

    [Fact]
    public void The_month_before_at_the_end_of_its_clause_counts_from_the_date_before_it()
    {
        Assert.Equal("Counted from 28 Aug. 1992, the month before is July 1992; the paper dates 'russians-killed-in-kabul-1992' to August 1992",
            Assert.Single(Findings("Rockets on the embassy compound, 28 Aug. 1992; two Russians had been killed in Kabul the month before.", "MRG006")).Message);
        Assert.Empty(Findings("Rockets on the embassy compound, 28 Aug. 1992; two Russians had been killed in Kabul earlier that month."));
    }

    [Fact]
    public void Words_that_ask_the_reader_to_note_something_are_no_part_of_it()
    {
        Assert.Equal("The paper dates 'putin-speech-against-west-2014' to 24 October 2014 and 'foreign-troop-withdrawal-completed-2014' to 28 December 2014: two months earlier than it, not two months after",
            Assert.Single(Findings("Note that Putin's anti-Western speech was delivered two months after the withdrawal of combat troops had been completed.", "MRG006")).Message);
        Assert.Single(Findings("- 112. p. 21: note that Putin's anti-Western speech was delivered two months after the withdrawal of combat troops had been completed.", "MRG006"));
        Assert.Empty(Findings("Note that Putin's anti-Western speech was delivered two months before the withdrawal of combat troops had been completed."));
        // (With "that" left out too.)
        Assert.Equal("The paper puts 'moscow-summit-after-us-election-2016' (26 December 2016, named here “the Moscow summit”) after 'us-election-results-2016' (2016, named here “the US presidential election”), not before it",
            Assert.Single(Findings("Notice the Moscow summit came before the US presidential election.", "MRG006")).Message);
        Assert.Empty(Findings("Notice the Moscow summit came after the US presidential election."));
    }

    [Fact]
    public void A_part_of_the_subjects_words_names_no_event_the_other_side_names()
    {
        Assert.Equal("The paper dates 'moscow-trilateral-summit-2016' to 26 December 2016 and 'moscow-format-first-meeting-2017' to 15 February 2017: two months earlier than it, not two years before",
            Assert.Single(Findings("Moscow's summit with China and Pakistan was held two years before the first Moscow Format meeting.", "MRG006")).Message);
        Assert.Empty(Findings("Moscow's summit with China and Pakistan was held seven weeks before the first Moscow Format meeting."));
    }

    [Fact]
    public void The_news_Obama_told_the_Russian_president_before_has_a_time_of_its_own()
    {
        Assert.Equal("The paper puts 'obama-informs-russian-president-2011' (May 2011, named here “Obama told the Russian president about Bin Laden's death”) before 'bin-laden-death-announced-2011' (May 2011, named here “the news had been released worldwide”), not after it",
            Assert.Single(Findings("Obama told the Russian president about Bin Laden's death only after the news had been released worldwide.", "MRG006")).Message);
        Assert.Empty(Findings("Obama told the Russian president about Bin Laden's death before the news was released worldwide."));
    }

    [Fact]
    public void A_phrase_that_leads_in_with_a_comma_is_no_part_of_the_subjects_name()
    {
        Assert.Equal("The paper dates 'najibullah-resigns-1992' to 16 April 1992 and 'yeltsin-halts-arms-supply-1992' to 1 January 1992: three months later than it, not less than two months after",
            Assert.Single(Findings("Cut off from Russian weapons, Najibullah resigned less than two months after Yeltsin's arms embargo began.", "MRG006")).Message);
        Assert.Empty(Findings("Cut off from Russian weapons, Najibullah resigned less than four months after Yeltsin's arms embargo began."));
    }

    [Fact]
    public void He_or_she_as_a_subject_is_the_person_named_before_in_the_sentence()
    {
        Assert.Equal("The paper dates 'najibullah-resigns-1992' to 16 April 1992 and 'yeltsin-halts-arms-supply-1992' to 1 January 1992: three months later than it, not six weeks after",
            Assert.Single(Findings("Without Soviet weapons, Najibullah didn't last — he resigned barely six weeks after Yeltsin cut off the arms supply.", "MRG006")).Message);
        Assert.Empty(Findings("Without Soviet weapons, Najibullah didn't last — he resigned barely fifteen weeks after Yeltsin cut off the arms supply."));
    }

    [Fact]
    public void Someone_who_held_on_for_the_distance_is_timed_by_what_they_then_did()
    {
        Assert.Equal("The paper dates 'najibullah-resigns-1992' to 16 April 1992 and 'yeltsin-halts-arms-supply-1992' to 1 January 1992: three months later than it, not two years after",
            Assert.Single(Findings("Najibullah hung on for two years after Moscow stopped supplying arms, finally resigning in April 1992.", "MRG006")).Message);
        Assert.Empty(Findings("Najibullah hung on for three months after Moscow stopped supplying arms, finally resigning in April 1992."));
        // (Not words after the anchor's clause that do not say what came at the distance's end.)
        Assert.Empty(Findings("Najibullah hung on for two years after Moscow stopped supplying arms, as the paper tells it.", "MRG006"));
    }

    [Fact]
    public void Followed_by_a_distance_of_its_own_says_when_and_the_place_after_it_is_where()
    {
        // "followed seven months later in Islamabad": not after the Islamabad meeting of 2016, but seven months after April 2013.
        Assert.Empty(Findings("The trilateral format first met in Beijing in April 2013, and its second meeting followed seven months later in Islamabad."));
        Assert.Equal("Counted from April 2013, three months later is July 2013; the paper dates 'trilateral-second-meeting-2013' to November 2013",
            Assert.Single(Findings("The first trilateral meeting was held in Beijing in April 2013; the second followed three months later in Islamabad.", "MRG006")).Message);
        // "followed that September" is the round's own date, checked as one.
        Assert.Equal("The paper dates 'trilateral-second-meeting-2013' (The second trilateral meeting is held in Islamabad) to November 2013 (000_bf09360ec50d0df5.txt, line 239); this note says that September (September 2013), two months earlier. The sentence was read as about it from the word 'round' and Pakistan; cite the event to make the check certain",
            Assert.Single(Findings("The first trilateral meeting was held in Beijing in April 2013; the Islamabad round followed that September.")).Message);
        // (Not a date that names what came before: "followed 9/11 by about a year".)
        Assert.Single(Findings("Karzai's installation as interim president followed 9/11 by about a year.", "MRG006"));
    }

    [Fact]
    public void The_verb_that_joins_a_subject_to_its_distance_is_no_part_of_its_name()
    {
        // "was held" is not the "meeting held" of the first Moscow Format meeting: the words before it name the summit.
        Assert.Empty(Findings("Russia's summit with China and Pakistan on Afghanistan was held seven months after the US drone strike that killed Mullah Mansour."));
        Assert.Equal("The paper dates 'moscow-trilateral-summit-2016' to 26 December 2016 and 'mansour-killed-2016' to 21 May 2016: seven months later than it, not three months after",
            Assert.Single(Findings("Russia's summit with China and Pakistan on Afghanistan was held three months after the US drone strike that killed Mullah Mansour.")).Message);
        // Nor is "opened" the Doha talks' "opened": the words before it name the secret talks alone.
        Assert.Equal("The dates put 'us-secret-talks-with-taliban-2018' (July 2018, named here \u201cWashington's secret talks with the Taliban opened\u201d) before November 2018, not after it",
            Assert.Single(Findings("Washington's secret talks with the Taliban opened only after the November 2018 Moscow meeting.")).Message);
    }

    [Fact]
    public void He_opening_a_sentence_is_the_one_person_of_the_heading_or_sentence_before()
    {
        Assert.Equal("The paper dates 'najibullah-resigns-1992' to 16 April 1992 and 'yeltsin-halts-arms-supply-1992' to 1 January 1992: three months later than it, not a year after",
            Assert.Single(Findings("## Najibullah's fall\n\nHe resigned a year after Yeltsin cut off arms deliveries to Kabul.\n", "MRG006")).Message);
        Assert.Empty(Findings("## Najibullah's fall\n\nHe resigned three months after Yeltsin cut off arms deliveries to Kabul.\n"));
        // (Not when the sentence before names two people: whom "he" stands for is not sure.)
        Assert.Empty(Findings("Najibullah and Rabbani were rivals. He resigned a year after Yeltsin cut off arms deliveries to Kabul.\n", "MRG006"));
    }

    [Fact]
    public void They_as_a_subject_is_the_group_named_last_before_in_its_paragraph()
    {
        Assert.Equal("The paper dates 'taliban-formed-1994' to 1994 and 'najibullah-resigns-1992' to 16 April 1992: two years later than it, not a year after",
            Assert.Single(Findings("And the Taliban themselves? They emerged a year after Najibullah resigned.", "MRG006")).Message);
        Assert.Empty(Findings("And the Taliban themselves? They emerged two years after Najibullah resigned."));
    }

    [Fact]
    public void A_few_words_naming_by_a_key_term_what_the_paper_times_the_cited_subject_by_are_that()
    {
        // "the talks" are the July 2015 talks the revelation sabotaged, not the US–Taliban talks of 2018.
        Assert.Empty(Findings("The Omar disclosure [@mullah-omar-death-revealed-2015] came after the talks had started; the paper calls it sabotage by Kabul."));
        Assert.Equal("The paper puts 'mullah-omar-death-revealed-2015' (2015) after 'afghan-taliban-talks-2015' (9–10 July 2015, named here “the talks had started”), not before it",
            Assert.Single(Findings("The Omar disclosure [@mullah-omar-death-revealed-2015] came before the talks had started.", "MRG006")).Message);
        // Counted by the words the event's vocabulary knows: "the Moscow four-way meeting" is two, the four-party meeting.
        Assert.Empty(Findings("About a month after the Moscow four-way meeting, US–Taliban talks resumed in Doha [[doha-talks-resume-2019]]."));
        Assert.Equal("The paper dates 'doha-talks-resume-2019' to 7 December 2019 and 'moscow-four-party-meeting-2019' to 25 October 2019: one month later than it, not about a year after",
            Assert.Single(Findings("About a year after the Moscow four-way meeting, US–Taliban talks resumed in Doha [[doha-talks-resume-2019]].", "MRG006")).Message);
    }

    [Fact]
    public void A_month_that_says_which_meeting_names_none_the_paper_holds_in_another_month()
    {
        // "The February intra-Afghan meeting in Moscow" is not the Moscow round of 29 May 2019, the day after the centenary.
        Assert.Empty(Findings("Lavrov's centenary event came after the February intra-Afghan meeting in Moscow."));
        Assert.Equal("The paper puts 'russia-afghanistan-centenary-2019' (28 May 2019, named here “Lavrov's centenary event”) after 'moscow-format-first-meeting-2017' (15 February 2017, named here “the February intra-Afghan meeting in Moscow”) or 'moscow-intra-afghan-meeting-2019' (5–6 February 2019), not before it",
            Assert.Single(Findings("Lavrov's centenary event came before the February intra-Afghan meeting in Moscow.", "MRG006")).Message);
    }

    [Fact]
    public void The_taliban_born_and_bin_laden_dead_name_their_events()
    {
        Assert.Equal("The paper dates 'bin-laden-killed-2011' to 2 May 2011 and 'us-drawdown-begins-2011' to 13 July 2011: two months earlier than it, not six months before",
            Assert.Single(Findings("Bin Laden was dead six months before the first 650 US troops left Afghanistan.", "MRG006")).Message);
        Assert.Empty(Findings("Bin Laden was dead ten weeks before the first 650 US troops left Afghanistan."));
        Assert.Equal("The paper puts 'taliban-formed-1994' (1994, named here “The Taliban were born as a movement”) after 'najibullah-resigns-1992' (16 April 1992, named here “Najibullah's resignation”), not before it",
            Assert.Single(Findings("The Taliban were born as a movement before Najibullah's resignation.", "MRG006")).Message);
        Assert.Empty(Findings("The Taliban were born as a movement after Najibullah's resignation."));
    }

    [Fact]
    public void It_was_after_y_that_x_puts_what_follows_that_after_y()
    {
        Assert.Equal("The paper puts 'ussr-disintegrates-1991' (1991, named here “the USSR broke up”) after 'soviet-withdrawal-1989' (15 February 1989, named here “the Soviet withdrawal”), not before it",
            Assert.Single(Findings("It was before the Soviet withdrawal that the USSR broke up.", "MRG006")).Message);
        Assert.Empty(Findings("It was after the Soviet withdrawal that the USSR broke up."));
        // After a label, in quotes: the words quoted are the subject's, without the closing quote.
        Assert.Equal("The paper puts 'ussr-disintegrates-1991' (1991, named here “the USSR broke up”) after 'soviet-withdrawal-1989' (15 February 1989, named here “the Soviet withdrawal”), not before it",
            Assert.Single(Findings("Narration: \"It was only before the Soviet withdrawal that the USSR broke up.\"", "MRG006")).Message);
        Assert.Empty(Findings("Narration: \"It was only after the Soviet withdrawal that the USSR broke up.\""));
    }

    [Fact]
    public void A_distance_with_nothing_to_count_from_in_its_clause_counts_from_the_event_the_clause_before_names()
    {
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013) seven months after 'trilateral-first-meeting-2013' (April 2013), not five months later",
            Assert.Single(Findings("The Beijing meeting of the Russia–China–Pakistan trilateral opened the track, and the Islamabad round came five months later.", "MRG006")).Message);
        Assert.Empty(Findings("The Beijing meeting of the Russia–China–Pakistan trilateral opened the track, and the Islamabad round came seven months later."));
        // Not when the clause before puts things in order itself: the distance is its connector's.
        Assert.Empty(Findings("The Doha process restarted on the heels of Moscow's four-party meeting with Khalilzad, roughly six weeks later."));
    }

    [Fact]
    public void The_signing_pen_to_paper_soldiers_headed_home_and_a_framework_understanding_name_their_events()
    {
        Assert.Equal("The paper dates 'us-taliban-agreement-2020' to 29 February 2020 and 'doha-talks-resume-2019' to 7 December 2019: three months later than it, not three weeks after",
            Assert.Single(Findings("The signing took place only three weeks after the US–Taliban process had resumed in Doha.", "MRG006")).Message);
        Assert.Equal("The paper dates 'us-taliban-agreement-2020' to 29 February 2020 and 'doha-talks-resume-2019' to 7 December 2019: three months later than it, not a full year after",
            Assert.Single(Findings("Khalilzad and Baradar put pen to paper a full year after the Doha talks restarted.", "MRG006")).Message);
        Assert.Empty(Findings("Khalilzad and Baradar put pen to paper less than three months after the Doha talks restarted."));
        Assert.Equal("Counted from 9/11, twelve years after is about 11 September 2013; the paper dates 'us-drawdown-begins-2011' to 13 July 2011",
            Assert.Single(Findings("The first US soldiers headed home twelve years after the 9/11 attacks.", "MRG006")).Message);
        Assert.Empty(Findings("The first US soldiers headed home ten years after the 9/11 attacks."));
        Assert.Equal("The paper puts 'doha-framework-agreement-2019' (January 2019, named here “The US–Taliban framework understanding in Doha”) before 'moscow-intra-afghan-meeting-2019' (5–6 February 2019, named here “the inclusive intra-Afghan gathering in Moscow”), not after it",
            Assert.Single(Findings("The US–Taliban framework understanding in Doha came after the inclusive intra-Afghan gathering in Moscow.", "MRG006")).Message);
        Assert.Empty(Findings("The US–Taliban framework understanding in Doha came before the inclusive intra-Afghan gathering in Moscow."));
    }

    [Fact]
    public void Najibullah_quit_and_stood_down_name_his_resignation()
    {
        Assert.Equal("The paper puts 'najibullah-resigns-1992' (16 April 1992, named here “Najibullah stood down”) after 'yeltsin-halts-arms-supply-1992' (1 January 1992, named here “Yeltsin's arms cut-off took effect”), not before it",
            Assert.Single(Findings("Najibullah stood down before Yeltsin's arms cut-off took effect.", "MRG006")).Message);
        Assert.Equal("The paper puts 'najibullah-resigns-1992' (16 April 1992, named here “Najibullah quit”) after 'yeltsin-halts-arms-supply-1992' (1 January 1992, named here “Yeltsin cut arms to Kabul”), not before it",
            Assert.Single(Findings("Najibullah quit before Yeltsin cut arms to Kabul.", "MRG006")).Message);
        Assert.Empty(Findings("Najibullah quit after Yeltsin cut arms to Kabul."));
        Assert.Empty(Findings("Najibullah stood down three and a half months after Yeltsin's arms cut-off took effect."));
    }

    [Fact]
    public void A_weekday_written_short_before_its_date_ends_no_sentence()
    {
        // "Sun." once ended a sentence inside its date, and the note was not read at all (MRG000).
        Assert.Equal("Counted from Sun. 28 Dec 2014, two years later is about 28 December 2016; the paper dates 'islamic-state-in-afghanistan-2015' to January 2015",
            Assert.Single(Findings("Sun. 28 Dec 2014: foreign combat pull-out complete. Two years later, the Islamic State announces itself in Afghanistan.")).Message);
        Assert.Empty(Findings("Sun. 28 Dec 2014: foreign combat pull-out complete. Days later, IS announces itself in Afg."));
    }

    [Fact]
    public void Words_read_as_the_other_side_of_a_citation_both_sides_share_name_in_full_before_by_kind()
    {
        // "the Camp David collapse" is the cancellation; the plan only shares the visit's words ("Taliban", "meeting").
        Assert.Empty(Findings("The Taliban delegation came to Moscow a week after the Camp David collapse [[taliban-delegation-visits-moscow-2019]] — the timing is the whole of the argument here."));
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019, named here “The Taliban delegation came to Moscow”) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019, named here “the Camp David collapse”), not three weeks after",
            Assert.Single(Findings("The Taliban delegation came to Moscow three weeks after the Camp David collapse [[taliban-delegation-visits-moscow-2019]] — the timing is the whole of the argument here.")).Message);
    }

    [Fact]
    public void Putins_accession_a_gathering_of_opposition_politicians_and_reopening_in_Kabul_name_their_events()
    {
        Assert.Equal("Counted from 9/11, three years before is about 11 September 1998; the paper dates 'putin-becomes-president-2000' to 2000",
            Assert.Single(Findings("Putin's accession came three years before 9/11.")).Message);
        Assert.Empty(Findings("Putin's accession came a year before 9/11."));
        Assert.Equal("The paper puts 'moscow-intra-afghan-meeting-2019' (5–6 February 2019, named here “Moscow's gathering of Afghan opposition politicians”) after 'doha-talks-2019' (21–22 January 2019), which “preceded” denies",
            Assert.Single(Findings("Moscow's gathering of Afghan opposition politicians preceded the first overt US–Taliban talks [@doha-talks-2019].")).Message);
        Assert.Empty(Findings("Moscow's gathering of Afghan opposition politicians followed the first overt US–Taliban talks [@doha-talks-2019]."));
        Assert.Equal("The paper dates 'russian-embassy-reopens-2007' to 23 February 2007 and 'soviet-withdrawal-1989' to 15 February 1989: eighteen years later than it, not a decade after",
            Assert.Single(Findings("Moscow reopened in Kabul a decade after the Soviet withdrawal.")).Message);
        Assert.Empty(Findings("Moscow reopened in Kabul eighteen years after the Soviet withdrawal."));
    }

    [Fact]
    public void The_paper_s_own_words_for_the_withdrawal_commitment_name_it()
    {
        // "military forces and supporting civilian personnel", "committed", "undertook": the paper's quote and its verbs.
        Assert.Equal("The paper gives “14 months” for 'us-withdrawal-commitment-2021' (The US commits to withdraw all forces within 14 months; 000_bf09360ec50d0df5.txt, line 443), not “twelve months”",
            Assert.Single(Findings("The deal was signed on 29 February 2020. Within twelve months, the US was committed to pulling out all its military forces and supporting civilian personnel.")).Message);
        Assert.Empty(Findings("The deal was signed on 29 February 2020. Within fourteen months, the US was committed to pulling out all its military forces and supporting civilian personnel."));
        Assert.Equal("The paper gives “14 months” for 'us-withdrawal-commitment-2021' (The US commits to withdraw all forces within 14 months; 000_bf09360ec50d0df5.txt, line 443), not “12 months”",
            Assert.Single(Findings("- **Doha signing** — 29 Feb 2020. Under the deal the US undertook to pull all military forces and supporting civilians out within 12 months.")).Message);
        // A deal's terms are no term of office: "under its terms" names the commitment still.
        Assert.Equal("The paper gives “14 months” for 'us-withdrawal-commitment-2021' (The US commits to withdraw all forces within 14 months; 000_bf09360ec50d0df5.txt, line 443), not “18 months”",
            Assert.Single(Findings("Khalilzad and Baradar signed the Doha agreement on February 29, 2020; under its terms the US undertook to pull out all military forces and supporting civilian personnel within 18 months.")).Message);
        Assert.Empty(Findings("Khalilzad and Baradar signed the Doha agreement on February 29, 2020; under its terms the US undertook to pull out all military forces and supporting civilian personnel within 14 months."));
        // (Not "the Taliban pulled out": "pull" alone is no word of it.)
        Assert.Empty(Findings("Northern Alliance forces rode into Kabul on 13 November 2001 after the Taliban pulled out."));
    }

    [Fact]
    public void A_count_on_counts_from_the_date_before()
    {
        Assert.Equal("Counted from 16 April 1992, two months on is about 16 June 1992; the paper dates 'embassy-rocket-attack-1992' to 28 August 1992",
            Assert.Single(Findings("- 16 April 1992: Najibullah resigns. Two months on, ~14 rebel rockets hit the Russian embassy compound.")).Message);
        Assert.Empty(Findings("- 16 April 1992: Najibullah resigns. Four months on, ~14 rebel rockets hit the Russian embassy compound."));
    }

    [Fact]
    public void A_session_names_a_meeting()
    {
        Assert.Equal("The paper dates 'moscow-format-talks-2018' to 9 November 2018 and 'putin-fourth-term-2018' to 7 May 2018: six months later than it, not a year after",
            Assert.Single(Findings("The Moscow Format session with the Taliban came a year after Putin's fourth inauguration.")).Message);
        Assert.Empty(Findings("The Moscow Format session with the Taliban came six months after Putin's fourth inauguration."));
    }

    [Fact]
    public void A_distance_a_semicolon_closes_times_what_stands_before_it()
    {
        Assert.Equal("The paper dates 'moscow-third-round-2017' to 14 April 2017 and 'moscow-format-first-meeting-2017' to 15 February 2017: two months later than it, not a full year after",
            Assert.Single(Findings("Third Moscow round — a full year after the first Moscow Format meeting; USG & Kabul stay away.")).Message);
        Assert.Empty(Findings("Third Moscow round — two months after the first Moscow Format meeting; USG & Kabul stay away."));
    }

    [Fact]
    public void A_connector_opening_a_later_sentence_of_a_list_item_heads_that_sentence() =>
        // "After a six-month pause" is no order between July 2015 and the talks' revival.
        Assert.Empty(Findings("- July 2015: Kabul opens talks with the Taliban, then reveals Mullah Omar's death. After a six-month pause the talks revived the following January, this time without the Taliban."));

    [Fact]
    public void Words_cut_after_an_ordinal_name_nothing() =>
        // "Moscow hosted a third" is not the third trilateral meeting: the round is the third Moscow round, two months on.
        Assert.Empty(Findings("Two months after the Moscow Format's inaugural session, Moscow hosted a third round, now twelve countries strong."));

    [Fact]
    public void A_subject_is_named_by_its_words_before_an_aside_between_commas()
    {
        Assert.Equal("The dates put 'manas-airbase-2001' (December 2001, named here \u201cThe US airbase at Manas, just outside Bishkek, was set up\u201d) after 9/11, not before it",
            Assert.Single(Findings("The US airbase at Manas, just outside Bishkek, was set up before the 9/11 attacks.")).Message);
        Assert.Empty(Findings("The US airbase at Manas, just outside Bishkek, was set up after the 9/11 attacks."));
        Assert.Equal("The paper puts 'karzai-meets-putin-2015' (the middle of 2015, named here \u201cKarzai's meeting with Putin, at which he called Russia a neighbour\u201d) "
            + "before 'putin-mansour-meeting-rumour-2015' (the last quarter of 2015, named here \u201cthe reports of Putin's alleged meeting with Mansour\u201d), not after it",
            Assert.Single(Findings("Karzai's meeting with Putin, at which he called Russia a neighbour, came after the reports of Putin's alleged meeting with Mansour.")).Message);
        Assert.Empty(Findings("Karzai's meeting with Putin, at which he called Russia a neighbour, came before the reports of Putin's alleged meeting with Mansour."));
    }

    [Fact]
    public void The_fall_of_the_soviet_union_is_named()
    {
        Assert.Equal("The paper dates 'russian-embassy-evacuated-1992' to 1992 and 'soviet-union-falls-1991' to 1991: one year later than it, not the same year as",
            Assert.Single(Findings("The evacuation of the Russian embassy in Kabul came in the same year as the Soviet Union's fall.")).Message);
        Assert.Empty(Findings("The evacuation of the Russian embassy in Kabul came the year after the Soviet Union's fall."));
    }

    [Fact]
    public void A_decision_not_to_act_is_a_thing_that_happened()
    {
        Assert.Equal("The paper dates 'arab-spring-2011' to 2011 and 'bin-laden-killed-2011' to 2 May 2011: the same time as it, not the year after",
            Assert.Single(Findings("Moscow's decision not to veto the Arab Spring resolutions came the year after Bin Laden was killed.")).Message);
        Assert.Empty(Findings("Moscow's decision not to veto the Arab Spring resolutions came in the same year as Bin Laden's killing."));
    }

    [Fact]
    public void A_name_of_an_event_that_holds_a_place_names_it_though_the_place_is_no_actor_of_it()
    {
        // "the Doha framework agreement" is the framework of January 2019, not the Doha signing of 2020 (Qatar is no party to it).
        Assert.Empty(Findings("The Doha framework agreement came two weeks before the inclusive Moscow meeting with Karzai and Abdullah."));
        Assert.Equal("The paper dates 'doha-framework-agreement-2019' to January 2019 and 'moscow-intra-afghan-meeting-2019' to 5–6 February 2019: five days earlier than it, not two months before",
            Assert.Single(Findings("The Doha framework agreement came two months before the inclusive Moscow meeting with Karzai and Abdullah.")).Message);
        // (A name too short to hold the place's word names nothing by it: "the US presidential election" is still the vote.)
        Assert.Equal("The paper puts 'moscow-trilateral-summit-2016' (26 December 2016, named here “Moscow's December 2016 trilateral summit”) after 'us-election-results-2016' (2016, named here “the US presidential election”), which “preceded” denies",
            Assert.Single(Findings("Moscow's December 2016 trilateral summit preceded the US presidential election.")).Message);
    }

    [Fact]
    public void A_date_in_a_relative_clause_between_commas_is_no_side_of_the_order()
    {
        // "who became Russian president in 2000" says who Putin was; the call after 9/11 is the subject.
        Assert.Empty(Findings("Vladimir Putin, who became Russian president in 2000, would be the first foreign leader to telephone George W. Bush with condolences after 9/11."));
        Assert.Equal("MRG006 This note's own dates put 10 September 2001 before 9/11, not after it",
            Assert.Single(Findings("Vladimir Putin, who became Russian president in 2000, phoned George W. Bush on 10 September 2001, after 9/11.")) is var f ? $"{f.Code} {f.Message}" : "");
    }

    [Fact]
    public void An_event_that_lacks_the_group_a_phrase_names_is_no_other_reading_of_it()
    {
        // "announced … in Afghanistan" is Yeltsin's announcement too, but not with the Islamic State as its subject.
        Assert.Equal("The paper puts 'islamic-state-in-afghanistan-2015' (January 2015, named here “IS formally announced itself in Afghanistan”) after 'foreign-troop-withdrawal-completed-2014' (28 December 2014, named here “the foreign combat troops had finished withdrawing”), not before it",
            Assert.Single(Findings("IS formally announced itself in Afghanistan before the foreign combat troops had finished withdrawing.")).Message);
        Assert.Empty(Findings("IS formally announced itself in Afghanistan after the foreign combat troops had finished withdrawing."));
    }

    [Fact]
    public void A_term_the_note_sets_is_held_to_the_event_its_words_rank_first_for_a_term()
    {
        // No phrase names the commitment, but "committed", "pulling" … "forces" rank it first by far, and "within" sets a term.
        Assert.Equal("The paper gives “14 months” for 'us-withdrawal-commitment-2021' (The US commits to withdraw all forces within 14 months; 000_bf09360ec50d0df5.txt, line 443), not “12 months”",
            Assert.Single(Findings("Khalilzad and Baradar signed on 29 February 2020. Under the deal the US committed to pulling all its forces out within 12 months.", "MRG006")).Message);
        Assert.Equal("The paper gives “14 months” for 'us-withdrawal-commitment-2021' (The US commits to withdraw all forces within 14 months; 000_bf09360ec50d0df5.txt, line 443), not “six months”",
            Assert.Single(Findings("The US–Taliban deal was signed on 29.02.2020. Under it, the US committed to withdrawing all its forces within the following six months.", "MRG006")).Message);
        Assert.Empty(Findings("Khalilzad and Baradar signed on 29 February 2020. Under the deal the US committed to pulling all its forces out within 14 months.", "MRG006"));
        // (A distance is no term: "some four months ahead of the Moscow meeting" is not the 18 months of the talks before the deal.)
        Assert.Empty(Findings("Washington's secret contacts with the Taliban began some four months ahead of the Moscow meeting that seated the Taliban alongside the HPC.", "MRG006"));
    }

    [Fact]
    public void A_year_narrowed_by_the_papers_order_is_still_counted_by_the_year()
    {
        // The paper's "2016" for the election results, narrowed to before the 26 December summit, counts "a year after" to 2017.
        Assert.Equal("The paper dates 'moscow-trilateral-summit-2016' to 26 December 2016 and 'us-election-results-2016' to 2016 (1 January – 26 December 2016 by the order the paper gives it): the same time as it, not a year after",
            Assert.Single(Findings("The Moscow trilateral summit came a year after the American presidential election, by which time Trump was settled in.", "MRG006")).Message);
        Assert.Empty(Findings("The Moscow trilateral summit came weeks after the American presidential election, by which time Trump was settled in.", "MRG006"));
    }

    [Fact]
    public void A_date_before_a_comma_and_a_verb_without_its_subject_is_not_the_verbs()
    {
        // 1992 is the shutting's; "reopened fifteen years after the 1992 closure" is 2007, which the note does not write.
        Assert.Empty(Findings("Kabul embassy: shut in 1992, reopened fifteen years after the 1992 closure.", "MRG006"));
        // (A date set off by commas names the subject: the third round is still counted from the first meeting.)
        Assert.Equal("Counted from 'moscow-format-first-meeting-2017' (15 February 2017, named here “the format's first meeting”), six months after is about 15 August 2017, not 14/04/2017",
            Assert.Single(Findings("The third Moscow round, 14/04/2017, came six months after the format's first meeting, and the guest list had doubled to twelve.", "MRG006")).Message);
    }

    [Fact]
    public void Predating_or_following_by_a_span_is_a_distance()
    {
        Assert.Equal("The paper dates 'russia-backs-northern-alliance-1996' to 1996 and 'taliban-control-afghanistan-1996' to 27 September 1996: the same time as it, not two years before",
            Assert.Single(Findings("Russia's turn to the Northern Alliance [[russia-backs-northern-alliance-1996]] predates the Taliban's seizure of most of the country by two years.", "MRG006")).Message);
        // "Barely two months" is at most two: fourteen months are not, a month and a half would be.
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not barely two months after",
            Assert.Single(Findings("Resolution 1267 followed the East African embassy bombings by barely two months and imposed the first UN sanctions on the Taliban.", "MRG006")).Message);
        Assert.Empty(Findings("Resolution 1267 followed the East African embassy bombings by barely fourteen months and imposed the first UN sanctions on the Taliban.", "MRG006"));
    }

    [Fact]
    public void A_named_side_is_the_event_its_words_name_for_which_the_distance_is_plausible()
    {
        // "The February meeting in Moscow" may be the trilateral's third (2016), the Moscow Format's first (15 February 2017)
        // or the intra-Afghan meeting (5–6 February 2019); a month before May 2019 can only mean the last, and the finding
        // names it.
        Assert.Equal("The paper dates 'russia-afghanistan-centenary-2019' to 28 May 2019 and 'moscow-intra-afghan-meeting-2019' to 5–6 February 2019: four months later than it, not a month after",
            Assert.Single(Findings("The centenary event [@russia-afghanistan-centenary-2019] followed the February meeting in Moscow by a month.", "MRG006")).Message);
        Assert.Empty(Findings("The centenary event [@russia-afghanistan-centenary-2019] followed the February meeting in Moscow by four months.", "MRG006"));
    }

    [Fact]
    public void Later_than_something_counts_from_it()
    {
        // The rumours of the last quarter of 2015 came three months after the Ufa summit of July 2015, not before it.
        Assert.Empty(Findings("Rumours of Putin meeting Mansour [[putin-mansour-meeting-rumour-2015]] surfaced three months later than the Ufa summit.", "MRG006"));
        Assert.Equal("The paper dates 'putin-mansour-meeting-rumour-2015' to the last quarter of 2015 and 'sco-summit-2015' to 9–10 July 2015: three months later than it, not three years later",
            Assert.Single(Findings("Rumours of Putin meeting Mansour [[putin-mansour-meeting-rumour-2015]] surfaced three years later than the Ufa summit.", "MRG006")).Message);
    }

    [Fact]
    public void A_month_cut_short_says_which_meeting_as_its_whole_name_does()
    {
        // "The Feb. intra-Afghan mtg in Moscow" is the meeting of 5–6 February 2019, not the talks of 29 May that the
        // centenary is timed by: under four months after it is right.
        Assert.Empty(Findings("Centenary event came a little under four months after the Feb. intra-Afghan mtg in Moscow.", "MRG006"));
        Assert.Equal("The paper dates 'russia-afghanistan-centenary-2019' to 28 May 2019 and 'moscow-intra-afghan-meeting-2019' to 5–6 February 2019: four months later than it, not a week after",
            Assert.Single(Findings("Centenary event came a week after the Feb. intra-Afghan mtg in Moscow.", "MRG006")).Message);
    }

    [Theory]
    [InlineData("Manas was set up a year after 9/11, once it was clear the Americans meant to stay.", "a year after")]
    [InlineData("Manas was up and running a year after 9/11.", "a year after")]
    [InlineData("Manas opened for business six months after the 9/11 attacks.", "six months after")]
    [InlineData("Putin lashed out at the West two months after the foreign combat withdrawal was completed.", "two months after")]
    [InlineData("Najibullah's regime lasted less than a year after the Soviet pull-out.", "less than a year after")]
    [InlineData("The US drawdown (first 650 soldiers out) began a year before the SEALs got Bin Laden.", "a year before")]
    [InlineData("The centenary party at the Russian foreign ministry happened the day after the second round of intra-Afghan talks in Moscow.", "the day after")]
    public void A_side_named_in_the_words_notes_use_for_it_is_ordered(string wrong, string distance)
    {
        var finding = Assert.Single(Findings(wrong, "MRG006"));
        Assert.Equal(RangeOf(wrong, distance), finding.Range);
    }

    [Theory]
    [InlineData("Manas opened for business three months after the 9/11 attacks.")]
    [InlineData("Putin lashed out at the West two months before the foreign combat withdrawal was completed.")]
    public void A_side_named_in_the_words_notes_use_for_it_is_ordered_right(string right) => Assert.Empty(Findings(right));

    [Fact]
    public void Of_several_plausible_readings_the_paper_dates_alike_the_first_is_read()
    {
        // "The SCO summit" is the summit of 2005 or of 9–10 July 2015, where Ghani also talked with Putin: a month before talks
        // of those very days can only be the latter two, which the paper dates alike.
        Assert.Equal("The paper dates 'afghan-taliban-talks-2015' to 9–10 July 2015 and 'sco-summit-2015' to 9–10 July 2015: the same time as it, not a month after",
            Assert.Single(Findings("The Afghan government's Pakistan-facilitated peace talks with the Taliban came a month after the SCO summit.", "MRG006")).Message);
    }

    [Fact]
    public void A_side_years_off_for_its_distance_is_read_as_the_next_event_its_words_name()
    {
        // "The last combat troops had left Afghanistan" names the Soviet withdrawal of 1989 first; two months before a speech of
        // 2014 it can only be the foreign troops' of December 2014.
        Assert.Equal("The paper dates 'putin-speech-against-west-2014' to 24 October 2014 and 'foreign-troop-withdrawal-completed-2014' to 28 December 2014: two months earlier than it, not two months after",
            Assert.Single(Findings("Putin's Valdai speech came two months after the last combat troops had left Afghanistan.", "MRG006")).Message);
    }

    [Fact]
    public void Two_years_counted_from_a_day_reach_five_months_either_way()
    {
        // 5 July 2005 to 23 February 2007 is nineteen and a half months, from one calendar year to the one two years on:
        // "two years later" as a writer rounds it. (One year is still given four months: "a year after" is not seven months.)
        Assert.Empty(Findings("5 July 2005: SCO summit demands a US base-withdrawal deadline. Two years later Russia reopened its embassy in Kabul.", "MRG006"));
        Assert.Empty(Findings("Russia reopened its embassy in Kabul on 23 February 2007; two years earlier the SCO had demanded a deadline for US bases in Central Asia.", "MRG006"));
        Assert.Single(Findings("5 July 2005: SCO summit demands a US base-withdrawal deadline. Three years later Russia reopened its embassy in Kabul.", "MRG006"));
    }

    [Fact]
    public void A_phrase_that_opens_with_a_name_of_its_event_names_it_whatever_follows()
    {
        const string wrong = "Russia formally reopened its embassy in Kabul on 23 February 2007, a decade after its mission had been shut amid the rocket fire of the civil war.";
        Assert.Equal("Counted from 'russian-mission-closed-1992' (August 1992, named here \u201cits mission had been shut amid the rocket fire of the civil war\u201d), a decade after is August 2002, not 23 February 2007",
            Assert.Single(Findings(wrong, "MRG006")).Message);
        Assert.Empty(Findings("Russia formally reopened its embassy in Kabul on 23 February 2007, fifteen years after its mission had been shut amid the rocket fire of the civil war.", "MRG006"));
    }

    [Fact]
    public void Words_that_name_two_events_alike_time_a_dated_subject_its_own_words_name()
    {
        const string wrong = "Putin's fourth term began on 7 May 2018, six months after the Moscow meeting with the Taliban.";
        Assert.Equal("Counted from 'moscow-format-talks-2018' (9 November 2018, named here \u201cthe Moscow meeting with the Taliban\u201d) or 'moscow-intra-afghan-meeting-2019' (5\u20136 February 2019), six months after is about 9 May 2019, not 7 May 2018",
            Assert.Single(Findings(wrong, "MRG006")).Message);
        Assert.Empty(Findings("Putin's fourth term began on 7 May 2018, six months before the Moscow meeting with the Taliban.", "MRG006"));
        // (A date whose words name no event of the paper is still of something else.)
        Assert.Empty(Findings("Ghani flew to Delhi on 7 May 2018, six months after the Moscow meeting with the Taliban.", "MRG006"));
    }

    [Fact]
    public void A_subject_no_phrase_names_is_the_event_its_words_are_about_beside_a_named_anchor()
    {
        const string wrong = "The Valdai speech in which Putin accused the US of disrupting world order came a year after the last foreign combat troops left.";
        Assert.Equal("The paper dates 'putin-speech-against-west-2014' to 24 October 2014 and 'foreign-troop-withdrawal-completed-2014' to 28 December 2014: two months earlier than it, not a year after",
            Assert.Single(Findings(wrong, "MRG006")).Message);
        Assert.Empty(Findings("The Valdai speech in which Putin accused the US of disrupting world order came two months before the last foreign combat troops left.", "MRG006"));
        // ("The following year" is a time, not a connector whose words before it are about the bombings.)
        Assert.Empty(Findings("In the wake of the embassy bombings in Nairobi and Dar es Salaam, the Security Council acted against the Taliban the following year with Resolution 1267.", "MRG006"));
    }

    [Fact]
    public void A_distance_that_heads_a_quoted_draft_after_a_label_orders_the_quote()
    {
        const string wrong = "Draft: \"A week after the fifth QCG meeting, a US drone killed Mullah Mansour.\"";
        Assert.Equal("The paper puts 'mansour-killed-2016' (21 May 2016, named here \u201ca US drone killed Mullah Mansour\u201d) three days after 'qcg-fifth-meeting-2016' (18 May 2016, named here \u201cthe fifth QCG meeting\u201d), not a week after",
            Assert.Single(Findings(wrong, "MRG006")).Message);
        Assert.Empty(Findings("Draft: \"Three days after the fifth QCG meeting, a US drone killed Mullah Mansour.\"", "MRG006"));
    }

    [Fact]
    public void The_Talibans_first_appearance_at_a_Moscow_Format_meeting_is_the_forum_of_November_2018()
    {
        // Not the format's first meeting (15 February 2017), which the Taliban did not attend.
        Assert.Equal("The paper puts 'trump-reviews-policy-2017' (2017, named here “Trump's review of South Asia policy”) before 'taliban-invited-to-forum-2018' (9 November 2018, named here “the Taliban's first appearance at a Moscow Format meeting”), not after it",
            Assert.Single(Findings("Trump's review of South Asia policy came after the Taliban's first appearance at a Moscow Format meeting.", "MRG006")).Message);
        Assert.Empty(Findings("Trump's review of South Asia policy came before the Taliban's first appearance at a Moscow Format meeting."));
    }

    [Fact]
    public void A_quiz_answer_naming_which_came_first_orders_the_two()
    {
        const string question = "Q: Which came first, Karzai's re-election or Medvedev's endorsement of Obama's Afghan strategy?\n";
        Assert.Equal("The paper puts 'medvedev-endorses-obama-strategy-2009' (December 2009, named here “Medvedev's endorsement of Obama's Afghan strategy”) after 'karzai-reelected-2009' (August 2009, named here “Karzai's re-election”), which “came first” denies",
            Assert.Single(Findings(question + "A: Medvedev's endorsement.", "MRG006")).Message);
        Assert.Empty(Findings(question + "A: Karzai's re-election came first."));
        // An answer that orders the two in its own words is read as it says.
        Assert.Empty(Findings(question + "A: Medvedev's endorsement came after Karzai's re-election."));
    }

    [Fact]
    public void A_quiz_answer_of_before_or_after_alone_orders_the_two_the_question_names()
    {
        const string question = "Q: Did Najibullah resign before or after Yeltsin cut off arms supplies to Kabul?\n";
        Assert.Equal("The paper puts 'najibullah-resigns-1992' (16 April 1992, named here “Najibullah resign”) after 'yeltsin-halts-arms-supply-1992' (1 January 1992, named here “Yeltsin cut off arms supplies to Kabul”), not before it",
            Assert.Single(Findings(question + "A: Before. The arms halt came later.", "MRG006")).Message);
        Assert.Empty(Findings(question + "A: After. The arms halt came first."));
        // A flashcard's front and back, the question without "did".
        const string card = "Front: Putin's anti-West speech — before or after the last western combat troops left?\n";
        Assert.Equal("The paper puts 'putin-speech-against-west-2014' (24 October 2014, named here “Putin's anti-West speech”) before 'foreign-troop-withdrawal-completed-2014' (28 December 2014, named here “the last western combat troops left”), not after it",
            Assert.Single(Findings(card + "Back: After.", "MRG006")).Message);
        Assert.Empty(Findings(card + "Back: Before."));
    }

    [Fact]
    public void A_quiz_answer_to_how_long_after_gives_the_distance_between_the_two_the_question_names()
    {
        const string question = "Q: How long after the last Soviet soldier left Afghanistan did the USSR itself collapse?\n";
        Assert.Equal("The paper dates 'ussr-disintegrates-1991' to 1991 and 'soviet-withdrawal-1989' to 15 February 1989: two years later than it, not four years later",
            Assert.Single(Findings(question + "A: Four years later.", "MRG006")).Message);
        Assert.Empty(Findings(question + "A: Nearly three years later."));
    }

    [Fact]
    public void A_quiz_answer_that_cites_what_came_later_gives_only_the_question_s_distance()
    {
        // The answer's citation is the thing the question asks about: the distance is not counted from it to the question's words.
        const string question = "**Q.** How long after Trump scrapped the Camp David meeting did a Taliban delegation turn up in Moscow?\n";
        Assert.Empty(Findings(question + "**A:** One week after [@taliban-delegation-visits-moscow-2019].", "MRG006"));
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019, named here \u201ca Taliban delegation turn up in Moscow\u201d) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019, named here \u201cTrump scrapped the Camp David meeting\u201d), not three months after",
            Assert.Single(Findings(question + "**A:** Three months after [@taliban-delegation-visits-moscow-2019].", "MRG006")).Message);
        // So for "X came how long before Y?".
        const string before = "**Q.** Putin's anti-Western speech came how long before the withdrawal of Western combat troops was completed?\n";
        Assert.Empty(Findings(before + "**A:** Two months before [@putin-speech-against-west-2014].", "MRG006"));
        Assert.Single(Findings(before + "**A:** Six months before [@putin-speech-against-west-2014].", "MRG006"));
    }

    [Fact]
    public void Words_whose_own_date_denies_an_event_do_not_name_it()
    {
        // "the July 2015 talks with the Taliban" are no US–Taliban talks of September 2018, though the words would fit them.
        Assert.Empty(Findings("Kabul's revelation that Mullah Omar was dead came after the July 2015 talks with the Taliban had started [@mullah-omar-death-revealed-2015] \u2014 and it sank them.", "MRG006"));
    }

    [Fact]
    public void A_few_words_besides_its_own_people_name_the_event_the_paper_times_the_named_subject_by()
    {
        // The revelation of Omar's death sabotaged the talks begun on 9–10 July 2015: "the talks with the Taliban" are those,
        // not the US–Taliban talks of 2018 that the words also fit.
        const string wrong = "Kabul revealed Mullah Omar's death before the talks with the Taliban had even begun.";
        Assert.Equal("The paper puts 'mullah-omar-death-revealed-2015' (2015, named here “Kabul revealed Mullah Omar's death”) after 'afghan-taliban-talks-2015' (9–10 July 2015, named here “the talks with the Taliban had even begun”), not before it",
            Assert.Single(Findings(wrong, "MRG006")).Message);
        Assert.Empty(Findings(wrong.Replace("before", "after", StringComparison.Ordinal)));
        // (Not words naming someone the event does not have: "the four-party meeting with Khalilzad" is no Camp David cancellation.)
        Assert.Empty(Findings("The Taliban's visit to Moscow [@taliban-delegation-visits-moscow-2019] preceded the four-party meeting with Khalilzad."));
    }

    [Fact]
    public void This_time_says_when_not_that_it_was_the_first_time()
    {
        // The first Moscow Format meeting (15 February 2017), not the Taliban's "first time" at a forum (9 November 2018).
        Assert.Empty(Findings("Russia gathered China and Pakistan in Moscow on 26 December 2016 with no Afghans present. Less than two months later it hosted its new Moscow Format, this time with Afghanistan, Iran and India at the table too."));
    }

    [Fact]
    public void The_Russian_flag_back_up_over_a_Kabul_embassy_is_the_reopening_of_2007()
    {
        Assert.Equal("Counted from 'russian-embassy-reopens-2007' (23 February 2007, named here “the Russian flag went back up over a Kabul embassy”), a decade before is about 23 February 1997, not 16 April 1992",
            Assert.Single(Findings("Najibullah resigned on 16 April 1992, a decade before the Russian flag went back up over a Kabul embassy.", "MRG006")).Message);
        Assert.Empty(Findings("Najibullah resigned on 16 April 1992, a decade and a half before the Russian flag went back up over a Kabul embassy."));
        Assert.Equal("Counted from 1992, a decade after is 2002; the paper dates 'russian-embassy-reopens-2007' to 23 February 2007",
            Assert.Single(Findings("Rus. embassy back in Kabul a decade after the 1992 evacuation.", "MRG006")).Message);
        Assert.Empty(Findings("Rus. embassy back in Kabul fifteen years after the 1992 evacuation."));
    }

    [Fact]
    public void And_only_afterwards_orders_what_follows_after_what_went_before()
    {
        Assert.Equal("The paper puts 'rabbani-called-to-moscow-1991' (November 1991, named here “Rabbani called to Moscow to talk about a provisional Islamic government”) before 'gorbachev-resigns-1991' (25 December 1991), which “only afterwards is” denies",
            Assert.Single(Findings("Gorbachev resigns [[gorbachev-resigns-1991]], and only afterwards is Rabbani called to Moscow to talk about a provisional Islamic government.", "MRG006")).Message);
        Assert.Empty(Findings("Rabbani is called to Moscow to talk about a provisional Islamic government, and only afterwards does Gorbachev resign [[gorbachev-resigns-1991]]."));
    }

    [Fact]
    public void Barely_bounds_a_length_and_names_nothing()
    {
        Assert.Equal("The paper gives “more than three years” for 'najibullah-regime-survives-1992' (Najibullah's regime resists the mujahideen for more than three years after the withdrawal; 000_bf09360ec50d0df5.txt, line 72), not “barely two years”",
            Assert.Single(Findings("Najibullah's regime outlasted the Soviet pull-out by barely two years.", "MRG006")).Message);
        Assert.Empty(Findings("Najibullah's regime outlasted the Soviet pull-out by more than three years."));
    }

    [Fact]
    public void Outliving_something_is_outlasting_it()
    {
        // ("regime outlived" is a name of the regime's survival, as "regime outlasted" is.)
        Assert.Equal("The paper gives “more than three years” for 'najibullah-regime-survives-1992' (Najibullah's regime resists the mujahideen for more than three years after the withdrawal; 000_bf09360ec50d0df5.txt, line 72), not “barely a year”",
            Assert.Single(Findings("Najibullah's regime outlived the Soviet withdrawal by barely a year.", "MRG006")).Message);
        Assert.Empty(Findings("Najibullah's regime outlived the Soviet withdrawal by more than three years."));
    }

    [Fact]
    public void A_citation_in_brackets_is_the_words_before_it()
    {
        // "([[…]])" cites the Beijing meeting: the distance "by seven months" after it is the statement's.
        const string followed = "The Islamabad session followed the Beijing meeting ([[trilateral-first-meeting-2013]]) by seven months.";
        Assert.Empty(Findings(followed));
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013, named here \u201cThe Islamabad session\u201d) seven months after 'trilateral-first-meeting-2013' (April 2013), not five months after",
            Assert.Single(Findings(followed.Replace("seven", "five", StringComparison.Ordinal), "MRG006")).Message);
        Assert.Single(Findings("The Islamabad session followed the Beijing meeting (@trilateral-first-meeting-2013) by five months.", "MRG006"));
    }

    [Fact]
    public void Following_by_only_a_span_is_a_distance()
    {
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 and 'us-embassy-bombings-1998' to August 1998: one year later than it, not only six months after",
            Assert.Single(Findings("Resolution 1267 [@unsc-resolution-1267-1999] followed the East African embassy bombings by only six months.", "MRG006")).Message);
        Assert.Empty(Findings("Resolution 1267 [@unsc-resolution-1267-1999] followed the East African embassy bombings by only fourteen months.", "MRG006"));
    }

    [Fact]
    public void A_distance_later_in_the_sentence_of_an_order_is_its_distance()
    {
        // "eighteen months later" counts from nothing before it but the round the meeting followed.
        Assert.Equal("The paper dates 'trilateral-third-meeting-2016' to 2016 and 'trilateral-second-meeting-2013' to November 2013: three years later than it, not eighteen months later",
            Assert.Single(Findings("The third trilateral meeting, hosted in Moscow, followed the Islamabad round eighteen months later [@trilateral-third-meeting-2016].", "MRG006")).Message);
        Assert.Equal("The paper puts 'trilateral-second-meeting-2013' (November 2013, named here \u201cthe trilateral met again in Islamabad\u201d) seven months after 'trilateral-first-meeting-2013' (April 2013, named here \u201cBeijing\u201d), not four months later",
            Assert.Single(Findings("After Beijing, the trilateral met again in Islamabad four months later.", "MRG006")).Message);
        Assert.Empty(Findings("After Beijing, the trilateral met again in Islamabad seven months later.", "MRG006"));
    }

    [Fact]
    public void A_trip_after_Camp_David_collapsed_is_the_Taliban_s_visit()
    {
        Assert.Equal("The paper puts 'taliban-delegation-visits-moscow-2019' (mid-September 2019, named here \u201cThe Taliban's Moscow trip\u201d) one week after 'camp-david-meeting-cancelled-2019' (8 September 2019, named here \u201cCamp David collapsed\u201d), not a month after", Assert.Single(Findings("The Taliban's Moscow trip came a month after Camp David collapsed.", "MRG006")).Message);
        Assert.Empty(Findings("The Taliban's Moscow trip came a week after Camp David collapsed.", "MRG006"));
    }

    [Fact]
    public void The_rift_over_Iraq_is_the_Iraq_crisis()
    {
        const string rift = "Moscow stood fully behind the US war on terror from September 2001; the rift over Iraq came three years later.";
        Assert.Equal("Counted from September 2001, three years later is September 2004; the paper dates 'iraq-war-crisis-2003' to 2003",
            Assert.Single(Findings(rift, "MRG006")).Message);
        Assert.Empty(Findings(rift.Replace("three", "two", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_cited_date_is_not_counted_from_words_that_name_its_own_event_loosely()
    {
        // "Trump had frozen the process" names the resumption of the process only loosely, and nothing else clearly: the
        // resumption is not three months after itself.
        Assert.Empty(Findings("KHALILZAD was back at the table with the Taliban in Doha on December 7, 2019 [@doha-talks-resume-2019], three months after Trump had frozen the process."));
        Assert.Equal("The paper dates 'doha-talks-resume-2019' to 7 December 2019 and 'camp-david-meeting-cancelled-2019' to 8 September 2019: three months later than it, not a week after",
            Assert.Single(Findings("KHALILZAD was back at the table with the Taliban in Doha on December 7, 2019 [@doha-talks-resume-2019], a week after Trump called off the Camp David meeting.", "MRG006")).Message);
    }
}
