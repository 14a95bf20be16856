using Marginalia.Core.Checks;
using Marginalia.Core.Dates;
using Marginalia.Core.Notes;
using Marginalia.Core.Workspace;
using static Marginalia.Core.Tests.NoteText;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

/// <summary>
/// Every example of issue #10 ("Findings a historian can trust"), as the issue writes it: right sentences that were
/// flagged, findings that named the wrong event, relative dates counted from the wrong place, order in any phrasing,
/// dates read at the wrong precision, ranges and hedges.
/// </summary>
public class TrustExamplesTests
{
    private static IReadOnlyList<Finding> Alarms(string text) => Findings(text).Where(f => f.Code != "MRG008").ToList();

    [Theory]
    // Right restatements of the paper.
    [InlineData("- 16 April 1992 — Najibullah steps down, and the mujahideen close in on Kabul.")]
    [InlineData("Trump called off the Camp David meeting on 8 September 2019 after an insurgent attack in Kabul.")]
    // Right facts beside the paper.
    [InlineData("Amin was killed on 27 December 1979 when Soviet special forces stormed his palace.")]
    [InlineData("Massoud was assassinated on 9 September 2001, two days before the attacks.")]
    [InlineData("Mullah Omar died in April 2013; his death was revealed in July 2015.")]
    [InlineData("Mullah Omar died in April 2013, and his death was revealed in July 2015.")]
    [InlineData("Khalilzad was appointed US special envoy for Afghan reconciliation in September 2018.")]
    // A relative date counted from the date before it, not from a citation five lines up.
    [InlineData("The Moscow talks opened [@moscow-intra-afghan-meeting-2019].\n\nLavrov spoke at the celebration on 28 May 2019. The second round of intra-Afghan talks followed the next day, may 29, 2019 [@intra-afghan-talks-moscow-2019].")]
    // A hedge widens a date: c. 1993 is 1992–1994.
    [InlineData("Yeltsin halted arms supplies to Kabul c. 1993 [@yeltsin-halts-arms-supply-1992].")]
    public void A_right_sentence_raises_nothing(string text) => Assert.Empty(Alarms(text));

    [Fact]
    public void A_wrong_day_for_Najibullahs_resignation_names_the_resignation_and_its_fix_is_not_preferred()
    {
        const string text = "Najibullah resigned on 18 April 1992, and the mujahideen closed in on Kabul.";
        var finding = Assert.Single(Alarms(text));
        Assert.Equal("MRG003", finding.Code);
        Assert.Equal(RangeOf(text, "18 April 1992"), finding.Range);
        Assert.Equal("The paper dates 'najibullah-resigns-1992' (Najibullah resigns) to 16 April 1992 (000_bf09360ec50d0df5.txt, line 83); "
            + "this note says 18 April 1992, two days later. The sentence was read as about it from the word 'resigned' and Mohammad Najibullah; "
            + "cite the event to make the check certain", finding.Message);
        Assert.Equal(["Replace with the paper's date: 16 April 1992", "Cite 'najibullah-resigns-1992' here"], finding.Fixes.Select(f => f.Title));
        Assert.All(finding.Fixes, f => Assert.False(f.IsPreferred));
        var cite = Assert.Single(finding.Fixes[1].Edits);
        Assert.Equal(" [@najibullah-resigns-1992]", cite.NewText);
        Assert.Equal(RangeOf(text, ".").Start, cite.Range.Start);
    }

    [Fact]
    public void A_wrong_day_for_the_Camp_David_cancellation_names_the_cancellation()
    {
        const string text = "Trump called off the Camp David meeting on 6 September 2019.";
        var finding = Assert.Single(Alarms(text));
        Assert.Equal("MRG003", finding.Code);
        Assert.StartsWith("The paper dates 'camp-david-meeting-cancelled-2019' (Trump calls off the Camp David meeting after an attack in Kabul) to 8 September 2019", finding.Message);
    }

    [Fact]
    public void The_next_day_is_counted_from_the_date_before_it_in_hover_and_check_alike()
    {
        const string text = "Lavrov spoke at the celebration on 28 May 2019. The second round of intra-Afghan talks followed three days later [@intra-afghan-talks-moscow-2019].";
        var finding = Assert.Single(Alarms(text));
        Assert.Equal(("MRG006", RangeOf(text, "three days later")), (finding.Code, finding.Range));
        // 28 May 2019 is the centenary's day, and the paper puts the talks "on the next day".
        Assert.Equal("The paper puts 'intra-afghan-talks-moscow-2019' (29 May 2019) one day after 'russia-afghanistan-centenary-2019' (28 May 2019), not three days later", finding.Message);

        var note = Check(text);
        var reading = DateReadings.Read(note.Analysis, note.Note.Dates.Single(d => d.Text == "three days later"));
        Assert.Equal((Verdict.Disagrees, "MRG006", "2019-05-31"), (reading.Verdict, reading.Code, reading.Interval!.ToIsoInterval()));
        Assert.Equal(SideBasis.Stated, reading.Statement!.Anchor.Basis);
        Assert.Equal("28 May 2019", reading.Statement.Anchor.Date!.Text);
    }

    [Theory]
    [InlineData("The first Moscow Format meeting [@moscow-format-first-meeting-2017] came before the trilateral summit in Moscow [@moscow-trilateral-summit-2016].", "before",
        "The paper puts 'moscow-format-first-meeting-2017' (15 February 2017) after 'moscow-trilateral-summit-2016' (26 December 2016), not before it")]
    [InlineData("The trilateral summit in Moscow [@moscow-trilateral-summit-2016] followed the first Moscow Format meeting [@moscow-format-first-meeting-2017].", "followed",
        "The paper puts 'moscow-trilateral-summit-2016' (26 December 2016) before 'moscow-format-first-meeting-2017' (15 February 2017), which \u201cfollowed\u201d denies")]
    [InlineData("The first Moscow Format meeting preceded the trilateral summit in Moscow.", "preceded",
        "The paper puts 'moscow-format-first-meeting-2017' (15 February 2017, named here \u201cThe first Moscow Format meeting\u201d) after 'moscow-trilateral-summit-2016' (26 December 2016, named here \u201cthe trilateral summit in Moscow\u201d), which \u201cpreceded\u201d denies")]
    [InlineData("The intervention [@soviet-intervention-1979] came after the 9/11 attacks.", "after",
        "The dates put 'soviet-intervention-1979' (the end of 1979) before 9/11, not after it")]
    [InlineData("The embassy reopened (23 February 2007) before the SCO summit of 5 July 2005.", "before",
        "This note's own dates put 23 February 2007 after 5 July 2005, not before it")]
    public void An_order_in_any_phrasing_is_checked(string text, string words, string message)
    {
        var finding = Assert.Single(Alarms(text));
        Assert.Equal(("MRG006", RangeOf(text, words), message), (finding.Code, finding.Range, finding.Message));
    }

    [Theory]
    [InlineData("The first Moscow Format meeting [@moscow-format-first-meeting-2017] came after the trilateral summit in Moscow [@moscow-trilateral-summit-2016].")]
    [InlineData("The first Moscow Format meeting followed the trilateral summit in Moscow.")]
    [InlineData("The trilateral summit in Moscow preceded the first Moscow Format meeting.")]
    [InlineData("Vladimir Putin became President of Russia in 2000 [@putin-becomes-president-2000] and, after 9/11, was the first to telephone George W. Bush with condolences [@putin-condolences-after-9-11-2001].")]
    public void The_right_order_raises_nothing(string text) => Assert.Empty(Alarms(text));

    [Theory]
    [InlineData("The withdrawal ended on 14 february 1989 [@soviet-withdrawal-1989].", "14 february 1989", "15 february 1989", "one day earlier")]
    [InlineData("Najibullah resigned on 17 april 1992 [@najibullah-resigns-1992].", "17 april 1992", "16 april 1992", "one day later")]
    [InlineData("Khalilzad's talks began on 25 october 2017 [@us-taliban-talks-begin-2018].", "25 october 2017", "september 2018", "ten months earlier")]
    [InlineData("The withdrawal was completed in '88 [@soviet-withdrawal-1989].", "'88", "'89", "one year earlier")]
    [InlineData("Najibullah resigned on 16 Apr '93 [@najibullah-resigns-1992].", "16 Apr '93", "16 Apr '92", "one year later")]
    [InlineData("Najibullah resigned in Q2 1993 [@najibullah-resigns-1992].", "Q2 1993", "Q2 1992", "one year later")]
    [InlineData("The Moscow talks of 6–7 February 2019 [@moscow-intra-afghan-meeting-2019] brought politicians and the Taliban together.", "6–7 February 2019", "5–6 February 2019", "starting one day later")]
    [InlineData("Russia backed Rabbani throughout 1992–98 [@russia-supports-rabbani-1992].", "1992–98", "1992–1996", "ending two years later")]
    [InlineData("Najibullah resigned c. 1995 [@najibullah-resigns-1992].", "c. 1995", "c. 1992", "three years later")]
    public void A_date_is_read_whole_at_the_precision_written_and_quoted_as_written(string text, string said, string fix, string distance)
    {
        var finding = Assert.Single(Alarms(text));
        Assert.Equal("MRG002", finding.Code);
        Assert.Equal(RangeOf(text, said), finding.Range);
        Assert.EndsWith($"this note says {said}, {distance}", finding.Message);
        var only = Assert.Single(finding.Fixes);
        Assert.Equal(fix, Assert.Single(only.Edits).NewText);
        // The sentence cites one event: the paper's date for it is the fix to apply.
        Assert.True(only.IsPreferred);
    }

    [Fact]
    public void A_day_just_outside_a_vague_span_is_never_days_earlier()
    {
        // The paper dates the Soviet war to "the 1980s"; 27 December 1979 is its first week.
        Assert.Empty(Alarms("The Soviet war in Afghanistan began on 27 December 1979 [@soviet-war-1980s]."));
        Assert.True(DateAgreement.Agrees(HistoricalDate.OnDay(1979, 12, 27, "27 December 1979"), HistoricalDate.InDecade(1980, "the 1980s")));
    }

    [Fact]
    public void The_russian_president_in_May_2011_is_Medvedev()
    {
        var note = Check("In May 2011 the Russian President spoke with Obama about bin Laden's death.");
        var mention = Assert.Single(note.Analysis.Actors, a => a.Office is not null);
        Assert.Equal("dmitry-medvedev", Assert.Single(mention.Actors).Id);
    }

    [Fact]
    public void The_cancellation_on_8_September_2019_is_an_event_of_its_own()
    {
        var e = Library.Knowledge.FindEvent("camp-david-meeting-cancelled-2019")!;
        Assert.Equal("2019-09-08", e.Date.ToIsoInterval());
    }

    [Theory]
    // A date on the subject's side of an order is not a claim about the event cited on the other side.
    [InlineData("Yeltsin's halt of arms deliveries to Kabul, effective 1 Jan 1992, preceded Najibullah's resignation [@najibullah-resigns-1992].")]
    [InlineData("The US–Taliban process resumed in Doha on 7 December 2019, following Moscow's four-party meeting with Khalilzad [@moscow-four-party-meeting-2019].")]
    [InlineData("Nine days after the Doha signing [@us-taliban-agreement-2020], on 9 March 2020, Ghani and Abdullah held rival inaugurations in Kabul.")]
    // A date binds to a citation of its own clause.
    [InlineData("Moscow then closed the mission [[russian-mission-closed-1992]]; it would not reopen until 2007.")]
    // A clause after "and" or ";" has its own subject.
    [InlineData("Putin took office as president in 2000 [@putin-becomes-president-2000]; a year later he was first on the phone to Bush after 9/11.")]
    // "Later that year" is the year just told, not the "since 2001" before it.
    [InlineData("The Taliban's brief capture of Kunduz on 28 September 2015 was their first seizure of a provincial capital since 2001. Russia began air strikes in Syria two days later. Later that year came reports of a Putin–Mansour meeting in Tajikistan [@putin-mansour-meeting-rumour-2015].")]
    // A numbered resolution the paper's event does not have is another fact; so is a first meeting of the same men.
    [InlineData("On 20 December 2001 UNSC Resolution 1386 authorised ISAF in Kabul.")]
    [InlineData("Putin and George W. Bush first met in Ljubljana on 16 June 2001.")]
    // A name the event does not know makes another fact; a coarser date after a date explains it.
    [InlineData("John Bolton, who opposed the Taliban deal, was fired on 10 September 2019, days after the Camp David plan collapsed.")]
    [InlineData("Ashraf Ghani was sworn in on 29 September 2014, with Abdullah Abdullah as chief executive; the Bilateral Security Agreement with Washington was signed the following day.")]
    [InlineData("Moscow formally lifted the counter-terrorist operation regime in Chechnya on 16 April 2009, the same year Medvedev endorsed Obama's Afghan strategy.")]
    // A relative date in a list item is said of its own sentence.
    [InlineData("- 25 December 1991: Soviet flag lowered. A week later Yeltsin's arms cut-off to Kabul took effect.")]
    public void A_right_sentence_that_relates_times_raises_nothing(string text) => Assert.Empty(Alarms(text));

    [Theory]
    [InlineData("Russia formally reopened its Kabul embassy on 23 February 2007 [@russian-embassy-reopens-2007]. Three years later, Medvedev endorsed Obama's Afghan strategy.", "Three years later")]
    [InlineData("Yeltsin's arms halt took effect on 1 January 1992, and Najibullah resigned six months later.", "six months later")]
    [InlineData("Gorbachev resigned on 25 December 1991 [@gorbachev-resigns-1991]. The year before, Rabbani was called to Moscow [@rabbani-called-to-moscow-1991].", "The year before")]
    // An event named by the words nearest the connector; a date that "came" two years later.
    [InlineData("In the paper's chronology al-Qaeda's entry into Afghanistan came the year after the bombings of the US embassies in Nairobi and Dar es Salaam.", "the year after")]
    [InlineData("Putin became president in 2000 [@putin-becomes-president-2000]. Two years later came 9/11, and he was the first to ring Bush.", "Two years later")]
    public void A_wrong_distance_is_counted_by_the_calendar_and_caught(string text, string words)
    {
        var finding = Assert.Single(Alarms(text));
        Assert.Equal(("MRG006", RangeOf(text, words)), (finding.Code, finding.Range));
    }

    [Fact]
    public void A_sentence_of_two_facts_is_read_by_the_clause_that_holds_the_date()
    {
        const string text = "Gorbachev resigned as president of the Soviet Union on 24 December 1991, and the Russian tricolour replaced the red flag over the Kremlin.";
        var finding = Assert.Single(Alarms(text));
        Assert.StartsWith("The paper dates 'gorbachev-resigns-1991'", finding.Message);
    }

    [Fact]
    public void A_finding_names_every_event_the_paper_dates_to_that_same_time_that_fits_the_sentence()
    {
        const string text = "Neither Kabul nor the Taliban nor Washington was invited when Russia, China and Pakistan met in Moscow on 26 December 2015 to discuss an Afghan settlement.";
        var finding = Assert.Single(Alarms(text));
        Assert.Equal("The paper dates 'afghans-excluded-from-moscow-summit-2016' (Neither the Afghan government nor the Taliban nor the US is invited to the Moscow summit) "
            + "to 26 December 2016 (000_bf09360ec50d0df5.txt, line 310); this note says 26 December 2015, one year earlier. The sentence was read as about it "
            + "(or 'moscow-trilateral-summit-2016', which the paper dates to the same time) from the words 'neither', 'invited', Taliban, Afghanistan, "
            + "United States and Russia; cite the event to make the check certain", finding.Message);
    }
}
