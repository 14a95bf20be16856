using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests.Workspace;

public class NoteIndexTests
{
    private static NoteIndex Index(ScratchFolder folder) => new(folder.Root, TestKnowledge.Library, WorkspaceSettings.Default);

    [Fact]
    public void Scanning_reads_every_note_and_unreadable_ones_become_problems()
    {
        using var folder = new ScratchFolder(("a.md", "On 15 February 1990 [@soviet-withdrawal-1989]."), ("b.md", "Nothing."));
        File.WriteAllBytes(folder["c.md"], [0, 1, 2]);
        var index = Index(folder);
        index.Scan();
        Assert.Equal([folder["a.md"], folder["b.md"]], index.Keys);
        Assert.Equal("MRG002", Assert.Single(index.Get(folder["a.md"])!.Findings).Code);
        Assert.Equal(folder["c.md"], Assert.Single(index.Problems).Path);
    }

    [Fact]
    public void Notes_read_ahead_are_taken_as_read_when_the_globs_agree()
    {
        using var folder = new ScratchFolder(("a.md", "On 15 February 1990 [@soviet-withdrawal-1989]."));
        var readAhead = NoteFiles.ReadAll(folder.Root, WorkspaceSettings.Default);
        folder.Write("a.md", "Corrected since: 15 February 1989 [@soviet-withdrawal-1989].");
        folder.Write("b.md", "Written since.");

        var index = Index(folder);
        index.Scan(readAhead);

        Assert.Equal([folder["a.md"]], index.Keys);
        Assert.Single(index.Get(folder["a.md"])!.Findings);
    }

    [Fact]
    public void Notes_read_ahead_with_other_globs_are_read_again()
    {
        using var folder = new ScratchFolder(("a.md", "Nothing."), ("drafts/b.md", "Nothing."));
        var readAhead = NoteFiles.ReadAll(folder.Root, WorkspaceSettings.Default with { Notes = ["drafts/*.md"] });

        var index = Index(folder);
        index.Scan(readAhead);

        Assert.Equal([folder["a.md"], folder["drafts/b.md"]], index.Keys);
    }

    [Fact]
    public void An_open_note_wins_over_its_file_until_closed()
    {
        using var folder = new ScratchFolder(("a.md", "On 15 February 1990 [@soviet-withdrawal-1989]."));
        var index = Index(folder);
        index.Scan();
        index.SetOpen(folder["a.md"], new SourceText("On 15 February 1989 [@soviet-withdrawal-1989]."), 3);
        Assert.Empty(index.Get(folder["a.md"])!.Findings);
        Assert.Equal(3, index.Find(folder["a.md"])!.Version);
        index.FileChanged(folder["a.md"]); // the disk does not override the editor
        Assert.Empty(index.Get(folder["a.md"])!.Findings);
        index.Close(folder["a.md"]);
        Assert.Single(index.Get(folder["a.md"])!.Findings);
    }

    [Fact]
    public void A_checked_note_is_reused_until_its_text_changes()
    {
        using var folder = new ScratchFolder(("a.md", "text"));
        var index = Index(folder);
        index.Scan();
        var first = index.Get(folder["a.md"]);
        Assert.Same(first, index.Get(folder["a.md"]));
        index.SetOpen(folder["a.md"], new SourceText("other"), 2);
        Assert.NotSame(first, index.Get(folder["a.md"]));
    }

    [Fact]
    public void Files_that_appear_and_vanish_on_disk_follow()
    {
        using var folder = new ScratchFolder();
        var index = Index(folder);
        index.Scan();
        var path = folder.Write("new.md", "[@soviet-withdrawal-1989]");
        index.FileChanged(path);
        Assert.Single(index.ReferencesTo("soviet-withdrawal-1989"));
        File.Delete(path);
        index.FileChanged(path);
        Assert.Empty(index.Keys);
    }

    [Fact]
    public void A_scratch_document_outside_the_workspace_is_checked_while_open_and_forgotten_when_closed()
    {
        using var folder = new ScratchFolder();
        var index = Index(folder);
        index.SetOpen("untitled:Untitled-1", new SourceText("[@no-such-event]"), 1);
        Assert.Equal("MRG001", Assert.Single(index.Get("untitled:Untitled-1")!.Findings).Code);
        index.Close("untitled:Untitled-1");
        Assert.Null(index.Get("untitled:Untitled-1"));
    }
}
