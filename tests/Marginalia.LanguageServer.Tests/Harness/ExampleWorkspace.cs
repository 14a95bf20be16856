using System.Text.RegularExpressions;
using Marginalia.Core.Sources;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

/// <summary>
/// A copy of the repository's example workspace in a temporary folder: the example notes under <c>notes/</c>,
/// the paper and its curated knowledge under <c>seeds/</c>. Tests may write to it; it is deleted afterwards.
/// </summary>
public sealed partial class ExampleWorkspace : IDisposable
{
    public ExampleWorkspace()
    {
        Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "marginalia-" + Guid.NewGuid().ToString("N")[..8]));
        Directory.CreateDirectory(NotesFolder);
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        foreach (var note in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "examples", "notes"), "*.md"))
            File.Copy(note, NotePath(Path.GetFileName(note)));
        File.Copy(Path.Combine(RepositoryRoot, "seeds", ShippedPaper.FileName), PaperPath);
        File.Copy(Path.Combine(RepositoryRoot, "seeds", ShippedPaper.KnowledgeFileName), KnowledgePath);
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public string Root { get; }
    public string PaperPath => Path.Combine(Root, "seeds", ShippedPaper.FileName);
    public string KnowledgePath => Path.Combine(Root, "seeds", ShippedPaper.KnowledgeFileName);

    public string NotesFolder => Path.Combine(Root, "notes");
    public string NotePath(string name) => Path.Combine(NotesFolder, name);
    public string NoteUri(string name) => DocumentUris.FromPath(NotePath(name));
    public string NoteText(string name) => File.ReadAllText(NotePath(name));

    /// <summary>Writes a note to disk (before the server starts, so that it is read at start-up).</summary>
    public string Write(string name, string text)
    {
        File.WriteAllText(NotePath(name), text);
        return NoteUri(name);
    }

    /// <summary>The position of the n-th occurrence of a phrase in a text, plus an offset into it.</summary>
    public static Position PositionOf(string text, string phrase, int into = 0, int occurrence = 0) =>
        TextPositions.At(text, phrase, into, occurrence);

    /// <summary>The text a location points at in its file, its line breaks read as spaces.</summary>
    public static string TextAt(Location location)
    {
        Assert.True(DocumentUris.TryGetPath(location.Uri, out var path), $"{location.Uri} is not a file URI");
        Assert.True(File.Exists(path), $"{path} does not exist");
        var text = new SourceText(File.ReadAllText(path));
        var range = new SourceRange(new SourcePosition(location.Range.Start.Line, location.Range.Start.Character),
            new SourcePosition(location.Range.End.Line, location.Range.End.Character));
        return Whitespace().Replace(text.Slice(range), " ");
    }

    /// <summary>Starts a server on this workspace and waits until every note on disk is read.</summary>
    public async Task<LanguageServerHarness> StartAsync()
    {
        var harness = new LanguageServerHarness();
        await harness.InitializeAsync(Root);
        await harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready);
        return harness;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
