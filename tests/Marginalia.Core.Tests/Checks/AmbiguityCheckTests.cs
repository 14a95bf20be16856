using Marginalia.Core.Dates;
using Marginalia.Core.Workspace;
using static Marginalia.Core.Tests.NoteText;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

public class AmbiguityCheckTests
{
    [Fact]
    public void A_numeric_date_whose_two_readings_disagree_about_the_cited_event_is_a_hint()
    {
        const string text = "Bin Laden was killed on 02/05/2011 [@bin-laden-killed-2011].";
        var finding = Assert.Single(Findings(text, "MRG008"));
        Assert.Equal(Marginalia.Core.Checks.Severity.Hint, finding.Severity);
        Assert.Equal(RangeOf(text, "02/05/2011"), finding.Range);
        Assert.Equal("2 May 2011", finding.Fixes[0].Edits[0].NewText);
        Assert.Empty(Findings(text, "MRG002"));
    }

    [Fact]
    public void When_only_the_other_reading_matches_it_is_an_ambiguity_not_a_wrong_date()
    {
        const string text = "Bin Laden was killed on 05/02/2011 [@bin-laden-killed-2011].";
        Assert.Single(Findings(text, "MRG008"));
        Assert.Empty(Findings(text, "MRG002"));
    }

    [Fact]
    public void A_numeric_date_that_cannot_be_read_two_ways_is_not_ambiguous() =>
        Assert.Empty(Findings("Killed on 2.5.2011 or 2011-05-02 [@bin-laden-killed-2011].", "MRG008"));
    [Fact]
    public void A_workspace_that_says_how_it_writes_numeric_dates_has_them_checked_one_way()
    {
        const string note = "The SCO summit statement asking the US to set a deadline for leaving its bases was issued on 07/05/2005 [[sco-summit-2005]].";
        // Not known: ambiguous, the right reading the other way round.
        Assert.Equal(["MRG008"], Findings(note).Select(f => f.Code));
        // Day first: 7 May 2005, two months before the summit; the fix writes the paper's date day first.
        var dayFirst = Assert.Single(Findings(note, settings: WorkspaceSettings.Default with { DateOrder = DateOrder.DayFirst }));
        Assert.Equal("MRG002", dayFirst.Code);
        Assert.Equal("The paper dates 'sco-summit-2005' to 5 July 2005 (000_bf09360ec50d0df5.txt, line 178); this note says 07/05/2005, two months earlier", dayFirst.Message);
        Assert.Equal("05/07/2005", dayFirst.Fixes[0].Edits[0].NewText);
        // Month first: 5 July 2005, the paper's date.
        Assert.Empty(Findings(note, settings: WorkspaceSettings.Default with { DateOrder = DateOrder.MonthFirst }));
    }

    [Fact]
    public void A_note_that_shows_or_says_its_order_reads_its_numeric_dates_that_way()
    {
        const string wrong = "The paper dates 'sco-summit-2005' to 5 July 2005 (000_bf09360ec50d0df5.txt, line 178); this note says 07/05/2005, two months earlier";
        // "15/02/1989" reads only day first: so does the note's "07/05/2005", 7 May, not the paper's 5 July.
        var shown = Assert.Single(Findings("The last Soviet troops left on 15/02/1989. The SCO statement on US bases is dated 07/05/2005 [@sco-summit-2005]."));
        Assert.Equal(("MRG002", wrong), (shown.Code, shown.Message));
        Assert.Equal("05/07/2005", shown.Fixes[0].Edits[0].NewText);
        var said = Assert.Single(Findings("SCO statement on US bases dated 07/05/2005 [@sco-summit-2005] (day/month)."));
        Assert.Equal(("MRG002", wrong), (said.Code, said.Message));
        // "02/15/1989" reads only month first: 07/05/2005 is 5 July. Alone, it is still either.
        Assert.Empty(Findings("The last Soviet troops left on 02/15/1989. The SCO statement on US bases is dated 07/05/2005 [@sco-summit-2005]."));
        Assert.Equal("MRG008", Assert.Single(Findings("SCO statement on US bases dated 07/05/2005 [@sco-summit-2005].")).Code);
        // (Nor one that reads the same both ways; two that disagree say nothing.)
        Assert.Equal("MRG008", Assert.Single(Findings("Held on 05/05/2005 and dated 07/05/2005 [@sco-summit-2005].", "MRG008")).Code);
        Assert.Equal("MRG008", Assert.Single(Findings("Left on 15/02/1989, back on 02/15/1990. Dated 07/05/2005 [@sco-summit-2005].", "MRG008")).Code);
    }
}
