using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>A document as the editor has it, which may differ from the file on disk.</summary>
public sealed record OpenDocument(string Key, SourceText Text, int Version);

/// <summary>
/// The documents open in the editor, by key: the normalized path, or the raw URI for a document
/// with no file. Each change replaces the document with a new snapshot, so a reader never sees half an edit.
/// </summary>
public sealed class OpenDocuments
{
    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public OpenDocument Open(string key, string text, int version)
    {
        var document = new OpenDocument(key, new SourceText(text), version);
        lock (_lock) _documents[key] = document;
        return document;
    }

    /// <summary>
    /// Replaces <paramref name="range"/> with <paramref name="newText"/>, or the whole text when the range is null.
    /// Positions outside the text are clamped into it. Returns null when the document is not open.
    /// </summary>
    public OpenDocument? ApplyChange(string key, int version, SourceRange? range, string newText)
    {
        lock (_lock)
        {
            if (!_documents.TryGetValue(key, out var current)) return null;
            var text = range is { } r ? Replace(current.Text, r, newText) : newText;
            var changed = new OpenDocument(key, new SourceText(text), version);
            _documents[key] = changed;
            return changed;
        }
    }

    public bool Close(string key)
    {
        lock (_lock) return _documents.Remove(key);
    }

    public OpenDocument? Get(string key)
    {
        lock (_lock) return _documents.GetValueOrDefault(key);
    }

    public IReadOnlyList<OpenDocument> All
    {
        get { lock (_lock) return [.. _documents.Values]; }
    }

    /// <summary>The text with a range replaced; positions outside it are clamped into it.</summary>
    public static string Replace(SourceText text, SourceRange range, string newText)
    {
        var start = text.GetOffset(range.Start);
        var end = Math.Max(start, text.GetOffset(range.End));
        return string.Concat(text.Text.AsSpan(0, start), newText, text.Text.AsSpan(end));
    }
}
