using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests.Workspace;

public class PaperLibraryTests
{
    [Fact]
    public void A_workspace_without_papers_is_checked_against_the_shipped_paper()
    {
        using var folder = new ScratchFolder(("notes/a.md", "text"));
        var library = PaperLibrary.Load(folder.Root, WorkspaceSettings.Default);
        Assert.True(library.IsShippedDefault);
        Assert.NotNull(library.Knowledge.FindEvent("soviet-withdrawal-1989"));
        Assert.Empty(library.AllProblems);
    }

    [Fact]
    public void A_paper_with_its_knowledge_file_is_found_in_seeds()
    {
        using var folder = new ScratchFolder();
        folder.AddShippedPaper();
        var library = PaperLibrary.Load(folder.Root, WorkspaceSettings.Default);
        Assert.False(library.IsShippedDefault);
        Assert.Empty(library.AllProblems);
        var paper = Assert.Single(library.Knowledge.Papers);
        Assert.Equal(folder["seeds/000_bf09360ec50d0df5.txt"], paper.Paper.Path);
        Assert.Equal(folder["seeds/000_bf09360ec50d0df5.knowledge.yaml"], paper.KnowledgePath);
        Assert.Contains(folder["seeds/000_bf09360ec50d0df5.txt"], library.Files);
    }

    [Fact]
    public void The_knowledge_files_are_kept_as_read_so_no_request_reads_them_again()
    {
        using var folder = new ScratchFolder();
        folder.AddShippedPaper();
        var path = folder["seeds/000_bf09360ec50d0df5.knowledge.yaml"];
        var yaml = File.ReadAllText(path);
        var library = PaperLibrary.Load(folder.Root, WorkspaceSettings.Default);

        File.Delete(path);

        Assert.Equal(yaml, library.KnowledgeText(path));
        Assert.Null(library.KnowledgeText(folder["seeds/000_bf09360ec50d0df5.txt"]));
    }

    [Fact]
    public void A_paper_without_knowledge_is_known_by_extraction()
    {
        using var folder = new ScratchFolder();
        folder.AddShippedPaper(withKnowledge: false);
        var paper = Assert.Single(PaperLibrary.Load(folder.Root, WorkspaceSettings.Default).Knowledge.Papers);
        Assert.Null(paper.KnowledgePath);
        Assert.Contains(paper.Events, e => e.Date.ToIsoInterval() == "1989-02-15");
    }

    [Fact]
    public void Two_papers_keep_their_events_apart_and_ids_stay_unique()
    {
        using var folder = new ScratchFolder(("seeds/second.txt", "A second paper.\n\nThe treaty of friendship was signed on 28 February 1921 in Moscow.\n"));
        folder.AddShippedPaper();
        var library = PaperLibrary.Load(folder.Root, WorkspaceSettings.Default);
        Assert.Equal(2, library.Knowledge.Papers.Count);
        var second = library.Knowledge.Events.Single(e => e.Date.ToIsoInterval() == "1921-02-28");
        Assert.Equal("second.txt", second.Paper.FileName);
        Assert.Equal(library.Knowledge.Events.Count, library.Knowledge.Events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void A_broken_knowledge_file_and_a_binary_paper_are_problems_with_their_files()
    {
        using var folder = new ScratchFolder(("seeds/broken.knowledge.yaml", "paper: broken.txt\nevents: [\n"));
        File.WriteAllBytes(folder["seeds/binary.txt"], [1, 2, 0, 3]);
        var problems = PaperLibrary.Load(folder.Root, WorkspaceSettings.Default).AllProblems.Select(p => p.ToString()).ToList();
        Assert.Contains(problems, p => p.StartsWith(folder["seeds/broken.knowledge.yaml"] + ":", StringComparison.Ordinal) && p.Contains("broken YAML"));
        Assert.Contains(problems, p => p.StartsWith(folder["seeds/binary.txt"] + ":1: looks like a binary file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_knowledge_file_may_curate_the_shipped_paper_without_a_copy_of_it()
    {
        using var folder = new ScratchFolder();
        File.Copy(Path.Combine(TestPapers.SeedsFolder, "000_bf09360ec50d0df5.knowledge.yaml"), Directory.CreateDirectory(folder["seeds"]).FullName + "/000_bf09360ec50d0df5.knowledge.yaml");
        var library = PaperLibrary.Load(folder.Root, WorkspaceSettings.Default);
        Assert.Empty(library.AllProblems);
        Assert.Equal(folder["seeds/000_bf09360ec50d0df5.knowledge.yaml"], Assert.Single(library.Knowledge.Papers).KnowledgePath);
    }
}
