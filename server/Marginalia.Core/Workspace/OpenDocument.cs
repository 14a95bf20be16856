using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>
/// A document as the editor has it, which may differ from the file on disk: one text of it, never changed (an edit makes
/// the next, in the workspace's next snapshot). Its key is the normalized path, or the raw URI for a document with no file;
/// its language is the editor's name for it (<c>markdown</c>, <c>plaintext</c>).
/// </summary>
public sealed record OpenDocument(string Key, SourceText Text, int Version, string LanguageId)
{
    /// <summary>
    /// Whether the document can be a note: anything but plain text that is no <c>.md</c> file. Plain text is what editors
    /// send the papers as (for their findings and code lenses), and every other text file with them: never a note. (A
    /// language the user gave the server, "quarto" or "markdown", is.)
    /// </summary>
    public bool MayBeNote =>
        !PlainText.Contains(LanguageId, StringComparer.OrdinalIgnoreCase) || Key.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The names editors give plain text: VS Code's and Emacs's, Neovim's and Helix's.</summary>
    private static readonly string[] PlainText = ["plaintext", "text"];

    /// <summary>
    /// The text with <paramref name="range"/> replaced by <paramref name="newText"/>, or the whole text when the range is
    /// null. Positions outside the text are clamped into it.
    /// </summary>
    public OpenDocument Edited(int version, SourceRange? range, string newText) =>
        this with { Text = new SourceText(range is { } r ? Replace(Text, r, newText) : newText), Version = version };

    private static string Replace(SourceText text, SourceRange range, string newText)
    {
        var start = text.GetOffset(range.Start);
        var end = Math.Max(start, text.GetOffset(range.End));
        return string.Concat(text.Text.AsSpan(0, start), newText, text.Text.AsSpan(end));
    }
}
