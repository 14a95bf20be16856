using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features;

/// <summary>What a document is to the workspace: a note, a paper, a knowledge file, or nothing Marginalia reads.</summary>
public enum DocumentKind { Note, Paper, Knowledge, Other }

/// <summary>
/// The context of a request about a document, resolved once for the handler (as Roslyn's <c>RequestContext</c>): the
/// snapshot of the workspace it reads (every change the client sent before it applied, the papers loaded), the
/// document's key, the URI the client used, its kind, and — for a note, when first asked — the note checked, of the
/// snapshot's text. A handler holds no lock and reads no file: everything it needs is here.
/// </summary>
public sealed class RequestDocument
{
    private readonly Lazy<CheckedNote?> _note;
    private readonly DocumentKind _kind;

    private RequestDocument(string uri, string key, DocumentKind kind, WorkspaceSnapshot snapshot)
    {
        Uri = uri;
        Key = key;
        _kind = kind;
        Snapshot = snapshot;
        _note = new Lazy<CheckedNote?>(() => kind == DocumentKind.Other ? snapshot.CheckedNote(key) : null);
    }

    public string Uri { get; }
    public string Key { get; }

    /// <summary>The workspace as the request sees it, whatever is applied meanwhile.</summary>
    public WorkspaceSnapshot Snapshot { get; }

    /// <summary>The notes of the snapshot.</summary>
    public NoteIndex Index => Snapshot.Notes!;

    /// <summary>The papers of the snapshot.</summary>
    public PaperLibrary Library => Snapshot.Library!;

    /// <summary><see cref="DocumentKind.Other"/> until the note is asked for: an open scratch document is a note only once checked.</summary>
    public DocumentKind Kind => _note.Value is not null ? DocumentKind.Note : _kind;

    /// <summary>The checked note, or null for a paper, a knowledge file or a document that is no note.</summary>
    public CheckedNote? Note => _note.Value;

    /// <summary>The URI to speak of a file by in the answer: the one the client used, else the file's.</summary>
    public string UriOf(string key) => WorkspaceSession.UriOf(Snapshot, key);

    /// <summary>The text of a file as the request sees it: the editor's when open, else the snapshot's (a note as read, a knowledge file as loaded); never the disk's.</summary>
    public string? TextOf(string path) => Snapshot.TextOf(path);

    public static async Task<RequestDocument> ResolveAsync(WorkspaceSession session, TextDocumentIdentifier document, CancellationToken cancellationToken)
    {
        var snapshot = await session.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var key = DocumentUris.ToKey(document.Uri);
        var kind = !snapshot.Notes!.IsPaperOrKnowledge(key) ? DocumentKind.Other
            : key.EndsWith(".knowledge.yaml", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Knowledge
            : DocumentKind.Paper;
        return new RequestDocument(document.Uri, key, kind, snapshot);
    }
}
