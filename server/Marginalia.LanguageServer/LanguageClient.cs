using System.Text.Json;
using Marginalia.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Marginalia.LanguageServer;

/// <summary>
/// What the server says to the editor: diagnostics, log lines, status, and the requests it makes of the client.
/// Notifications never throw: a client that has gone away only costs a line on stderr.
/// </summary>
public sealed class LanguageClient(JsonRpc rpc, TextWriter stderr)
{
    /// <summary>How long the client has to answer <c>workspace/configuration</c> before its settings are done without.</summary>
    public static TimeSpan ConfigurationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>What the client said about itself in <c>initialize</c>; null before.</summary>
    public InitializeParams? Initialization { get; internal set; }

    public bool SupportsConfiguration => Initialization?.Capabilities.Workspace?.Configuration == true;

    public bool SupportsCodeLensRefresh => Initialization?.Capabilities.Workspace?.CodeLens?.RefreshSupport == true;

    public bool SupportsWatchedFilesRegistration =>
        Initialization?.Capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;

    /// <summary>Whether the client reads <c>itemDefaults.{property}</c> of a completion list (LSP 3.17).</summary>
    public bool SupportsCompletionItemDefault(string property) =>
        Initialization?.Capabilities.TextDocument is { ValueKind: JsonValueKind.Object } textDocument
        && textDocument.TryGetProperty("completion", out var completion) && completion.ValueKind == JsonValueKind.Object
        && completion.TryGetProperty("completionList", out var list) && list.ValueKind == JsonValueKind.Object
        && list.TryGetProperty("itemDefaults", out var defaults) && defaults.ValueKind == JsonValueKind.Array
        && defaults.EnumerateArray().Any(d => d.ValueKind == JsonValueKind.String && d.GetString() == property);

    public Task PublishDiagnosticsAsync(PublishDiagnosticsParams diagnostics) =>
        NotifyAsync("textDocument/publishDiagnostics", diagnostics);

    public Task SendStatusAsync(MarginaliaStatus status) => NotifyAsync("marginalia/status", status);

    public Task ShowMessageAsync(MessageType type, string message) =>
        NotifyAsync("window/showMessage", new ShowMessageParams(type, message));

    /// <summary>Writes to stderr and the client's output panel.</summary>
    public Task LogAsync(MessageType type, string message)
    {
        WriteStderr($"[{type}] {message}");
        return NotifyAsync("window/logMessage", new LogMessageParams(type, message));
    }

    /// <summary>Logs a caught exception: the whole exception to stderr, its message to the client.</summary>
    public void LogFailure(string what, string? path, Exception exception)
    {
        var where = path is null ? "" : $" for {path}";
        WriteStderr($"[Error] {what} failed{where}: {exception}");
        _ = NotifyAsync("window/logMessage",
            new LogMessageParams(MessageType.Error, $"{what} failed{where}: {exception.GetType().Name}: {exception.Message}"));
    }

    /// <summary>
    /// <c>workspace/configuration</c>: one settings value per item, in order. A JSON null per item when the
    /// client can't answer (no capability, or the request failed).
    /// </summary>
    public async Task<JsonElement[]> GetConfigurationAsync(ConfigurationParams request, CancellationToken cancellationToken = default)
    {
        if (SupportsConfiguration)
        {
            // A client that advertises the capability but never answers must not hold every request up.
            // StreamJsonRpc completes a cancelled request only when the other side answers, so the wait itself is bounded.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            try
            {
                var settings = await rpc.InvokeWithParameterObjectAsync<JsonElement[]?>(
                    "workspace/configuration", request, timeout.Token).WaitAsync(ConfigurationTimeout, cancellationToken);
                if (settings is not null && settings.Length == request.Items.Length) return settings;
            }
            catch (TimeoutException)
            {
                await timeout.CancelAsync(); // $/cancelRequest, for a client that is only slow
                WriteStderr($"[Warning] workspace/configuration: no answer within {ConfigurationTimeout.TotalSeconds:0.#} s; using the workspace's settings");
                _ = NotifyAsync("window/logMessage", new LogMessageParams(MessageType.Warning,
                    $"The editor did not answer workspace/configuration within {ConfigurationTimeout.TotalSeconds:0.#} s: its Marginalia settings are not applied."));
            }
            catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
            {
                LogFailure("workspace/configuration", null, e);
            }
        }
        var nothing = JsonDocument.Parse("null").RootElement;
        return [.. request.Items.Select(_ => nothing)];
    }

    /// <summary><c>workspace/codeLens/refresh</c>: the client asks again for the code lenses of the editors it shows.</summary>
    public async Task RefreshCodeLensesAsync()
    {
        try
        {
            await rpc.InvokeAsync("workspace/codeLens/refresh");
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            LogFailure("workspace/codeLens/refresh", null, e);
        }
    }

    /// <summary><c>client/registerCapability</c>; false when the client refused or is gone.</summary>
    public async Task<bool> RegisterCapabilityAsync(RegistrationParams registrations, CancellationToken cancellationToken = default)
    {
        try
        {
            await rpc.InvokeWithParameterObjectAsync("client/registerCapability", registrations, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            LogFailure("client/registerCapability", null, e);
            return false;
        }
    }

    private async Task NotifyAsync(string method, object notification)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync(method, notification);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException)
        {
            WriteStderr($"[Warning] could not send {method}: {e.Message}");
        }
    }

    private void WriteStderr(string line)
    {
        lock (stderr) stderr.WriteLine(line);
    }
}
