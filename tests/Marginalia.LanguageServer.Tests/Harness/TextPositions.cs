using Marginalia.Core.Sources;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

/// <summary>Protocol positions of phrases in a note's text, the way a test points at them.</summary>
public static class TextPositions
{
    /// <summary>The position <paramref name="delta"/> characters into the first occurrence of a phrase.</summary>
    public static Position At(string text, string phrase, int delta = 0)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{phrase}' is not in the text");
        return new SourceText(text).GetPosition(at + delta).ToProtocol();
    }

    /// <summary>The position just after the first occurrence of a phrase.</summary>
    public static Position After(string text, string phrase) => At(text, phrase, phrase.Length);

    public static Protocol.Range RangeOf(string text, string phrase) => new(At(text, phrase), After(text, phrase));
}
