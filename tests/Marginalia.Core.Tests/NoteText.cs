using Marginalia.Core.Sources;

namespace Marginalia.Core.Tests;

/// <summary>Finds places in a test's note text, the way a reader points at them.</summary>
public static class NoteText
{
    /// <summary>The range of the n-th occurrence (0-based) of a phrase in a text.</summary>
    public static SourceRange RangeOf(string text, string phrase, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{phrase}' occurs fewer than {occurrence + 1} times");
        }
        return new SourceText(text).GetRange(at, phrase.Length);
    }
}
