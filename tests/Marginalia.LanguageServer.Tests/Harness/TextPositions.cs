using Marginalia.Core.Sources;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

/// <summary>Protocol positions of phrases in a note's text, the way a test points at them.</summary>
public static class TextPositions
{
    /// <summary>The position <paramref name="delta"/> characters into the n-th occurrence (0-based) of a phrase.</summary>
    public static Position At(string text, string phrase, int delta = 0, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{phrase}' occurs fewer than {occurrence + 1} times");
        }
        return new SourceText(text).GetPosition(at + delta).ToProtocol();
    }

    /// <summary>The position just after the first occurrence of a phrase.</summary>
    public static Position After(string text, string phrase) => At(text, phrase, phrase.Length);

    public static Protocol.Range RangeOf(string text, string phrase) => new(At(text, phrase), After(text, phrase));
}
