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

    [Theory]
    [InlineData("")]
    [InlineData("serve")]
    public async Task Initialize_shutdown_exit_over_stdio_ends_with_code_0(string arguments)
    {
        using var process = Start(arguments);
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.CreateOptions() };
            using var client = new JsonRpc(new HeaderDelimitedMessageHandler(
                process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
            client.StartListening();

            var result = await client.InvokeWithParameterObjectAsync<InitializeResult>("initialize",
                new InitializeParams { ProcessId = Environment.ProcessId, Capabilities = new ClientCapabilities() })
                .WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal("marginalia", result.ServerInfo?.Name);
            await client.NotifyWithParameterObjectAsync("initialized", new { });
            await client.InvokeWithParameterObjectAsync<object?>("shutdown").WaitAsync(TimeSpan.FromSeconds(30));
            await client.NotifyAsync("exit");

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}; stderr: {await stderr}");
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
            var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.CreateOptions() };
            using var client = new JsonRpc(new HeaderDelimitedMessageHandler(
                process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
            var note = Path.Combine(Harness.Repository.ExampleNotes, "01-withdrawal-and-aftermath.md");
            var uri = DocumentUris.FromPath(note);
            var diagnostics = new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously);
            Action<PublishDiagnosticsParams> onDiagnostics = p =>
            {
                if (p.Uri == uri && p.Version == 1) diagnostics.TrySetResult(p);
            };
            client.AddLocalRpcMethod(onDiagnostics.Method, onDiagnostics.Target,
                new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
            client.StartListening();

            await client.InvokeWithParameterObjectAsync<InitializeResult>("initialize",
                new InitializeParams { ProcessId = Environment.ProcessId, Capabilities = new ClientCapabilities() })
                .WaitAsync(TimeSpan.FromSeconds(30));
            await client.NotifyWithParameterObjectAsync("initialized", new { });
            await client.NotifyWithParameterObjectAsync("textDocument/didOpen",
                new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, await File.ReadAllTextAsync(note))));

            var published = await diagnostics.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains(published.Diagnostics, d => d.Code == "MRG002" && d.Message.Contains("najibullah-resigns-1992", StringComparison.Ordinal));
            Assert.Contains(published.Diagnostics, d => d.Code == "MRG005");

            await client.InvokeWithParameterObjectAsync<object?>("shutdown").WaitAsync(TimeSpan.FromSeconds(30));
            await client.NotifyAsync("exit");
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}; stderr: {await stderr}");
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }
}
