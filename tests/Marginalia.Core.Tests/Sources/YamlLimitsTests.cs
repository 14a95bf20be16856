using Marginalia.Core.Knowledge;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests.Sources;

/// <summary>
/// YAML a researcher can type or paste — front matter, a knowledge file, <c>.marginalia.yaml</c> — half-typed,
/// nested thousands deep or built of nested aliases: always a problem on a line, never an exception. Each problem
/// names the limit that refused it, so a test fails when a limit is gone; speed is for the benchmarks, not timed here.
/// </summary>
public class YamlLimitsTests
{
    private static string Nested(int depth) => "a: " + new string('[', depth) + new string(']', depth);

    /// <summary>570 bytes: nine levels of nine aliases each, 9⁹ nodes once expanded.</summary>
    private const string AliasBomb = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """;

    [Fact]
    public void Front_matter_nested_thousands_deep_is_a_problem_on_its_line()
    {
        var checkedNote = TestKnowledge.Check($"---\n{Nested(5000)}\n---\nText on 15 February 1989.\n");
        var problem = Assert.Single(checkedNote.Note.Problems);
        Assert.Equal(1, problem.Range.Start.Line);
        Assert.Contains("nested", problem.Message);
    }

    [Theory]
    [InlineData("tags: [a\nb: {")]
    [InlineData("tags: [a")]
    [InlineData("b: {")]
    [InlineData("a: 1\na: 2")]
    [InlineData("? [a\n: b")]
    public void Half_typed_front_matter_is_a_problem_not_an_exception(string yaml)
    {
        var checkedNote = TestKnowledge.Check($"---\n{yaml}\n---\nThe withdrawal ended on 15 February 1989 [@soviet-withdrawal-1989].\n");
        Assert.NotEmpty(checkedNote.Note.Problems);
        Assert.All(checkedNote.Note.Problems, p => Assert.InRange(p.Range.Start.Line, 1, 3));
    }

    [Fact]
    public void A_front_matter_alias_bomb_is_refused()
    {
        var checkedNote = TestKnowledge.Check($"---\n{AliasBomb}\n---\nText.\n");
        var problem = Assert.Single(checkedNote.Note.Problems);
        Assert.Contains("alias", problem.Message);
    }

    [Theory]
    [InlineData("events: [a\nb: {")]
    [InlineData("a: 1\na: 2")]
    public void A_knowledge_file_caught_mid_edit_is_a_problem_with_its_line(string yaml)
    {
        var e = Assert.Throws<InputException>(() => KnowledgeLoader.Load(TestPapers.Russia, "mid-edit.knowledge.yaml", yaml));
        Assert.Equal("mid-edit.knowledge.yaml", e.Path);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void A_knowledge_file_alias_bomb_or_deep_nesting_is_refused()
    {
        Assert.Throws<InputException>(() => KnowledgeLoader.Load(TestPapers.Russia, "bomb.knowledge.yaml", AliasBomb));
        Assert.Throws<InputException>(() => KnowledgeLoader.Load(TestPapers.Russia, "deep.knowledge.yaml", Nested(5000)));
    }

    [Theory]
    [InlineData("papers: [a\nb: {")]
    [InlineData("papers: [a]\npapers: [b]")]
    public void A_settings_file_caught_mid_edit_is_a_problem_with_its_line(string yaml)
    {
        var e = Assert.Throws<InputException>(() => WorkspaceSettings.Parse(".marginalia.yaml", yaml));
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void A_settings_file_nested_deep_is_a_problem()
    {
        Assert.Throws<InputException>(() => WorkspaceSettings.Parse(".marginalia.yaml", Nested(5000)));
        Assert.Throws<InputException>(() => WorkspaceSettings.Parse(".marginalia.yaml", AliasBomb));
    }
}
