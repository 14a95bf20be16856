using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Lifecycle;

public sealed class ExitHandler(ServerLifecycle lifecycle) : INotificationHandler<NoParams>
{
    public Task Handle(NoParams notification, CancellationToken cancellationToken)
    {
        lifecycle.Exit();
        return Task.CompletedTask;
    }
}
