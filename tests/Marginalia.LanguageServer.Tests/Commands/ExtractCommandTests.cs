using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests.Commands;

public class ExtractCommandTests
{
    [Fact]
    public void The_draft_of_a_paper_loads_back_as_a_knowledge_file_without_problems()
    {
        var paperPath = Path.Combine(Repository.Root, "seeds", "000_bf09360ec50d0df5.txt");
        var result = Cli.Run("extract", paperPath);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# yaml-language-server: $schema=./knowledge.schema.json", result.Output);
        var knowledge = KnowledgeLoader.Load(Paper.Load(paperPath), "draft.knowledge.yaml", result.Output);
        Assert.Empty(knowledge.Problems);
        Assert.True(knowledge.Events.Count >= 80, $"only {knowledge.Events.Count} candidate events");
        Assert.Contains(knowledge.Events, e => e.Date.ToIsoInterval() == "1989-02-15");
    }

    [Fact]
    public void A_second_paper_of_any_shape_gets_a_draft()
    {
        var folder = Repository.NewScratchFolder();
        try
        {
            var paper = Path.Combine(folder, "paper.md");
            File.WriteAllText(paper, "# A short history\n\nThe treaty was signed on 3 March 1921 by Afghanistan and Soviet Russia.\nThree years later, in 1924, the Afghan government opened a new mission in Moscow.\n");
            var result = Cli.Run("extract", paper);
            Assert.Equal(0, result.ExitCode);
            var knowledge = KnowledgeLoader.Load(Paper.Load(paper), "paper.knowledge.yaml", result.Output);
            Assert.Empty(knowledge.Problems);
            Assert.Contains(knowledge.Events, e => e.Date.ToIsoInterval() == "1921-03-03");
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Theory]
    [InlineData("missing.txt", "file not found")]
    [InlineData("empty.txt", "file is empty")]
    [InlineData("binary.txt", "binary")]
    [InlineData("latin1.txt", "not valid UTF-8")]
    public void A_bad_paper_is_a_one_line_error_and_exit_code_2(string name, string message)
    {
        var folder = Repository.NewScratchFolder();
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
            File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
            File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), [0x4B, 0x61, 0x62, 0x75, 0x6C, 0x0A, 0xE9, 0x74, 0xE9]);
            var result = Cli.Run("extract", Path.Combine(folder, name));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(name, result.Error);
            Assert.Contains(message, result.Error);
            Assert.Single(result.Error.Trim().Split('\n'));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
