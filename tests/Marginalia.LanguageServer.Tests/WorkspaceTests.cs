using System.Text.Json;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

public class WorkspaceTests
{
    [Fact]
    public async Task Configuration_is_asked_of_the_client_by_section()
    {
        await using var harness = new LanguageServerHarness();
        harness.Settings["marginalia"] = new Dictionary<string, object> { ["severity"] = new Dictionary<string, string> { ["MRG001"] = "warning" } };
        await harness.InitializeAsync();

        var settings = await harness.Server.Client.GetConfigurationAsync(
            new ConfigurationParams([new ConfigurationItem(Section: "marginalia"), new ConfigurationItem(Section: "other")]));

        Assert.Equal("warning", settings[0].GetProperty("severity").GetProperty("MRG001").GetString());
        Assert.Equal(JsonValueKind.Null, settings[1].ValueKind);
    }

    [Fact]
    public async Task Configuration_is_null_when_the_client_cannot_answer()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(capabilities: new ClientCapabilities());

        var settings = await harness.Server.Client.GetConfigurationAsync(
            new ConfigurationParams([new ConfigurationItem(Section: "marginalia")]));

        Assert.Equal(JsonValueKind.Null, Assert.Single(settings).ValueKind);
    }

    [Fact]
    public async Task Configuration_changes_and_watched_files_reach_the_listeners()
    {
        var listener = new RecordingListener();
        await using var harness = new LanguageServerHarness(server => server.Listeners.Add(listener));
        await harness.InitializeAsync();

        await harness.NotifyAsync("workspace/didChangeConfiguration",
            new DidChangeConfigurationParams(JsonSerializer.SerializeToElement(new { marginalia = new { } })));
        await harness.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([
            new FileEvent("file:///papers/more.knowledge.yaml", FileChangeType.Changed),
            new FileEvent("file:///notes/old%20note.md", FileChangeType.Deleted),
        ]));

        await listener.Calls.WaitForAsync(call => call.StartsWith("files"));
        Assert.Contains("configuration {\"marginalia\":{}}", listener.Calls.All);
        Assert.Contains("files Changed /papers/more.knowledge.yaml, Deleted /notes/old note.md", listener.Calls.All);
    }

    [Fact]
    public async Task Server_pushes_diagnostics_logs_and_status_to_the_client()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        var client = harness.Server.Client;

        await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams("file:///notes/a.md", [
            new Diagnostic(new Protocol.Range(new Position(0, 0), new Position(0, 4)), "More was not chancellor in 1516.",
                DiagnosticSeverity.Warning, Code: "MRG001", Source: "marginalia"),
        ], Version: 1));
        await client.LogAsync(MessageType.Info, "indexed 1 paper");
        await client.SendStatusAsync(new MarginaliaStatus(StatusState.Ready, ["utopia"], 3));

        var published = await harness.WaitForDiagnosticsAsync("file:///notes/a.md");
        Assert.Equal("MRG001", Assert.Single(published.Diagnostics).Code);
        await harness.Logs.WaitForAsync(log => log.Message == "indexed 1 paper");
        var ready = await harness.Statuses.WaitForAsync(status => status.State == StatusState.Ready);
        Assert.Equal(["utopia"], ready.Papers);
        Assert.Equal(3, ready.Notes);
        Assert.Contains("indexed 1 paper", harness.Stderr.ToString());
    }
}
