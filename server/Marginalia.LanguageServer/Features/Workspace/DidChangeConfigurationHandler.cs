using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Workspace;

public sealed class DidChangeConfigurationHandler(WorkspaceSession session, IWorkspaceListener listener)
    : INotificationHandler<DidChangeConfigurationParams>
{
    public Task Handle(DidChangeConfigurationParams notification, CancellationToken cancellationToken)
    {
        session.Post(new WorkspaceChange.Reconfigured());
        listener.ConfigurationChanged(notification.Settings);
        return Task.CompletedTask;
    }
}
