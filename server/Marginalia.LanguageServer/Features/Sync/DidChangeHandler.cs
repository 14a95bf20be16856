using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Sync;

/// <summary>
/// Hands the edits to the workspace's writer, in the order given; each edit's range refers to the text after the previous
/// one. An edit to a document never opened is ignored there, with a warning.
/// </summary>
public sealed class DidChangeHandler(WorkspaceSession session, IWorkspaceListener listener)
    : INotificationHandler<DidChangeTextDocumentParams>
{
    public Task Handle(DidChangeTextDocumentParams notification, CancellationToken cancellationToken)
    {
        var identifier = notification.TextDocument;
        var document = new DocumentRef(identifier.Uri, DocumentUris.ToKey(identifier.Uri));
        var edits = notification.ContentChanges.Select(change => new WorkspaceChange.TextEdit(change.Range?.ToSource(), change.Text)).ToArray();
        session.Post(new WorkspaceChange.Edited(document.Uri, document.Key, identifier.Version, edits));
        listener.DocumentChanged(document);
        return Task.CompletedTask;
    }
}
