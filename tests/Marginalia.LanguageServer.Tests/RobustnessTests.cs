using Marginalia.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Marginalia.LanguageServer.Tests;

public class RobustnessTests
{
    private const string Uri = "file:///notes/more.md";

    private static TextDocumentPositionParams At(string uri, int line, int character) =>
        new(new TextDocumentIdentifier(uri), new Position(line, character));

    /// <summary>The error code the server answered with (StreamJsonRpc raises a different exception type per code).</summary>
    private static async Task<int> ErrorCodeOf(Func<Task> request) =>
        (int)(await Assert.ThrowsAnyAsync<RemoteRpcException>(request)).ErrorCode!;

    [Fact]
    public async Task Requests_before_initialize_are_refused_as_not_initialized()
    {
        await using var harness = new LanguageServerHarness();

        Assert.Equal(ErrorCodes.ServerNotInitialized,
            await ErrorCodeOf(() => harness.RequestAsync<string?>(TestHandlers.LineAt, At(Uri, 0, 0))));
        Assert.Equal(ErrorCodes.ServerNotInitialized, await ErrorCodeOf(() => harness.RequestAsync<object?>("shutdown")));
        await harness.InitializeAsync();
    }

    [Fact]
    public async Task Notifications_before_initialize_are_dropped()
    {
        await using var harness = new LanguageServerHarness();
        await harness.OpenAsync(Uri, "too early");
        await harness.InitializeAsync();

        Assert.Null(await harness.TextAsync(Uri));
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();

        Assert.Equal(ErrorCodes.InvalidRequest, await ErrorCodeOf(() => harness.InitializeAsync()));
    }

    [Fact]
    public async Task Requests_after_shutdown_are_invalid_requests()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.RequestAsync<object?>("shutdown");

        Assert.Equal(ErrorCodes.InvalidRequest,
            await ErrorCodeOf(() => harness.RequestAsync<string?>(TestHandlers.LineAt, At(Uri, 0, 0))));
        Assert.Equal(0, await harness.ExitAsync());
    }

    [Fact]
    public async Task Unknown_methods_are_method_not_found()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();

        Assert.Equal(ErrorCodes.MethodNotFound, await ErrorCodeOf(() => harness.RequestAsync<object?>("marginalia/unknown")));
        await harness.NotifyAsync("$/unknownNotification", new { });
        Assert.Null(await harness.TextAsync(Uri));
    }

    [Fact]
    public async Task Malformed_params_are_invalid_params_and_the_server_keeps_serving()
    {
        await using var harness = new LanguageServerHarness();

        Assert.Equal(ErrorCodes.InvalidParams,
            await ErrorCodeOf(() => harness.RequestAsync<object?>("initialize", new { capabilities = 5 })));
        Assert.Equal(ErrorCodes.InvalidParams,
            await ErrorCodeOf(() => harness.RequestAsync<object?>("initialize", new { processId = 1 })));
        await harness.InitializeAsync();
        Assert.Equal(ErrorCodes.InvalidParams,
            await ErrorCodeOf(() => harness.RequestAsync<string?>(TestHandlers.LineAt, new { textDocument = new { } })));
        Assert.Equal(ErrorCodes.InvalidParams,
            await ErrorCodeOf(() => harness.RequestAsync<string?>(TestHandlers.LineAt)));

        await harness.NotifyAsync("textDocument/didOpen", new { textDocument = "not an item" });
        await harness.OpenAsync(Uri, "still serving");
        Assert.Equal("still serving", await harness.TextAsync(Uri));
        // Dropped and said so, as a warning: the client's message was wrong, nothing failed in the server.
        await harness.Logs.WaitForAsync(log => log.Type == MessageType.Warning && log.Message.Contains("notification dropped: Invalid params for textDocument/didOpen"));
    }

    [Fact]
    public async Task An_unknown_document_gives_a_null_result()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();

        Assert.Null(await harness.RequestAsync<string?>(TestHandlers.LineAt, At("file:///never/opened.md", 0, 0)));
    }

    [Fact]
    public async Task Positions_outside_the_document_are_clamped()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.OpenAsync(Uri, "first\nlast");

        Assert.Equal("last", await harness.RequestAsync<string?>(TestHandlers.LineAt, At(Uri, 40, 3)));
        Assert.Equal("first", await harness.RequestAsync<string?>(TestHandlers.LineAt, At(Uri, 0, 999)));
        Assert.Equal("first", await harness.RequestAsync<string?>(TestHandlers.LineAt, At(Uri, -2, -7)));
    }

    [Fact]
    public async Task Edits_to_an_unopened_document_are_ignored_with_a_warning()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.ChangeAsync(Uri, 2, new TextDocumentContentChangeEvent("x"));

        Assert.Null(await harness.TextAsync(Uri));
        await harness.Logs.WaitForAsync(log => log.Type == MessageType.Warning && log.Message.Contains("/notes/more.md"));
    }

    [Fact]
    public async Task A_failing_handler_answers_an_error_logs_the_document_and_the_server_keeps_serving()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.OpenAsync(Uri, "text");

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(
            () => harness.RequestAsync<string>(TestHandlers.Fail, At(Uri, 0, 0)));

        Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
        Assert.Contains("failed on purpose", error.Message);
        var log = await harness.Logs.WaitForAsync(l => l.Type == MessageType.Error);
        Assert.Contains("/notes/more.md", log.Message);
        Assert.Contains("InvalidOperationException", harness.Stderr.ToString());
        Assert.Equal("text", await harness.RequestAsync<string?>(TestHandlers.LineAt, At(Uri, 0, 0)));
    }

    [Fact]
    public async Task Cancel_request_reaches_the_handler_token()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        using var cancel = new CancellationTokenSource();

        var request = harness.RequestAsync<string>(TestHandlers.WaitForCancel, cancellationToken: cancel.Token);
        await Task.Delay(100);
        await cancel.CancelAsync();

        await harness.CancellableRequest.Cancelled.Task.WaitAsync(LanguageServerHarness.DefaultTimeout);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        Assert.Null(await harness.TextAsync(Uri));
    }
}
