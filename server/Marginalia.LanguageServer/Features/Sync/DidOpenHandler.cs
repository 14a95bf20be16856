using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Sync;

public sealed class DidOpenHandler(WorkspaceSession session, IWorkspaceListener listener)
    : INotificationHandler<DidOpenTextDocumentParams>
{
    public Task Handle(DidOpenTextDocumentParams notification, CancellationToken cancellationToken)
    {
        var item = notification.TextDocument;
        var document = new DocumentRef(item.Uri, DocumentUris.ToKey(item.Uri));
        session.Post(new WorkspaceChange.Opened(document.Uri, document.Key, item.Text, item.Version, item.LanguageId));
        listener.DocumentOpened(document);
        return Task.CompletedTask;
    }
}
