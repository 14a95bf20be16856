using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Workspace;

public sealed class DidChangeConfigurationHandler(IWorkspaceListener listener)
    : INotificationHandler<DidChangeConfigurationParams>
{
    public Task Handle(DidChangeConfigurationParams notification, CancellationToken cancellationToken)
    {
        listener.ConfigurationChanged(notification.Settings);
        return Task.CompletedTask;
    }
}
