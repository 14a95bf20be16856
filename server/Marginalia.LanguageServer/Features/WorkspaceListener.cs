using System.Collections.Immutable;
using System.Text.Json;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features;

/// <summary>A document the editor told us about: the URI as the client wrote it, and its store key.</summary>
public sealed record DocumentRef(string Uri, string Key);

public sealed record WatchedFileChange(string Uri, string Key, FileChangeType Type);

/// <summary>
/// What others hear from the sync and workspace handlers, after the change is handed to the workspace's writer
/// (<see cref="WorkspaceSession.Post"/>). Calls arrive in the order the client sent them; implementations should schedule work and return.
/// </summary>
public interface IWorkspaceListener
{
    void Initialized(InitializeParams client) { }
    void DocumentOpened(DocumentRef document) { }
    void DocumentChanged(DocumentRef document) { }
    void DocumentSaved(DocumentRef document) { }
    void DocumentClosed(DocumentRef document) { }
    void ConfigurationChanged(JsonElement? settings) { }
    void WatchedFilesChanged(IReadOnlyList<WatchedFileChange> changes) { }
}

/// <summary>Every registered listener, each call guarded so one failing listener can't stop the others.</summary>
public sealed class WorkspaceListeners(LanguageClient client) : IWorkspaceListener
{
    private ImmutableArray<IWorkspaceListener> _listeners = [];

    public void Add(IWorkspaceListener listener) => ImmutableInterlocked.Update(ref _listeners, all => all.Add(listener));

    public void Initialized(InitializeParams p) => Each(l => l.Initialized(p), "initialized", null);
    public void DocumentOpened(DocumentRef d) => Each(l => l.DocumentOpened(d), "open", d.Key);
    public void DocumentChanged(DocumentRef d) => Each(l => l.DocumentChanged(d), "change", d.Key);
    public void DocumentSaved(DocumentRef d) => Each(l => l.DocumentSaved(d), "save", d.Key);
    public void DocumentClosed(DocumentRef d) => Each(l => l.DocumentClosed(d), "close", d.Key);
    public void ConfigurationChanged(JsonElement? s) => Each(l => l.ConfigurationChanged(s), "configuration change", null);
    public void WatchedFilesChanged(IReadOnlyList<WatchedFileChange> c) =>
        Each(l => l.WatchedFilesChanged(c), "file change", string.Join(", ", c.Select(x => x.Key)));

    private void Each(Action<IWorkspaceListener> call, string what, string? path)
    {
        foreach (var listener in _listeners)
        {
            try { call(listener); }
            catch (Exception e) { client.LogFailure($"{listener.GetType().Name} on {what}", path, e); }
        }
    }
}
