using System.Collections.Immutable;
using System.Reflection;
using Marginalia.Core.Sources;
using Marginalia.Core.Tests.Workspace;
using Marginalia.Core.Workspace;
using Change = Marginalia.Core.Workspace.WorkspaceChange;

namespace Marginalia.Core.Tests;

/// <summary>The workspace's state: made only by applying changes, each snapshot never changed once made.</summary>
public class WorkspaceSnapshotTests
{
    private static SourceRange Range(int startLine, int startColumn, int endLine, int endColumn) =>
        new(new SourcePosition(startLine, startColumn), new SourcePosition(endLine, endColumn));

    [Theory]
    [InlineData("/w/notes/a.md", "markdown", true)]
    [InlineData("/w/notes/a.md", "plaintext", true)] // a note file, whatever the editor calls it
    [InlineData("/w/notes/a.qmd", "quarto", true)] // a language the user gave the server
    [InlineData("untitled:Untitled-1", "markdown", true)]
    [InlineData("/w/seeds/paper.txt", "plaintext", false)] // VS Code's and Emacs's plain text
    [InlineData("/w/todo.txt", "text", false)] // Neovim's and Helix's
    public void Plain_text_is_never_a_note(string key, string language, bool mayBeNote) =>
        Assert.Equal(mayBeNote, new OpenDocument(key, new SourceText(""), 1, language).MayBeNote);

    private static string Edit(string text, SourceRange? range, string newText)
    {
        var opened = WorkspaceSnapshot.Empty.Apply(new Change.Opened("untitled:note", "note.md", text, 1, "markdown")).Snapshot;
        return opened.Apply(new Change.Edited("untitled:note", "note.md", 2, [new Change.TextEdit(range, newText)])).Snapshot.OpenDocument("note.md")!.Text.Text;
    }

    [Fact]
    public void Insertion_within_a_line()
    {
        Assert.Equal("Sir Thomas More", Edit("Sir More", Range(0, 4, 0, 4), "Thomas "));
    }

    [Fact]
    public void Replacement_across_lines()
    {
        Assert.Equal("one\nTWO\nthree", Edit("one\ntwo\nthree", Range(1, 0, 1, 3), "TWO"));
        Assert.Equal("oXree", Edit("one\ntwo\nthree", Range(0, 1, 2, 2), "X"));
        Assert.Equal("one\nnew\nlines\nthree", Edit("one\nthree", Range(0, 3, 0, 3), "\nnew\nlines"));
    }

    [Fact]
    public void Deletion_of_a_line_break_with_crlf()
    {
        Assert.Equal("onetwo", Edit("one\r\ntwo", Range(0, 3, 1, 0), ""));
    }

    [Fact]
    public void Columns_count_utf16_code_units_so_surrogate_pairs_take_two()
    {
        // "𝔄" is one character to a reader, two UTF-16 code units to the editor.
        Assert.Equal("𝔄 and B", Edit("𝔄B", Range(0, 2, 0, 2), " and "));
        Assert.Equal("B", Edit("𝔄B", Range(0, 0, 0, 2), ""));
    }

    [Fact]
    public void A_change_without_range_replaces_the_whole_text()
    {
        Assert.Equal("new", Edit("old\ntext", null, "new"));
    }

    [Fact]
    public void Out_of_range_positions_clamp_instead_of_throwing()
    {
        Assert.Equal("ab!", Edit("ab", Range(0, 99, 0, 120), "!"));
        Assert.Equal("ab\ncd!", Edit("ab\ncd", Range(7, 0, 9, 0), "!"));
        Assert.Equal("!", Edit("ab\ncd", Range(-1, -5, 40, 0), "!"));
        Assert.Equal("a!b", Edit("ab", Range(0, 1, 0, 0), "!"));
    }

    [Fact]
    public void Versions_are_kept_and_unknown_documents_are_ignored()
    {
        var opened = WorkspaceSnapshot.Empty.Apply(new Change.Opened("untitled:a", "a.md", "x", 3, "markdown")).Snapshot;
        var edited = opened.Apply(new Change.Edited("untitled:a", "a.md", 4, [new Change.TextEdit(null, "y")]));
        Assert.Equal(4, edited.Snapshot.OpenDocument("a.md")!.Version);
        var unknown = edited.Snapshot.Apply(new Change.Edited("untitled:b", "b.md", 1, [new Change.TextEdit(null, "y")]));
        Assert.Equal("Change to b.md ignored: it was never opened.", unknown.Ignored);
        Assert.Null(unknown.Snapshot.OpenDocument("b.md"));
        var closed = unknown.Snapshot.Apply(new Change.Closed("untitled:a", "a.md", IsFile: false)).Snapshot;
        Assert.Null(closed.OpenDocument("a.md"));
        Assert.Empty(closed.OpenDocuments);
    }

    [Fact]
    public void Edits_in_one_change_apply_in_order_each_to_the_text_after_the_one_before()
    {
        var opened = WorkspaceSnapshot.Empty.Apply(new Change.Opened("untitled:a", "a.md", "Sir More", 1, "markdown")).Snapshot;
        var edited = opened.Apply(new Change.Edited("untitled:a", "a.md", 2, [
            new Change.TextEdit(Range(0, 4, 0, 4), "Thomas "),
            new Change.TextEdit(Range(0, 0, 0, 3), "Saint"),
        ])).Snapshot;
        Assert.Equal("Saint Thomas More", edited.OpenDocument("a.md")!.Text.Text);
    }

    [Fact]
    public void A_snapshot_is_never_changed_by_the_changes_applied_after_it()
    {
        var first = Loaded().Apply(new Change.Opened("untitled:a", "untitled:a", "Left on 15 February 1990 [@soviet-withdrawal-1989].\n", 1, "markdown")).Snapshot;
        var second = first.Apply(new Change.Edited("untitled:a", "untitled:a", 2, [new Change.TextEdit(null, "Nothing dated.\n")])).Snapshot;
        var third = second.Apply(new Change.Closed("untitled:a", "untitled:a", IsFile: false)).Snapshot;

        Assert.Equal(1, first.OpenDocument("untitled:a")!.Version);
        Assert.Contains(first.CheckedNote("untitled:a")!.Findings, f => f.Code == "MRG002");
        Assert.Equal("Nothing dated.\n", second.CheckedNote("untitled:a")!.Note.Text.Text);
        Assert.Null(third.OpenDocument("untitled:a"));
        Assert.Equal([2L, 3L, 4L], new[] { first, second, third }.Select(s => s.Sequence));
        Assert.Equal(1, first.GenerationOf("untitled:a"));
        Assert.Equal(2, third.GenerationOf("untitled:a"));
    }

    [Fact]
    public void An_open_note_is_checked_once_per_text()
    {
        var snapshot = Loaded().Apply(new Change.Opened("untitled:a", "untitled:a", "Left on 15 February 1990.\n", 1, "markdown")).Snapshot;
        Assert.Same(snapshot.CheckedNote("untitled:a"), snapshot.CheckedNote("untitled:a"));
        Assert.Same(snapshot.CheckedNote("untitled:a"), snapshot.Notes!.Get("untitled:a")); // the index keeps the same check for its publication
    }

    [Fact]
    public void A_closed_file_keeps_the_uri_the_client_used_and_is_read_again_from_disk_by_the_change()
    {
        using var folder = new ScratchFolder(("notes/a.md", "On disk.\n"));
        var path = folder["notes/a.md"];
        var snapshot = Loaded(folder.Root).Apply(new Change.Scanned(null)).Snapshot;
        snapshot = snapshot.Apply(new Change.Opened("file:///spelled/its/own/way", path, "In the editor.\n", 1, "markdown")).Snapshot;
        Assert.Equal("In the editor.\n", snapshot.CheckedNote(path)!.Note.Text.Text);

        folder.Write("notes/a.md", "Saved.\n");
        var closed = snapshot.Apply(new Change.Closed("file:///spelled/its/own/way", path, IsFile: true));
        Assert.Equal([path], closed.Changed);
        Assert.Equal("file:///spelled/its/own/way", closed.Snapshot.UriOf(path));
        Assert.Equal("Saved.\n", closed.Snapshot.CheckedNote(path)!.Note.Text.Text);
    }

    [Fact]
    public void An_older_snapshot_keeps_the_notes_on_disk_as_they_were()
    {
        using var folder = new ScratchFolder(("notes/a.md", "Before.\n"));
        var path = folder["notes/a.md"];
        Assert.Empty(Loaded(folder.Root).Notes!.Keys);
        var before = Loaded(folder.Root).Apply(new Change.Scanned(null)).Snapshot;
        Assert.Equal("Before.\n", before.CheckedNote(path)!.Note.Text.Text);

        folder.Write("notes/a.md", "After.\n");
        var added = folder.Write("notes/b.md", "New.\n");
        var after = before.Apply(new Change.FilesChanged([path, added])).Snapshot;

        Assert.Equal("After.\n", after.CheckedNote(path)!.Note.Text.Text);
        Assert.Equal([path, added], after.Notes!.Keys);
        Assert.Equal("Before.\n", before.CheckedNote(path)!.Note.Text.Text);
        Assert.Equal([path], before.Notes!.Keys);
        Assert.Throws<InvalidOperationException>(() => before.Notes.FileChanged(path));
    }

    [Fact]
    public void The_text_of_a_file_is_the_snapshots_never_the_disks()
    {
        using var folder = new ScratchFolder(("notes/a.md", "On disk.\n"), ("notes/b.md", "Opened.\n"));
        folder.AddShippedPaper();
        var knowledge = folder["seeds/000_bf09360ec50d0df5.knowledge.yaml"];
        var yaml = File.ReadAllText(knowledge);
        var library = PaperLibrary.Load(folder.Root, WorkspaceSettings.Default);
        var snapshot = WorkspaceSnapshot.Empty.Apply(new Change.Loaded(folder.Root, library, WorkspaceSettings.Default, IsReload: false)).Snapshot
            .Apply(new Change.Scanned(null)).Snapshot
            .Apply(new Change.Opened("file:///b", folder["notes/b.md"], "In the editor.\n", 1, "markdown")).Snapshot;

        Directory.Delete(folder.Root, recursive: true); // behind the snapshot's back: no change reports it

        Assert.Equal("On disk.\n", snapshot.TextOf(folder["notes/a.md"]));
        Assert.Equal("In the editor.\n", snapshot.TextOf(folder["notes/b.md"]));
        Assert.Equal(yaml, snapshot.TextOf(knowledge));
        Assert.Null(snapshot.TextOf(folder["notes/never.md"]));
    }

    /// <summary>
    /// A reload reads the notes on a thread of its own while the writer goes on: a note reported changed after that read
    /// began (and one closed meanwhile) is read again by the step that applies the reload, not left as the read saw it.
    /// </summary>
    [Fact]
    public void A_note_changed_on_disk_while_a_reload_read_the_notes_is_read_again_when_the_reload_lands()
    {
        using var folder = new ScratchFolder(("notes/a.md", "Before.\n"), ("notes/gone/c.md", "Soon deleted.\n"), ("notes/d.md", "Before, on disk.\n"));
        var snapshot = Loaded(folder.Root).Apply(new Change.Scanned(null)).Snapshot
            .Apply(new Change.Opened("file:///d", folder["notes/d.md"], "In the editor.\n", 1, "markdown")).Snapshot;
        var readAfter = snapshot.Sequence;
        var read = NoteFiles.ReadAll(folder.Root, WorkspaceSettings.Default); // the reload's read, off the writer

        folder.Write("notes/a.md", "After.\n");
        var added = folder.Write("notes/b.md", "New.\n");
        Directory.Delete(folder["notes/gone"], recursive: true);
        folder.Write("notes/d.md", "Saved.\n");
        snapshot = snapshot.Apply(new Change.FilesChanged([folder["notes/a.md"], added, folder["notes/gone"]])).Snapshot
            .Apply(new Change.Closed("file:///d", folder["notes/d.md"], IsFile: true)).Snapshot;
        var reloaded = snapshot.Apply(new Change.Loaded(folder.Root, TestKnowledge.Library, WorkspaceSettings.Default, IsReload: true, read, readAfter));

        Assert.False(reloaded.NeedsReload);
        Assert.Equal("After.\n", reloaded.Snapshot.CheckedNote(folder["notes/a.md"])!.Note.Text.Text);
        Assert.Equal("Saved.\n", reloaded.Snapshot.CheckedNote(folder["notes/d.md"])!.Note.Text.Text);
        Assert.Equal([folder["notes/a.md"], added, folder["notes/d.md"]], reloaded.Snapshot.Notes!.Keys);
    }

    [Fact]
    public void A_note_changed_on_disk_during_start_up_is_not_lost_to_the_read_ahead()
    {
        using var folder = new ScratchFolder(("notes/a.md", "Before.\n"));
        var read = NoteFiles.ReadAll(folder.Root, WorkspaceSettings.Default); // read ahead, while the papers load
        folder.Write("notes/a.md", "After.\n");
        var added = folder.Write("notes/b.md", "New.\n");
        var before = WorkspaceSnapshot.Empty.Apply(new Change.FilesChanged([folder["notes/a.md"]])).Snapshot; // before the papers are loaded
        var loaded = before.Apply(new Change.Loaded(folder.Root, TestKnowledge.Library, WorkspaceSettings.Default, IsReload: false)).Snapshot
            .Apply(new Change.FilesChanged([added])).Snapshot;

        var scanned = loaded.Apply(new Change.Scanned(read)).Snapshot;

        Assert.Equal("After.\n", scanned.CheckedNote(folder["notes/a.md"])!.Note.Text.Text);
        Assert.Equal("New.\n", scanned.CheckedNote(added)!.Note.Text.Text);
    }

    [Fact]
    public void Papers_knowledge_and_settings_changed_on_disk_ask_for_a_reload_and_notes_do_not()
    {
        using var folder = new ScratchFolder(("notes/a.md", "A note.\n"));
        var snapshot = Loaded(folder.Root).Apply(new Change.Scanned(null)).Snapshot;
        Assert.True(snapshot.Apply(new Change.FilesChanged([folder[".marginalia.yaml"]])).NeedsReload);
        Assert.True(snapshot.Apply(new Change.FilesChanged([folder["papers/more.knowledge.yaml"]])).NeedsReload);
        Assert.True(snapshot.Apply(new Change.Reconfigured()).NeedsReload);
        var note = snapshot.Apply(new Change.FilesChanged([folder["notes/a.md"]]));
        Assert.False(note.NeedsReload);
        Assert.Equal([folder["notes/a.md"]], note.Changed);
    }

    [Fact]
    public void Before_the_papers_are_loaded_documents_are_kept_and_nothing_is_published()
    {
        var opened = WorkspaceSnapshot.Empty.Apply(new Change.Opened("untitled:a", "untitled:a", "Left on 15 February 1990.\n", 1, "markdown"));
        Assert.Empty(opened.Changed);
        Assert.Null(opened.Snapshot.CheckedNote("untitled:a"));
        var loaded = opened.Snapshot.Apply(new Change.Loaded(null, TestKnowledge.Library, WorkspaceSettings.Default, IsReload: false)).Snapshot;
        Assert.NotNull(loaded.CheckedNote("untitled:a"));
        Assert.Contains("untitled:a", loaded.Notes!.Keys);
    }

    /// <summary>
    /// What makes a snapshot safe to read without a lock: no public setter anywhere, its collections immutable, and its
    /// notes' index frozen (no change reaches it: the writer changes an editable copy).
    /// </summary>
    [Fact]
    public void Snapshots_and_their_documents_cannot_be_changed_by_a_reader()
    {
        foreach (var type in new[] { typeof(WorkspaceSnapshot), typeof(WorkspaceDocument), typeof(OpenDocument), typeof(Applied) })
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is { IsPublic: true } setter)
                    Assert.True(setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"), $"{type.Name}.{property.Name} has a setter");
                var t = property.PropertyType;
                if (t.IsGenericType && t.Namespace == "System.Collections.Generic" && t.Name.StartsWith("Dictionary", StringComparison.Ordinal))
                    Assert.Fail($"{type.Name}.{property.Name} is a mutable dictionary");
            }
            Assert.DoesNotContain(type.GetFields(BindingFlags.Public | BindingFlags.Instance), f => !f.IsInitOnly);
        }
        Assert.IsType<ImmutableDictionary<string, WorkspaceDocument>>(WorkspaceSnapshot.Empty.Documents);
        Assert.True(typeof(WorkspaceChange).IsAbstract);
        Assert.All(typeof(WorkspaceChange).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(WorkspaceChange))), t => Assert.True(t.IsSealed));
    }

    private static WorkspaceSnapshot Loaded(string? root = null) =>
        WorkspaceSnapshot.Empty.Apply(new Change.Loaded(root, TestKnowledge.Library, WorkspaceSettings.Default, IsReload: false)).Snapshot;
}
