using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features;

/// <summary>What a document is to the workspace: a note, a paper, a knowledge file, or nothing Marginalia reads.</summary>
public enum DocumentKind { Note, Paper, Knowledge, Other }

/// <summary>
/// The document a request is about, resolved once for the handler: its key, the URI the client used, its kind, the
/// index it was resolved against, and — for a note, when first asked — the note checked.
/// </summary>
public sealed class RequestDocument
{
    private readonly Lazy<CheckedNote?> _note;
    private readonly DocumentKind _kind;

    private RequestDocument(string uri, string key, DocumentKind kind, NoteIndex index)
    {
        Uri = uri;
        Key = key;
        _kind = kind;
        Index = index;
        _note = new Lazy<CheckedNote?>(() => kind == DocumentKind.Other ? index.Get(key) : null);
    }

    public string Uri { get; }
    public string Key { get; }
    public NoteIndex Index { get; }

    /// <summary><see cref="DocumentKind.Other"/> until the note is asked for: an open scratch document is a note only once checked.</summary>
    public DocumentKind Kind => _note.Value is not null ? DocumentKind.Note : _kind;

    /// <summary>The checked note, or null for a paper, a knowledge file or a document that is no note.</summary>
    public CheckedNote? Note => _note.Value;

    public static async Task<RequestDocument> ResolveAsync(WorkspaceSession session, TextDocumentIdentifier document, CancellationToken cancellationToken)
    {
        var index = await session.IndexAsync(cancellationToken).ConfigureAwait(false);
        var key = DocumentUris.ToKey(document.Uri);
        var kind = !index.IsPaperOrKnowledge(key) ? DocumentKind.Other
            : key.EndsWith(".knowledge.yaml", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Knowledge
            : DocumentKind.Paper;
        return new RequestDocument(document.Uri, key, kind, index);
    }
}
