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
    public void A_numeric_date_that_cannot_be_read_two_ways_is_not_ambiguous() =>
        Assert.Empty(Findings("Killed on 2.5.2011 or 2011-05-02 [@bin-laden-killed-2011].", "MRG008"));
}
