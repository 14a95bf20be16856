using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Lifecycle;

public sealed class ShutdownHandler(ServerLifecycle lifecycle) : IRequestHandler<NoParams, object?>
{
    public Task<object?> Handle(NoParams request, CancellationToken cancellationToken)
    {
        lifecycle.ShutDown();
        return Task.FromResult<object?>(null);
    }
}
