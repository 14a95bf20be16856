using Marginalia.Core.Checks;
using static Marginalia.Core.Tests.NoteText;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

public class CitedDateCheckTests
{
    [Fact]
    public void A_date_after_a_connector_is_the_cited_events_when_the_citation_is_the_anchors()
    {
        // "after the attacks of 11 Sept 2002 [@september-11-attacks-2001]": the citation names what the date misdates.
        var finding = Assert.Single(Findings("Putin was the first to ring Bush after the attacks of 11 Sept 2002 [@september-11-attacks-2001].", "MRG002"));
        Assert.Equal("The paper dates 'september-11-attacks-2001' to 11 September 2001 (000_bf09360ec50d0df5.txt, line 144); this note says 11 Sept 2002, one year later", finding.Message);
        Assert.True(finding.Fixes[0].IsPreferred);
        // A citation of the subject's event leaves the date to what the connector's words name.
        Assert.Empty(Findings("Putin was the first to ring Bush after the attacks of 11 September 2001 [@putin-condolences-after-9-11-2001].", "MRG002"));
    }

    [Fact]
    public void A_wrong_date_beside_a_citation_names_the_papers_date_its_line_and_the_distance()
    {
        const string text = "The last Soviet troops left on 15 February 1990 [@soviet-withdrawal-1989].";
        var finding = Assert.Single(Findings(text));
        Assert.Equal("MRG002", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(RangeOf(text, "15 February 1990"), finding.Range);
        Assert.Equal("The paper dates 'soviet-withdrawal-1989' to 15 February 1989 (000_bf09360ec50d0df5.txt, line 55); this note says 15 February 1990, one year later", finding.Message);
        Assert.Equal("15 February 1989", Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
    }

    [Theory]
    [InlineData("1989-02-16", "1989-02-15")]
    [InlineData("16.02.1989", "15.02.1989")]
    [InlineData("Feb 16, 1989", "Feb 15, 1989")]
    [InlineData("the 16th of February 1989", "the 15th of February 1989")]
    public void The_fix_writes_the_papers_date_in_the_notes_own_format(string said, string fixedText)
    {
        var finding = Assert.Single(Findings($"Troops left on {said} [[soviet-withdrawal-1989]].", "MRG002"));
        Assert.Equal(fixedText, finding.Fixes[0].Edits[0].NewText);
        Assert.Contains("one day later", finding.Message);
    }

    [Theory]
    [InlineData("on 14 february 1989", "14 february 1989", "15 february 1989", "one day earlier")]
    [InlineData("on february 16, 1989", "february 16, 1989", "february 15, 1989", "one day later")]
    [InlineData("on 16 Feb '89", "16 Feb '89", "15 Feb '89", "one day later")]
    [InlineData("in Q2 1989", "Q2 1989", "Q1 1989", "one month later")]
    public void A_date_written_in_lower_case_or_with_a_short_year_is_read_whole_and_fixed_in_its_style(string said, string quoted, string fixedText, string distance)
    {
        var finding = Assert.Single(Findings($"Troops left {said} [@soviet-withdrawal-1989].", "MRG002"));
        Assert.Contains($"this note says {quoted}, {distance}", finding.Message);
        Assert.Equal(fixedText, finding.Fixes[0].Edits[0].NewText);
    }

    [Theory]
        [InlineData("around 1995", "around 1989")]
    [InlineData("c. 1995", "c. 1989")]
    [InlineData("about March 1995", "about February 1989")]
    public void The_fix_keeps_the_notes_hedge_and_the_message_quotes_it(string said, string fixedText)
    {
        var finding = Assert.Single(Findings($"Troops left {said} [@soviet-withdrawal-1989].", "MRG002"));
        Assert.Equal(fixedText, finding.Fixes[0].Edits[0].NewText);
        Assert.Contains($"this note says {said},", finding.Message);
    }

    [Theory]
    [InlineData("in 1989")]
    [InlineData("in mid-February 1989")]
    [InlineData("on 1989-02-15")]
    [InlineData("on 15.02.1989")]
    [InlineData("on Feb 15, 1989")]
    [InlineData("on the 15th of February 1989")]
    [InlineData("in February 1989")]
    [InlineData("in the late 1980s")]
    public void A_date_that_agrees_at_the_notes_precision_raises_nothing(string said) =>
        Assert.Empty(Findings($"The last Soviet troops left {said} [@soviet-withdrawal-1989]."));

    [Fact]
    public void A_second_date_about_something_else_is_not_read_against_the_cited_event()
    {
        Assert.Empty(Findings("In 1988, a year before the withdrawal of 15 February 1989 [@soviet-withdrawal-1989], the accords were signed."));
        // (Also when the right date stands in another clause: 2014 is the planned end of what 13 July 2011 began.)
        Assert.Empty(Findings("The first 650 American soldiers left on 13 July 2011 — [[us-drawdown-begins-2011|the start of the drawdown]] that was meant to end in 2014."));
        Assert.Equal("The paper dates 'us-drawdown-begins-2011' to 13 July 2011 (000_bf09360ec50d0df5.txt, line 227); this note says 2015, four years later",
            Assert.Single(Findings("The first American soldiers left Afghanistan, starting the drawdown [[us-drawdown-begins-2011]] that ended in 2015.")).Message);
        // (Not a date of a clause that cites an event of its own: May 2011 is when Obama told the Russian president.)
        Assert.Equal("The paper dates 'bin-laden-killed-2011' to 2 May 2011 (000_bf09360ec50d0df5.txt, line 224); this note says 2 May 2012, one year later",
            Assert.Single(Findings("Obama informed the Russian President of Bin Laden's death in May 2011 [@obama-informs-russian-president-2011]; US Navy SEALs had killed Osama Bin Laden on 2 May 2012 [@bin-laden-killed-2011].")).Message);
    }

    [Fact]
    public void In_a_table_row_the_date_cell_is_read_against_the_event_cited_in_the_row()
    {
        const string text = """
            | Event | Date |
            |---|---|
            | [[moscow-format-talks-2018]] | 9 November 2019 |
            | [[soviet-withdrawal-1989]] | 15 February 1989 |
            """;
        var finding = Assert.Single(Findings(text));
        Assert.Equal(RangeOf(text, "9 November 2019"), finding.Range);
        Assert.Contains("'moscow-format-talks-2018' to 9 November 2018", finding.Message);
    }

    [Fact]
    public void Severity_comes_from_the_workspace_settings_and_off_silences_the_check()
    {
        const string text = "Left on 15 February 1990 [@soviet-withdrawal-1989].";
        var quiet = Marginalia.Core.Workspace.WorkspaceSettings.Parse(".marginalia.yaml", "severity:\n  MRG002: off\n");
        Assert.Empty(Findings(text, settings: quiet));
        var soft = Marginalia.Core.Workspace.WorkspaceSettings.Parse(".marginalia.yaml", "severity:\n  MRG002: warning\n");
        Assert.Equal(Severity.Warning, Assert.Single(Findings(text, settings: soft)).Severity);
    }

    [Fact]
    public void A_decade_is_never_replaced_by_a_day_unasked()
    {
        // "the 1980s" times the commander, not the cited control of most of the country: a fix may be offered, not applied unasked.
        const string text = "By the time the Taliban held most of the country [@taliban-control-afghanistan-1996], Moscow found itself arming Massoud, the very commander our 40th Army had spent the 1980s trying to dislodge from the Panjshir.";
        var finding = Assert.Single(Findings(text, "MRG002"));
        Assert.Equal("The paper dates 'taliban-control-afghanistan-1996' to 27 September 1996 (000_bf09360ec50d0df5.txt, line 97); this note says the 1980s, seven years earlier", finding.Message);
        Assert.False(Assert.Single(finding.Fixes).IsPreferred);
        // A year written for it keeps its sure fix.
        Assert.True(Assert.Single(Findings("The Taliban held most of the country by 27 September 1995 [@taliban-control-afghanistan-1996].", "MRG002")).Fixes[0].IsPreferred);
    }

    [Fact]
    public void A_date_that_is_another_events_the_sentence_speaks_of_asks_whether_the_citation_is_meant_for_it()
    {
        const string text = "Trump called off the Camp David meeting on 8 September 2019 [@camp-david-meeting-planned-2019].";
        var finding = Assert.Single(Findings(text, "MRG002"));
        Assert.Equal("The paper dates 'camp-david-meeting-planned-2019' to June–August 2019 (000_bf09360ec50d0df5.txt, line 406); this note says 8 September 2019, "
            + "one week later. It is the paper's date for 'camp-david-meeting-cancelled-2019' (Trump calls off the Camp David meeting after an attack in Kabul), "
            + "which the sentence speaks of: is the citation meant for it?", finding.Message);
        // Neither fix is sure: the citation may be the slip, or the date.
        Assert.Equal(["Cite 'camp-david-meeting-cancelled-2019' instead", "Replace with the paper's date: June–August 2019"], finding.Fixes.Select(f => f.Title));
        Assert.All(finding.Fixes, f => Assert.False(f.IsPreferred));
        Assert.Equal(RangeOf(text, "camp-david-meeting-planned-2019"), finding.Fixes[0].Edits[0].Range);
        // A wrong date that is no other event's keeps its sure fix.
        Assert.True(Assert.Single(Findings("Trump called off the Camp David meeting on 8 September 2018 [@camp-david-meeting-cancelled-2019].", "MRG002")).Fixes[0].IsPreferred);
    }

    [Fact]
    public void A_date_in_the_words_a_connector_opens_is_the_other_things()
    {
        Assert.Empty(Findings("In the wake of the 9/11 attacks a US airbase went up at Manas outside Bishkek [[manas-airbase-2001]].", "MRG002"));
        Assert.Single(Findings("A US airbase went up at Manas outside Bishkek in September 2002 [[manas-airbase-2001]], in the wake of the 9/11 attacks.", "MRG002"));
    }

    [Fact]
    public void A_citation_in_the_words_a_distance_opens_is_of_what_they_name()
    {
        Assert.Empty(Findings("Yeltsin's cut-off of arms to Kabul took effect on 1 January 1992 — one week after Gorbachev resigned [[gorbachev-resigns-1991]].", "MRG002"));
        Assert.Empty(Findings("The USSR came apart in 1991, within three years of the last troops leaving [[soviet-withdrawal-1989]].", "MRG002"));
        // What an anniversary is of is another thing too.
        Assert.Empty(Findings("Trump called off the Camp David meeting on 8 September, three days short of the 18th anniversary of 9/11 [[camp-david-meeting-cancelled-2019]].", "MRG002"));
        // Words that do not name the cited event leave the citation the sentence's.
        Assert.Single(Findings("Najibullah resigned on 16 April 1993, a week after the mujahideen closed in [@najibullah-resigns-1992].", "MRG002"));
        // Nor words the cited event's own title orders it by ("evacuated after it is set on fire"): they restate it.
        const string fire = "The Russian embassy, one of the most important missions in Kabul, was evacuated in 1993 after it was set on fire during the civil war [@russian-embassy-evacuated-1992].";
        Assert.Equal("The paper dates 'russian-embassy-evacuated-1992' to 1992 (000_bf09360ec50d0df5.txt, line 15); this note says 1993, one year later",
            Assert.Single(Findings(fire, "MRG002")).Message);
        Assert.Empty(Findings(fire.Replace("1993", "1992", StringComparison.Ordinal)));
    }

    [Fact]
    public void That_month_is_the_month_of_the_date_before_it_and_the_message_says_which()
    {
        var finding = Assert.Single(Findings("Najibullah stepped down on 16 April 1992 [@najibullah-resigns-1992]. Later that month, some 14 rockets hit the Russian embassy compound [@embassy-rocket-attack-1992].", "MRG002"));
        Assert.Equal("The paper dates 'embassy-rocket-attack-1992' to 28 August 1992 (000_bf09360ec50d0df5.txt, line 83); this note says that month (April 1992), four months earlier", finding.Message);
    }

    [Fact]
    public void What_it_took_a_length_from_is_another_thing_than_the_cited_event()
    {
        Assert.Empty(Findings("It took fifteen years from the closure of the Kabul mission in 1992 to the formal reopening of the embassy [@russian-embassy-reopens-2007].", "MRG002"));
        // "took effect from" is no length.
        Assert.Single(Findings("Yeltsin's cut-off of arms deliveries to Kabul took effect from 1 January 1991 [[yeltsin-halts-arms-supply-1992]].", "MRG002"));
    }

    [Fact]
    public void A_citation_whose_date_the_sentence_gives_as_an_anchor_is_that_dates()
    {
        // January 2016 is the cited revival's date: the talks' stalling in mid-2015 is another thing.
        Assert.Empty(Findings("The talks stalled in mid-2015; after a six-month pause they revived in January 2016, without the Taliban [@peace-talks-revive-2016].", "MRG002"));
        Assert.Single(Findings("The talks stalled in mid-2015; after a six-month pause they revived in March 2016, without the Taliban [@peace-talks-revive-2016].", "MRG002"));
    }

    [Fact]
    public void No_date_is_replaced_unasked_when_the_citation_denies_two_dates_of_its_sentence()
    {
        // Which date the citation is for is not known: the bombing's day or the cancellation's.
        var findings = Findings("The Kabul car bombing of 5 September 2019, which killed twelve people among them an American soldier, was the attack Trump "
            + "cited when he called off the Camp David meeting on 8 September [@camp-david-meeting-planned-2019].", "MRG002");
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.DoesNotContain(f.Fixes, x => x.IsPreferred));
        // One date denied alone is replaced as before.
        Assert.Contains(Assert.Single(Findings("Trump secretly planned the Camp David meeting in May 2019 [@camp-david-meeting-planned-2019].", "MRG002")).Fixes, x => x.IsPreferred);
    }

    [Fact]
    public void No_date_is_replaced_unasked_when_the_sentence_gives_another_date_or_the_citation_stands_in_another_clause()
    {
        static Finding Only(string text) => Assert.Single(Findings(text, "MRG002"));
        Assert.True(Only("The embassy reopened in Kabul in 2008 [@russian-embassy-reopens-2007].").Fixes[0].IsPreferred);
        // Another date of the sentence may be the one the citation is for.
        Assert.False(Only("The embassy reopened in 2008, sixteen years after the August 1992 closure [@russian-embassy-reopens-2007].").Fixes[0].IsPreferred);
        // The date's clause cites nothing: the citation after the semicolon may be for the other clause's words alone.
        Assert.False(Only("The embassy reopened in 2008; Lavrov called it a new start [@russian-embassy-reopens-2007].").Fixes[0].IsPreferred);
    }
    [Fact]
    public void A_verb_without_its_subject_after_a_dash_goes_on_the_cited_clause_before()
    {
        Assert.Equal("The paper dates 'unsc-resolution-1267-1999' to 5 October 1999 (000_bf09360ec50d0df5.txt, line 125); this note says 5 November 1999, one month later",
            Assert.Single(Findings("Resolution 1267 [@unsc-resolution-1267-1999] — adopted 5 November 1999; the first UNSC sanctions on the Taliban.", "MRG002")).Message);
        // A clause with its own subject after the dash is its own.
        Assert.Empty(Findings("Resolution 1267 [@unsc-resolution-1267-1999] — the Taliban took Kabul on 27 September 1996.", "MRG002"));
    }
    [Fact]
    public void A_decade_in_the_cited_id_is_not_the_date_checked()
    {
        Assert.Equal("The paper dates 'lavrov-recalls-soviet-intervention-1980s' to the 1980s (000_bf09360ec50d0df5.txt, line 392); this note says the 1990s, ten years later",
            Assert.Single(Findings("In his 28 May 2019 centenary address Lavrov recalled the Soviet intervention of the 1990s [@lavrov-recalls-soviet-intervention-1980s].", "MRG002")).Message);
    }

    [Fact]
    public void A_date_of_another_clause_that_is_the_paper_date_of_what_that_clause_tells_is_not_the_citations()
    {
        // The citation is the opening phrase's; January 2015 is the Islamic State's declaration, which the main clause tells.
        Assert.Empty(Findings("Within weeks of the last foreign combat troops leaving [@foreign-troop-withdrawal-completed-2014], the Islamic State declared its presence in Afghanistan (January 2015)."));
        // A date the main clause's event does not have is still the citation's, and wrong.
        Assert.Single(Findings("Within weeks of the last foreign combat troops leaving [@foreign-troop-withdrawal-completed-2014], the Islamic State declared its presence in Afghanistan (January 2016).", "MRG002"));
    }

    [Fact]
    public void A_date_of_another_clause_is_not_the_paper_date_of_an_event_numbered_otherwise()
    {
        // The third term ran 2012–2018, but a clause about the fourth term speaks of no third one.
        Assert.Equal("The paper dates 'putin-fourth-term-2018' to 7 May 2018 (000_bf09360ec50d0df5.txt, line 343); this note says May 17, 2018, one week later",
            Assert.Single(Findings("Putin began his fourth presidential term on May 17, 2018, and Russia grew more assertive on Afghanistan that year [@putin-fourth-term-2018].", "MRG002")).Message);
        Assert.Empty(Findings("Putin began his fourth presidential term on May 7, 2018, and Russia grew more assertive on Afghanistan that year [@putin-fourth-term-2018]."));
    }

    [Fact]
    public void A_date_its_words_call_the_start_or_end_of_a_span_is_held_to_that_edge()
    {
        // The third term is 2012–2018: it began in 2012, and 7 May 2013 is inside it but no start of it.
        Assert.Equal("The paper dates the start of 'putin-third-term-2012' to 2012 (000_bf09360ec50d0df5.txt, line 233); this note says 7 May 2013, four months later",
            Assert.Single(Findings("Putin began his third term on 7 May 2013 [@putin-third-term-2012], this time for six years.", "MRG002")).Message);
        Assert.Empty(Findings("Putin began his third term on 7 May 2012 [@putin-third-term-2012], this time for six years."));
        Assert.Single(Findings("The Soviets' decade-long war, which began in 1980 [@soviet-decade-long-war-1979], ended in a complete withdrawal.", "MRG002"));
        Assert.Empty(Findings("The Soviets' decade-long war, which began in 1979 [@soviet-decade-long-war-1979], ended in a complete withdrawal."));
        // A date inside the span without such words, or a range, is held to the whole span.
        Assert.Empty(Findings("In 2013, during his third term [@putin-third-term-2012], Putin met Karzai."));
        Assert.Empty(Findings("His third term lasted 2012–2018 [@putin-third-term-2012]."));
    }

    [Fact]
    public void A_cited_date_an_order_sets_before_its_connector_is_the_cited_events_when_the_words_before_name_it()
    {
        // The words before "after" name the cancellation; the citation after the connector is still theirs.
        Assert.Equal("The paper dates 'camp-david-meeting-cancelled-2019' to 8 September 2019 (000_bf09360ec50d0df5.txt, line 409); this note says 8 October 2019, one month later",
            Assert.Single(Findings("Trump called off the secret Camp David meeting on 8 October 2019 after an insurgent attack in Kabul killed twelve people [[camp-david-meeting-cancelled-2019]].", "MRG002")).Message);
        Assert.Equal("The paper dates 'reduction-in-violence-2020' to February 2020 (000_bf09360ec50d0df5.txt, line 433); this note says January 2020, one month earlier",
            Assert.Single(Findings("A seven-day reduction in violence, agreed in January 2020, preceded the signing [@reduction-in-violence-2020].", "MRG002")).Message);
        // Words before the connector that name something else date that: the halt, not the resignation.
        Assert.Empty(Findings("Yeltsin's halt, effective 1 Jan 1992, preceded Najibullah's resignation [@najibullah-resigns-1992]."));
    }

    [Fact]
    public void A_connector_in_a_relative_clause_opens_no_words_past_the_verb_of_its_sentence()
    {
        // "that outlasted the Soviet withdrawal …" ends at "was": 1993 is the fall's date, not the withdrawal's.
        Assert.Equal("The paper dates 'najibullah-regime-toppled-1992' to 1992 (000_bf09360ec50d0df5.txt, line 96); this note says 1993, one year later",
            Assert.Single(Findings("- **Najibullah out**: the regime that outlasted the Soviet withdrawal by more than three years was toppled in 1993 [@najibullah-regime-toppled-1992].", "MRG002")).Message);
        Assert.Empty(Findings("- **Najibullah out**: the regime that outlasted the Soviet withdrawal by more than three years was toppled in 1992 [@najibullah-regime-toppled-1992]."));
    }

    [Fact]
    public void A_citation_that_opens_its_line_is_the_whole_lines()
    {
        // A card's or a bullet's tag: the date after the arrow is the cited event's. (Its clause does not hold the
        // citation, so the fix is offered, not preferred.)
        var finding = Assert.Single(Findings("- [[trilateral-first-meeting-2013]] first trilateral mtg (Russia, China, Pakistan) → Beijing, April 2012.", "MRG002"));
        Assert.Equal("The paper dates 'trilateral-first-meeting-2013' to April 2013 (000_bf09360ec50d0df5.txt, line 239); this note says April 2012, one year earlier", finding.Message);
        Assert.False(Assert.Single(finding.Fixes).IsPreferred);
        Assert.Empty(Findings("- [[trilateral-first-meeting-2013]] first trilateral mtg (Russia, China, Pakistan) → Beijing, April 2013."));
    }

    [Fact]
    public void A_citation_at_the_end_of_an_arrow_chain_is_its_last_steps()
    {
        // "A (date) → days after → B [[b]]": the date is the first step's, and it is the paper's date for the troops' leaving.
        Assert.Empty(Findings("Combat troops gone (28 Dec 2014) → days after → IS/ISIS declares itself in Afghanistan [[islamic-state-in-afghanistan-2015]]."));
        // Without the arrow the closing citation is the whole line's.
        Assert.Single(Findings("IS/ISIS declares itself in Afghanistan (28 Dec 2014) [[islamic-state-in-afghanistan-2015]].", "MRG002"));
    }

    [Fact]
    public void A_sentence_of_a_list_item_after_the_one_that_cites_and_dates_its_event_tells_another_thing()
    {
        // The drawdown's planned end, in a sentence of its own, is no second date of the first soldiers' leaving.
        Assert.Empty(Findings("- 13/07/2011 — first batch of 650 US soldiers leaves the northeast [@us-drawdown-begins-2011]. Start of the phased drawdown meant to finish at the end of 2014.", "MRG002"));
        // Still the cited event's when the citing sentence gives no date of it.
        Assert.Single(Findings("- First batch of 650 US soldiers leaves the northeast [@us-drawdown-begins-2011]. Date: 13 July 2012.", "MRG002"));
    }

    [Fact]
    public void Words_after_a_connector_that_restate_the_cited_events_own_order_leave_the_citation_the_subjects()
    {
        // The evacuation's title: "… is evacuated after it is set on fire in the civil war"; the fire is part of it, not
        // something the citation dates instead.
        var finding = Assert.Single(Findings("The Russian embassy in Kabul was evacuated in 1993 after a fire was set to it during the civil war [@russian-embassy-evacuated-1992]."));
        Assert.Equal("MRG002", finding.Code);
        Assert.Equal("The paper dates 'russian-embassy-evacuated-1992' to 1992 (000_bf09360ec50d0df5.txt, line 15); this note says 1993, one year later", finding.Message);
        Assert.Empty(Findings("The Russian embassy in Kabul was evacuated in 1992 after a fire was set to it during the civil war [@russian-embassy-evacuated-1992]."));
    }

    [Fact]
    public void A_citation_after_a_distance_is_the_subjects_when_the_words_before_name_it()
    {
        // The delegation's words come before "a week after"; the citation that closes the sentence is theirs, and so is the date.
        var finding = Assert.Single(Findings("A Taliban delegation went to Moscow in late September 2019, a week after the US–Taliban meeting collapsed [@taliban-delegation-visits-moscow-2019].", "MRG002"));
        Assert.Equal("The paper dates 'taliban-delegation-visits-moscow-2019' to mid-September 2019 (000_bf09360ec50d0df5.txt, line 414); this note says late September 2019, one day later", finding.Message);
        Assert.Empty(Findings("A Taliban delegation went to Moscow in mid-September 2019, a week after the US–Taliban meeting collapsed [@taliban-delegation-visits-moscow-2019]."));
    }

    [Fact]
    public void A_cited_date_is_not_taken_for_an_event_its_clause_speaks_of_clearly_less_than_of_the_cited_one()
    {
        // "embassy" alone also names the evacuation of 1992, whose year 28 July 1992 agrees with; the rockets and the
        // compound name the attack the note cites.
        Assert.Equal("The paper dates 'embassy-rocket-attack-1992' to 28 August 1992 (000_bf09360ec50d0df5.txt, line 83); this note says 28 July 1992, one month earlier",
            Assert.Single(Findings("- 28 July 1992: ~14 rebel rockets on the Rus. embassy compound, Kabul; two technicians wounded [@embassy-rocket-attack-1992].")).Message);
        Assert.Empty(Findings("- 28 August 1992: ~14 rebel rockets on the Rus. embassy compound, Kabul; two technicians wounded [@embassy-rocket-attack-1992]."));
    }

    [Fact]
    public void A_date_set_before_a_noun_that_names_another_event_dates_that_event()
    {
        // "the 1992 closure" is the closure's year; the citation is for the reopening the span runs to.
        Assert.Empty(Findings("The Russian mission stayed shut for fifteen years, from the 1992 closure to the formal reopening [@russian-embassy-reopens-2007]."));
        // (A date set before the cited event's own noun is its date.)
        Assert.Equal("The paper dates 'russian-embassy-reopens-2007' to 23 February 2007 (000_bf09360ec50d0df5.txt, line 185); this note says 2006, one year earlier",
            Assert.Single(Findings("The Russian mission stayed shut for fifteen years, from its 1992 closure to the formal 2006 reopening [@russian-embassy-reopens-2007].")).Message);
    }

    [Fact]
    public void A_date_in_parentheses_after_words_that_name_another_event_dates_that_event()
    {
        // "the Islamabad trilateral (Nov. 2013)" is the second meeting's date; the citation is for the third round.
        Assert.Empty(Findings("Nearly three years separated the Islamabad trilateral (Nov. 2013) from the third round, hosted in Moscow [@trilateral-third-meeting-2016]."));
        // (A date in parentheses after the cited event's own words is its date.)
        Assert.Equal("The paper dates 'trilateral-third-meeting-2016' to 2016 (000_bf09360ec50d0df5.txt, line 241); this note says Nov. 2013, two years earlier",
            Assert.Single(Findings("The third trilateral meeting (Nov. 2013) was hosted in Moscow [@trilateral-third-meeting-2016].")).Message);
    }

    [Fact]
    public void A_coarser_date_of_the_cited_event_does_not_excuse_a_wrong_day_within_it()
    {
        // "in 2018" agrees with the fourth term; "7 March 2018" is its day, wrong. Nor is that day the paper's date of Russia's
        // assertiveness, which the paper puts only "in the year 2018".
        Assert.Equal("The paper dates 'putin-fourth-term-2018' to 7 May 2018 (000_bf09360ec50d0df5.txt, line 343); this note says 7 March 2018, two months earlier",
            Assert.Single(Findings("Russia's more assertive posture in 2018 coincided with Putin beginning his fourth presidential term on 7 March 2018 [[putin-fourth-term-2018]].")).Message);
        Assert.Empty(Findings("Russia's more assertive posture in 2018 coincided with Putin beginning his fourth presidential term on 7 May 2018 [[putin-fourth-term-2018]]."));
    }

    [Fact]
    public void A_year_that_says_which_year_is_no_distance()
    {
        // "in a year when" says which year the date's is, not a year after it: the cited day is checked, and nothing is
        // counted from it.
        var finding = Assert.Single(Check("Putin began his fourth presidential term on 7 March 2018 [[putin-fourth-term-2018]], in a year when Russia became \"more assertive in the Afghan conflict\".\n").Findings);
        Assert.Equal("MRG002", finding.Code);
        Assert.Empty(Check("Putin began his fourth presidential term on 7 May 2018 [[putin-fourth-term-2018]], in a year when Russia became \"more assertive in the Afghan conflict\".\n").Findings);
    }

    [Fact]
    public void Followed_without_an_object_and_a_place_before_the_date_says_when()
    {
        // "followed in Moscow in March 2017": when it came, not what it came after.
        Assert.Equal("The paper dates 'moscow-format-first-meeting-2017' to 15 February 2017 (000_bf09360ec50d0df5.txt, line 324); this note says March 2017, one month later",
            Assert.Single(Findings("The first Moscow Format meeting followed in Moscow in March 2017 [@moscow-format-first-meeting-2017].", "MRG002")).Message);
        Assert.Empty(Findings("The first Moscow Format meeting followed in Moscow in February 2017 [@moscow-format-first-meeting-2017]."));
        // A passive "was followed in August 1992 by Y" still relates: the date is Y's, not the resignation's.
        Assert.Empty(Findings("Najibullah's resignation was followed in August 1992 by the rocket attack on the Russian embassy."));
    }
}
