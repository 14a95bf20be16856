using Marginalia.Core.Checks;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests.Checks;

/// <summary>
/// Where the paper contradicts itself, a note that follows its other statement is not reported; the reading (the
/// hover) says why. A date that follows neither statement still is.
/// </summary>
public class PaperInconsistencyTests
{
    private static DateReading Reading(string text, string date)
    {
        var note = TestKnowledge.Check(text);
        return DateReadings.Read(note.Analysis, note.Note.Dates.Single(d => d.Text == date));
    }

    [Fact]
    public void The_Moscow_Format_introduced_in_2018_follows_the_paper_s_Moscow_Format_of_2018()
    {
        const string text = "Russia introduced the Moscow Format in 2018 [@moscow-format-introduced-2017].\n";
        Assert.Empty(TestKnowledge.Findings(text));
        var reading = Reading(text, "2018");
        Assert.Equal(Verdict.Unsure, reading.Verdict);
        Assert.Equal("the paper is inconsistent here, and the note follows its other statement: The paper speaks of “Moscow Format of 2018”, "
            + "but it dates 'moscow-format-introduced-2017' (Russia introduces the Moscow Format) to 2017 (000_bf09360ec50d0df5.txt, line 321)", reading.Why);
    }

    [Fact]
    public void Talks_begun_in_August_2018_follow_the_paper_s_18_months_before_the_deal()
    {
        const string text = "The US–Taliban peace talks began in August 2018 [@us-taliban-talks-begin-2018].\n";
        Assert.Empty(TestKnowledge.Findings(text));
        Assert.Equal(Verdict.Unsure, Reading(text, "August 2018").Verdict);
    }

    [Fact]
    public void A_month_follows_the_18_months_but_a_day_the_paper_never_gives_does_not()
    {
        Assert.Empty(TestKnowledge.Findings("The deal was signed in March 2020 [@us-taliban-agreement-2020].\n"));
        Assert.Equal("MRG002", Assert.Single(TestKnowledge.Findings("The deal was signed on 29 March 2020 [@us-taliban-agreement-2020].\n")).Code);
    }

    [Fact]
    public void A_date_that_follows_neither_statement_is_still_wrong()
    {
        var finding = Assert.Single(TestKnowledge.Findings("Russia introduced the Moscow Format in 2019 [@moscow-format-introduced-2017].\n"));
        Assert.Equal("MRG002", finding.Code);
        Assert.Equal(Verdict.Disagrees, Reading("Russia introduced the Moscow Format in 2019 [@moscow-format-introduced-2017].\n", "2019").Verdict);
    }

    [Fact]
    public void An_order_that_holds_with_the_paper_s_other_date_is_not_reported()
    {
        // The paper introduces the Moscow Format in 2017, before Putin's fourth term (7 May 2018), but also speaks of "the Moscow Format of 2018".
        const string text = "The Moscow Format [@moscow-format-introduced-2017] came after Putin's fourth term began [@putin-fourth-term-2018].\n";
        Assert.Empty(TestKnowledge.Findings(text, "MRG006"));
        // Against an event the paper never contradicts, the same order is reported.
        Assert.Single(TestKnowledge.Findings("The Moscow Format [@moscow-format-first-meeting-2017] came after Putin's fourth term began [@putin-fourth-term-2018].\n", "MRG006"));
    }

    private static string LastParagraphOfHover(string marked)
    {
        var (text, position) = Cursor.In(marked);
        var cards = new EventCards(TestKnowledge.Library.Knowledge, path => "file://" + path);
        var markdown = NoteHover.At(TestKnowledge.Check(text), position, cards)!.Markdown;
        return markdown[(markdown.LastIndexOf("\n\n", StringComparison.Ordinal) + 2)..];
    }

    [Fact]
    public void The_hover_on_the_date_says_the_paper_is_inconsistent_there()
    {
        Assert.Equal("A claim about *Russia introduces the Moscow Format* (`moscow-format-introduced-2017`, cited), which the paper dates to 2017: "
            + "it disagrees, but this is not reported: the paper is inconsistent here, and the note follows its other statement: The paper speaks of "
            + "“Moscow Format of 2018”, but it dates 'moscow-format-introduced-2017' (Russia introduces the Moscow Format) to 2017 (000\\_bf09360ec50d0df5.txt, line 321).",
            LastParagraphOfHover("Russia introduced the Moscow Format in 20|18 [@moscow-format-introduced-2017].\n"));
    }

    [Fact]
    public void The_hover_on_a_distance_that_holds_with_the_paper_s_other_date_says_so()
    {
        const string marked = "The Moscow Format was introduced [@moscow-format-introduced-2017] six mon|ths after Putin's fourth term began [@putin-fourth-term-2018].\n";
        Assert.Empty(TestKnowledge.Findings(marked.Replace("|", ""), "MRG006"));
        Assert.Equal("The dates deny it, but this is not reported: the paper is inconsistent here, and the note follows its other statement: The paper speaks of "
            + "“Moscow Format of 2018”, but it dates 'moscow-format-introduced-2017' (Russia introduces the Moscow Format) to 2017 (000\\_bf09360ec50d0df5.txt, line 321).",
            LastParagraphOfHover(marked));
    }
}
