using System.Text.Json;
using Marginalia.LanguageServer.Features;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

public class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_incremental_sync_and_the_server()
    {
        await using var harness = new LanguageServerHarness();
        var result = await harness.InitializeAsync();

        Assert.Equal(new TextDocumentSyncOptions(true, TextDocumentSyncKind.Incremental, new SaveOptions(false)),
            result.Capabilities.TextDocumentSync);
        Assert.Equal("marginalia", result.ServerInfo?.Name);
    }

    [Fact]
    public async Task Capabilities_are_written_in_camel_case_without_nulls_and_only_for_registered_methods()
    {
        await using var harness = new LanguageServerHarness();
        var result = await harness.RequestAsync<JsonElement>("initialize",
            new InitializeParams { Capabilities = new ClientCapabilities() });
        var capabilities = result.GetProperty("capabilities");

        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.Equal("[\"[\",\"@\"]",
            capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").GetRawText());
        Assert.False(capabilities.TryGetProperty("executeCommandProvider", out _));
        foreach (var provider in new[] { "definitionProvider", "referencesProvider", "codeActionProvider", "inlayHintProvider", "codeLensProvider", "workspaceSymbolProvider", "renameProvider" })
            Assert.True(capabilities.TryGetProperty(provider, out _), provider);
    }

    [Fact]
    public async Task Initialized_reports_starting_and_registers_file_watchers()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();

        var status = await harness.Statuses.WaitForAsync();
        Assert.Equal(StatusState.Starting, status.State);
        var registration = Assert.Single((await harness.Registrations.WaitForAsync()).Registrations);
        Assert.Equal("workspace/didChangeWatchedFiles", registration.Method);
        var options = JsonSerializer.Deserialize<DidChangeWatchedFilesRegistrationOptions>(
            (JsonElement)registration.RegisterOptions!, LspJson.Options)!;
        Assert.Equal(["**/*.md", "**/*.txt", "**/*.knowledge.yaml", "**/.marginalia.yaml"],
            options.Watchers.Select(w => w.GlobPattern));
    }

    [Fact]
    public async Task No_watchers_are_registered_when_the_client_cannot_take_them()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(capabilities: new ClientCapabilities());
        await harness.Statuses.WaitForAsync();
        await harness.TextAsync("file:///any.md"); // a round trip: initialized has been handled

        Assert.Empty(harness.Registrations.All);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_0()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();

        Assert.Equal(0, await harness.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();

        Assert.Equal(1, await harness.ExitAsync());
    }

    [Fact]
    public async Task Exit_before_initialize_ends_with_code_1()
    {
        await using var harness = new LanguageServerHarness();

        Assert.Equal(1, await harness.ExitAsync());
    }

    [Fact]
    public async Task The_client_going_away_ends_the_server_with_code_1()
    {
        var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.DisposeAsync();

        Assert.Equal(1, await harness.Run);
    }

    [Fact]
    public async Task A_client_gone_before_start_up_ends_is_no_failure_and_leaves_no_request_waiting()
    {
        // The fuzzer found it: input that ends right after `initialized` stops the server while the papers load.
        var log = new StringWriter();
        using var server = new Server(Stream.Null, Stream.Null, log);
        server.Session.Stop();

        await server.Session.Initialized(new InitializeParams { Capabilities = new ClientCapabilities() });

        Assert.DoesNotContain("[Error]", log.ToString());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => server.Session.SnapshotAsync());
    }
}
