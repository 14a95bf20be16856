using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>One section of a paper (its heading; null before the first one): its events, and those no note cites yet.</summary>
public sealed record SectionCoverage(Heading? Heading, IReadOnlyList<Event> Events, IReadOnlyList<Event> Uncited)
{
    public int Cited => Events.Count - Uncited.Count;

    /// <summary>"7 of 19 events cited in your notes": what the code lens at the heading says.</summary>
    public string Summary => $"{Cited} of {Events.Count} event{(Events.Count == 1 ? "" : "s")} cited in your notes";
}

/// <summary>What the notes have covered of one paper, section by section in the paper's order.</summary>
public sealed record PaperCoverage(PaperKnowledge Paper, IReadOnlyList<SectionCoverage> Sections)
{
    public int Events => Sections.Sum(s => s.Events.Count);
    public int Cited => Sections.Sum(s => s.Cited);
}

/// <summary>
/// Which events of the papers the notes cite (<c>[@id]</c>, <c>[[id]]</c>, <c>@id</c>) and which they do not yet,
/// by section: the counts the code lens at each heading, <c>marginalia coverage</c> and the timeline show.
/// </summary>
public static class Coverage
{
    public static IReadOnlyList<PaperCoverage> Of(KnowledgeBase knowledge, IReadOnlySet<string> citedIds) =>
        [.. knowledge.Papers.Select(p => Of(p, citedIds))];

    public static PaperCoverage Of(PaperKnowledge paper, IReadOnlySet<string> citedIds)
    {
        var byHeading = paper.Events.GroupBy(e => paper.Paper.SectionAt(e.Passage.Start)).ToDictionary(g => g.Key ?? NoHeading, g => g.ToList());
        var sections = new List<SectionCoverage>();
        if (byHeading.TryGetValue(NoHeading, out var before)) sections.Add(Section(null, before));
        foreach (var heading in paper.Paper.Headings)
            sections.Add(Section(heading, byHeading.GetValueOrDefault(heading) ?? []));
        return new PaperCoverage(paper, sections);

        SectionCoverage Section(Heading? heading, List<Event> events) =>
            new(heading, events, [.. events.Where(e => !citedIds.Contains(e.Id))]);
    }

    // The key of the events before the first heading (a dictionary key cannot be null).
    private static readonly Heading NoHeading = new(new Passage(-1, 0, default, ""), null, null);
}
