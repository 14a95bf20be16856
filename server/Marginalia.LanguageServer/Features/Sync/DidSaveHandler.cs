using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Sync;

public sealed class DidSaveHandler(IWorkspaceListener listener) : INotificationHandler<DidSaveTextDocumentParams>
{
    public Task Handle(DidSaveTextDocumentParams notification, CancellationToken cancellationToken)
    {
        var uri = notification.TextDocument.Uri;
        listener.DocumentSaved(new DocumentRef(uri, DocumentUris.ToKey(uri)));
        return Task.CompletedTask;
    }
}
