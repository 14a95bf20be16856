namespace Marginalia.LanguageServer.Features;

/// <summary>Answers one LSP request. Registered in <see cref="Server"/>; exceptions become error responses there.</summary>
public interface IRequestHandler<in TParams, TResult>
{
    Task<TResult> Handle(TParams request, CancellationToken cancellationToken);
}

/// <summary>Takes one LSP notification. Should return quickly: the synchronous part runs in arrival order.</summary>
public interface INotificationHandler<in TParams>
{
    Task Handle(TParams notification, CancellationToken cancellationToken);
}
