using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

/// <summary>A workspace in memory: notes written in the test, with the cursor marked ‸, over the shipped paper.</summary>
public static class TestWorkspace
{
    public const char Cursor = '‸';

    /// <summary>The text without its cursor mark, and where the mark was.</summary>
    public static (string Text, SourcePosition Position) At(string marked)
    {
        var at = marked.IndexOf(Cursor);
        if (at < 0) throw new ArgumentException("the text has no cursor mark ‸");
        var text = marked.Remove(at, 1);
        return (text, new SourceText(text).GetPosition(at));
    }

    /// <summary>The shipped paper with its curated knowledge, as if the knowledge file lay in a workspace at <paramref name="knowledgePath"/>.</summary>
    public static PaperLibrary Curated(string knowledgePath) =>
        new(new KnowledgeBase([KnowledgeLoader.Load(TestPapers.Russia, knowledgePath, KnowledgeYaml)]), [], IsShippedDefault: false);

    public static string KnowledgeYaml => ShippedPaper.ReadKnowledge()!;

    /// <summary>An index of notes by path, all as if open in the editor.</summary>
    public static NoteIndex Index(PaperLibrary library, params (string Path, string Text)[] notes)
    {
        var index = new NoteIndex("/ws", library, WorkspaceSettings.Default);
        foreach (var (path, text) in notes) index.SetOpen(path, new SourceText(text), 1);
        return index;
    }
}
