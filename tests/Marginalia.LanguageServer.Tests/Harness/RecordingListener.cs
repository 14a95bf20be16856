using System.Text.Json;
using Marginalia.LanguageServer.Features;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

/// <summary>Writes down what the server tells analysis, one line per call.</summary>
public sealed class RecordingListener : IWorkspaceListener
{
    public Notifications<string> Calls { get; } = new();

    public void Initialized(InitializeParams client) => Calls.Add("initialized");
    public void DocumentOpened(DocumentRef document) => Calls.Add($"opened {document.Key}");
    public void DocumentChanged(DocumentRef document) => Calls.Add($"changed {document.Key}");
    public void DocumentSaved(DocumentRef document) => Calls.Add($"saved {document.Key}");
    public void DocumentClosed(DocumentRef document) => Calls.Add($"closed {document.Key}");
    public void ConfigurationChanged(JsonElement? settings) => Calls.Add($"configuration {settings?.GetRawText()}");
    public void WatchedFilesChanged(IReadOnlyList<WatchedFileChange> changes) =>
        Calls.Add($"files {string.Join(", ", changes.Select(c => $"{c.Type} {c.Key}"))}");
}
