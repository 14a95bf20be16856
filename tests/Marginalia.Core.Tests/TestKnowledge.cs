using Marginalia.Core.Checks;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests;

/// <summary>The shipped paper with its curated knowledge, loaded once, and a note checker over it.</summary>
public static class TestKnowledge
{
    private static readonly Lazy<PaperLibrary> Shipped = new(PaperLibrary.Shipped);

    public static PaperLibrary Library => Shipped.Value;

    public static CheckedNote Check(string text, WorkspaceSettings? settings = null) =>
        new NoteChecker(Library, settings ?? WorkspaceSettings.Default).Check("note.md", text);

    public static IReadOnlyList<Finding> Findings(string text, string? code = null, WorkspaceSettings? settings = null) =>
        Check(text, settings).Findings.Where(f => code is null || f.Code == code).ToList();
}
