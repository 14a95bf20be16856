using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Workspace;

public sealed class DidChangeWatchedFilesHandler(WorkspaceSession session, IWorkspaceListener listener)
    : INotificationHandler<DidChangeWatchedFilesParams>
{
    public Task Handle(DidChangeWatchedFilesParams notification, CancellationToken cancellationToken)
    {
        var changes = notification.Changes
            .Select(change => new WatchedFileChange(change.Uri, DocumentUris.ToKey(change.Uri), change.Type))
            .ToArray();
        session.Post(new WorkspaceChange.FilesChanged([.. changes.Select(c => c.Key)]));
        listener.WatchedFilesChanged(changes);
        return Task.CompletedTask;
    }
}
