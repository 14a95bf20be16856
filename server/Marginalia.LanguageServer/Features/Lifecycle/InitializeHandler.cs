using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Lifecycle;

public sealed class InitializeHandler(LanguageClient client, ServerLifecycle lifecycle, IReadOnlySet<string> methods)
    : IRequestHandler<InitializeParams, InitializeResult>
{
    public Task<InitializeResult> Handle(InitializeParams request, CancellationToken cancellationToken)
    {
        client.Initialization = request;
        var version = typeof(InitializeHandler).Assembly.GetName().Version?.ToString();
        var result = new InitializeResult(Capabilities.For(methods, request.Capabilities), new ServerInfo("marginalia", version));
        lifecycle.Initialized();
        return Task.FromResult(result);
    }
}
