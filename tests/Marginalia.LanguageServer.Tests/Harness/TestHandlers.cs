using Marginalia.LanguageServer.Features;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

/// <summary>Methods only tests register: they look into the server, fail on purpose, or wait to be cancelled.</summary>
public static class TestHandlers
{
    public const string Text = "test/text";
    public const string LineAt = "test/lineAt";
    public const string Fail = "test/fail";
    public const string WaitForCancel = "test/waitForCancel";

    /// <returns>The waiting handler, whose <see cref="WaitForCancelHandler.Cancelled"/> tests await.</returns>
    public static WaitForCancelHandler Register(Server server)
    {
        var waiter = new WaitForCancelHandler();
        server.Register(Text, new TextHandler(server));
        server.Register(LineAt, new LineAtHandler(server));
        server.Register(Fail, new FailHandler());
        server.Register(WaitForCancel, waiter);
        return waiter;
    }

    private sealed class TextHandler(Server server) : IRequestHandler<TextDocumentIdentifier, string?>
    {
        public async Task<string?> Handle(TextDocumentIdentifier request, CancellationToken cancellationToken) =>
            (await server.Session.AppliedAsync(cancellationToken)).OpenDocument(DocumentUris.ToKey(request.Uri))?.Text.Text;
    }

    /// <summary>The line at the position (clamped into the text), or null for a document that isn't open.</summary>
    private sealed class LineAtHandler(Server server) : IRequestHandler<TextDocumentPositionParams, string?>
    {
        public async Task<string?> Handle(TextDocumentPositionParams request, CancellationToken cancellationToken)
        {
            if ((await server.Session.AppliedAsync(cancellationToken)).OpenDocument(DocumentUris.ToKey(request.TextDocument.Uri)) is not { } document)
                return null;
            var text = document.Text;
            var position = text.GetPosition(text.GetOffset(request.Position.ToSource()));
            return text.GetLine(position.Line);
        }
    }

    private sealed class FailHandler : IRequestHandler<TextDocumentPositionParams, string>
    {
        public Task<string> Handle(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the test handler failed on purpose");
    }

    public sealed class WaitForCancelHandler : IRequestHandler<NoParams, string>
    {
        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<string> Handle(NoParams request, CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return "never";
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult();
                throw;
            }
        }
    }
}
