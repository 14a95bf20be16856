using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Sync;

public sealed class DidCloseHandler(OpenDocuments documents, IWorkspaceListener listener)
    : INotificationHandler<DidCloseTextDocumentParams>
{
    public Task Handle(DidCloseTextDocumentParams notification, CancellationToken cancellationToken)
    {
        var uri = notification.TextDocument.Uri;
        var document = new DocumentRef(uri, DocumentUris.ToKey(uri));
        documents.Close(document.Key);
        listener.DocumentClosed(document);
        return Task.CompletedTask;
    }
}
