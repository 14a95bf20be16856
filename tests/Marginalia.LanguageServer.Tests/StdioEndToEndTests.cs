using System.Diagnostics;
using Marginalia.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Marginalia.LanguageServer.Tests;

/// <summary>The built executable, started as an editor starts it: <c>marginalia</c> with stdin/stdout as the channel.</summary>
public class StdioEndToEndTests
{
    private static Process Start(string arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "marginalia.dll");
        Assert.True(File.Exists(dll), $"The built server is missing at {dll}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)) start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }

    /// <summary>A client over the process's stdin/stdout, with the server's notifications routed to the given handlers.</summary>
    private static JsonRpc Connect(Process process, Action<PublishDiagnosticsParams>? onDiagnostics = null)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.CreateOptions() };
        var client = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
        if (onDiagnostics is not null)
            client.AddLocalRpcMethod(onDiagnostics.Method, onDiagnostics.Target,
                new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        client.StartListening();
        return client;
    }

    private static async Task<InitializeResult> InitializeAsync(JsonRpc client)
    {
        var result = await client.InvokeWithParameterObjectAsync<InitializeResult>("initialize",
            new InitializeParams { ProcessId = Environment.ProcessId, Capabilities = new ClientCapabilities() })
            .WaitAsync(TimeSpan.FromSeconds(30));
        await client.NotifyWithParameterObjectAsync("initialized", new { });
        return result;
    }

    /// <summary>shutdown, exit, and the exit code the process ends with.</summary>
    private static async Task AssertShutsDownWithCode0(JsonRpc client, Process process, Task<string> stderr)
    {
        await client.InvokeWithParameterObjectAsync<object?>("shutdown").WaitAsync(TimeSpan.FromSeconds(30));
        await client.NotifyAsync("exit");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}; stderr: {await stderr}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("serve")]
    public async Task Initialize_shutdown_exit_over_stdio_ends_with_code_0(string arguments)
    {
        using var process = Start(arguments);
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = Connect(process);
            var result = await InitializeAsync(client);
            Assert.Equal("marginalia", result.ServerInfo?.Name);
            await AssertShutsDownWithCode0(client, process, stderr);
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }

    [Fact]
    public async Task Opening_a_note_over_stdio_brings_its_diagnostics()
    {
        using var process = Start("");
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var note = Path.Combine(Harness.Repository.ExampleNotes, "01-withdrawal-and-aftermath.md");
            var uri = DocumentUris.FromPath(note);
            var diagnostics = new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var client = Connect(process, p =>
            {
                if (p.Uri == uri && p.Version == 1) diagnostics.TrySetResult(p);
            });
            await InitializeAsync(client);
            await client.NotifyWithParameterObjectAsync("textDocument/didOpen",
                new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, await File.ReadAllTextAsync(note))));

            var published = await diagnostics.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains(published.Diagnostics, d => d.Code == "MRG002" && d.Message.Contains("najibullah-resigns-1992", StringComparison.Ordinal));
            Assert.Contains(published.Diagnostics, d => d.Code == "MRG005");
            await AssertShutsDownWithCode0(client, process, stderr);
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }
}
