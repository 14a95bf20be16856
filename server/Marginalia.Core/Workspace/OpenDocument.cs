using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>
/// A document as the editor has it, which may differ from the file on disk: one text of it, never changed (an edit makes
/// the next, in the workspace's next snapshot). Its key is the normalized path, or the raw URI for a document with no file.
/// </summary>
public sealed record OpenDocument(string Key, SourceText Text, int Version)
{
    /// <summary>
    /// The text with <paramref name="range"/> replaced by <paramref name="newText"/>, or the whole text when the range is
    /// null. Positions outside the text are clamped into it.
    /// </summary>
    public OpenDocument Edited(int version, SourceRange? range, string newText) =>
        new(Key, new SourceText(range is { } r ? Replace(Text, r, newText) : newText), version);

    private static string Replace(SourceText text, SourceRange range, string newText)
    {
        var start = text.GetOffset(range.Start);
        var end = Math.Max(start, text.GetOffset(range.End));
        return string.Concat(text.Text.AsSpan(0, start), newText, text.Text.AsSpan(end));
    }
}
