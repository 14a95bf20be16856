using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Sync;

public sealed class DidCloseHandler(WorkspaceSession session, IWorkspaceListener listener)
    : INotificationHandler<DidCloseTextDocumentParams>
{
    public Task Handle(DidCloseTextDocumentParams notification, CancellationToken cancellationToken)
    {
        var uri = notification.TextDocument.Uri;
        var document = new DocumentRef(uri, DocumentUris.ToKey(uri));
        session.Post(new WorkspaceChange.Closed(document.Uri, document.Key, IsFile: DocumentUris.TryGetPath(uri, out _)));
        listener.DocumentClosed(document);
        return Task.CompletedTask;
    }
}
