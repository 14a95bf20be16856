using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests.Workspace;

public class NoteFilesTests
{
    [Fact]
    public void Notes_are_markdown_files_outside_skipped_folders_and_papers()
    {
        using var folder = new ScratchFolder(
            ("a.md", ""), ("deep/er/b.md", ""), ("c.txt", ""),
            (".git/d.md", ""), ("node_modules/x/e.md", ""), ("bin/f.md", ""), ("src/obj/g.md", ""),
            ("seeds/paper.md", ""));
        var (notes, problems) = NoteFiles.Find(folder.Root, ["."], WorkspaceSettings.Default, new HashSet<string> { folder["seeds/paper.md"] });
        Assert.Empty(problems);
        Assert.Equal([folder["a.md"], folder["deep/er/b.md"]], notes);
    }

    [Fact]
    public void The_settings_globs_choose_the_notes()
    {
        using var folder = new ScratchFolder(("notes/a.md", ""), ("drafts/b.md", ""));
        var settings = WorkspaceSettings.Default with { Notes = ["notes/**/*.md"] };
        Assert.Equal([folder["notes/a.md"]], NoteFiles.Find(folder.Root, ["."], settings, new HashSet<string>()).Notes);
        Assert.True(NoteFiles.IsNote(folder.Root, folder["notes/a.md"], settings));
        Assert.False(NoteFiles.IsNote(folder.Root, folder["drafts/b.md"], settings));
    }

    [Fact]
    public void A_missing_input_is_a_problem_and_the_rest_is_still_found()
    {
        using var folder = new ScratchFolder(("a.md", ""));
        var (notes, problems) = NoteFiles.Find(folder.Root, ["a.md", "nowhere"], WorkspaceSettings.Default, new HashSet<string>());
        Assert.Equal([folder["a.md"]], notes);
        Assert.Equal("nowhere: no such file or folder", Assert.Single(problems).Message);
    }
}
