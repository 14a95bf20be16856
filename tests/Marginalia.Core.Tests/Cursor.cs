using Marginalia.Core.Sources;

namespace Marginalia.Core.Tests;

/// <summary>Note text with the cursor written as <c>|</c>, the way a test points at a place.</summary>
public static class Cursor
{
    public static (string Text, SourcePosition Position) In(string marked)
    {
        var at = marked.IndexOf('|');
        if (at < 0) throw new ArgumentException("mark the cursor with |");
        var text = marked.Remove(at, 1);
        return (text, new SourceText(text).GetPosition(at));
    }
}
