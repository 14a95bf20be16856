using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

public class IdRenamerTests
{
    private const string KnowledgePath = "/ws/seeds/000_bf09360ec50d0df5.knowledge.yaml";
    private static readonly PaperLibrary Curated = TestWorkspace.Curated(KnowledgePath);

    private static readonly (string, string) Other = ("/ws/b.md", "Left [[soviet-withdrawal-1989|in 1989]]; then [@ussr-disintegrates-1991].");

    private static RenamePlan Rename(string marked, string newName, PaperLibrary? library = null, string? yaml = null)
    {
        var (text, position) = TestWorkspace.At(marked);
        var index = TestWorkspace.Index(library ?? Curated, ("/ws/a.md", text), Other);
        return IdRenamer.Plan(index, "/ws/a.md", position, newName, _ => yaml ?? TestWorkspace.KnowledgeYaml);
    }

    private static string Apply(string text, IEnumerable<FileEdit> edits)
    {
        var source = new SourceText(text);
        foreach (var edit in edits.OrderByDescending(e => e.Range.Start))
            text = text[..source.GetOffset(edit.Range.Start)] + edit.NewText + text[source.GetOffset(edit.Range.End)..];
        return text;
    }

    [Fact]
    public void Every_citation_and_the_id_and_anchors_in_the_knowledge_file()
    {
        var plan = Rename("The troops left [@soviet-‸withdrawal-1989].", "last-soviet-troops-leave-1989");

        Assert.Null(plan.Refusal);
        Assert.Equal("The troops left [@last-soviet-troops-leave-1989].", Apply("The troops left [@soviet-withdrawal-1989].", plan.Edits.Where(e => e.Path == "/ws/a.md")));
        Assert.Equal("Left [[last-soviet-troops-leave-1989|in 1989]]; then [@ussr-disintegrates-1991].", Apply(Other.Item2, plan.Edits.Where(e => e.Path == "/ws/b.md")));

        var yaml = Apply(TestWorkspace.KnowledgeYaml, plan.Edits.Where(e => e.Path == KnowledgePath));
        Assert.Contains("  - id: last-soviet-troops-leave-1989\n    title: The last Soviet troops leave Afghanistan", yaml.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("soviet-withdrawal-1989", yaml);
        Assert.True(TestWorkspace.KnowledgeYaml.Split("anchor: soviet-withdrawal-1989").Length - 1 >= 3);
        Assert.Equal(TestWorkspace.KnowledgeYaml.Split("anchor: soviet-withdrawal-1989").Length - 1,
            yaml.Split("anchor: last-soviet-troops-leave-1989").Length - 1);
    }

    [Fact]
    public void The_id_is_found_quoted_and_with_crlf_line_breaks()
    {
        var yaml = """
            paper: 000_bf09360ec50d0df5.txt
            events:
              - id: "soviet-withdrawal-1989"
                title: x
              - id: ussr-disintegrates-1991
                anchor: 'soviet-withdrawal-1989'
            """.ReplaceLineEndings("\r\n");

        var found = IdRenamer.IdsInKnowledge(yaml, "soviet-withdrawal-1989")!;

        var text = new SourceText(yaml);
        Assert.Equal([(new SourceRange(new(2, 9), new(2, 31)), true), (new SourceRange(new(5, 13), new(5, 35)), false)], found);
        Assert.All(found, f => Assert.Equal("soviet-withdrawal-1989", text.Slice(f.Range)));
    }

    [Theory]
    [InlineData("Soviet-Withdrawal", "not a valid event id")]
    [InlineData("soviet withdrawal", "not a valid event id")]
    [InlineData("soviet--withdrawal", "not a valid event id")]
    [InlineData("", "not a valid event id")]
    [InlineData("ussr-disintegrates-1991", "already the id of the event")]
    [InlineData("vladimir-putin", "already the id of the actor Vladimir Putin")]
    public void A_new_name_that_is_not_kebab_case_or_is_taken_is_refused(string newName, string reason)
    {
        var plan = Rename("The troops left [@soviet-‸withdrawal-1989].", newName);
        Assert.Contains(reason, plan.Refusal);
        Assert.Empty(plan.Edits);
    }

    [Fact]
    public void Knowledge_shipped_inside_Marginalia_is_not_renamed()
    {
        var plan = Rename("The troops left [@soviet-‸withdrawal-1989].", "troops-leave-1989", TestKnowledge.Library);
        Assert.Contains("shipped inside Marginalia", plan.Refusal);
    }

    [Theory]
    [InlineData("The troops ‸left [@soviet-withdrawal-1989].")]
    [InlineData("The troops left [@no-such-‸event].")]
    [InlineData("See [[vladimir-‸putin]].")]
    public void Only_a_cited_event_is_renamed(string note)
    {
        Assert.NotNull(Rename(note, "new-id").Refusal);
        var (text, position) = TestWorkspace.At(note);
        Assert.Null(IdRenamer.Target(TestKnowledge.Check(text), position));
    }

    [Fact]
    public void A_knowledge_file_that_no_longer_has_the_id_is_refused()
    {
        var plan = Rename("The troops left [@soviet-‸withdrawal-1989].", "troops-leave-1989", yaml: "events: [");
        Assert.Contains("Cannot find 'id: soviet-withdrawal-1989'", plan.Refusal);
    }
}
