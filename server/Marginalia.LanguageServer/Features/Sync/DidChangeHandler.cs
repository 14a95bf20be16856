using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Sync;

/// <summary>Applies incremental edits in the order given; each edit's range refers to the text after the previous one.</summary>
public sealed class DidChangeHandler(OpenDocuments documents, IWorkspaceListener listener, LanguageClient client)
    : INotificationHandler<DidChangeTextDocumentParams>
{
    public async Task Handle(DidChangeTextDocumentParams notification, CancellationToken cancellationToken)
    {
        var identifier = notification.TextDocument;
        var document = new DocumentRef(identifier.Uri, DocumentUris.ToKey(identifier.Uri));
        foreach (var change in notification.ContentChanges)
        {
            if (documents.ApplyChange(document.Key, identifier.Version, change.Range?.ToSource(), change.Text) is null)
            {
                await client.LogAsync(MessageType.Warning, $"Change to {document.Key} ignored: it was never opened.");
                return;
            }
        }
        listener.DocumentChanged(document);
    }
}
