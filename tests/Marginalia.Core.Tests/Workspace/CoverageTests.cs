using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests.Workspace;

/// <summary>Which events of each section of the paper the notes cite, and which they do not yet.</summary>
public class CoverageTests
{
    private static PaperCoverage Of(params string[] cited) =>
        Coverage.Of(TestKnowledge.Library.Knowledge.Papers[0], new HashSet<string>(cited, StringComparer.Ordinal));

    [Fact]
    public void Every_event_is_in_the_section_whose_heading_comes_before_its_passage()
    {
        var coverage = Of();
        Assert.Equal(
            ["Introduction 13", "An overview of Russia-Afghan relations 1989–2001 28", "Russian support for global war against terrorism 2001–2006 8",
             "Russian revival in Afghanistan 2007–2010 12", "Russian reassertion in Afghanistan 2011-2015 19", "Russian diplomatic turn in Afghan peace process 2016–2018 21",
             "Russian role in the US-Taliban* peace agreement 18", "Conclusion 2"],
            coverage.Sections.Select(s => $"{s.Heading?.Passage.Text} {s.Events.Count}"));
        Assert.Equal((121, 0), (coverage.Events, coverage.Cited));
    }

    [Fact]
    public void A_cited_event_counts_in_its_section_and_leaves_the_uncited_list()
    {
        var coverage = Of("september-11-attacks-2001", "sco-summit-2005", "vladimir-putin", "no-such-event");
        var section = coverage.Sections[2];
        Assert.Equal("2 of 8 events cited in your notes", section.Summary);
        Assert.DoesNotContain(section.Uncited, e => e.Id is "september-11-attacks-2001" or "sco-summit-2005");
        Assert.Equal(2, coverage.Cited);
        Assert.Equal("0 of 2 events cited in your notes", coverage.Sections[^1].Summary);
    }
}
