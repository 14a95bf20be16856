namespace Marginalia.LanguageServer.Features.CodeLens;

/// <summary>
/// A paper's code lenses count the events the notes cite: once a note is saved, closed or changed on disk, and the
/// workspace has taken the change in, the client is asked to ask for them again (<c>workspace/codeLens/refresh</c>),
/// when it says it can.
/// </summary>
public sealed class CodeLensRefresher(WorkspaceSession session, LanguageClient client) : IWorkspaceListener
{
    public void DocumentSaved(DocumentRef document) => Refresh();
    public void DocumentClosed(DocumentRef document) => Refresh();
    public void WatchedFilesChanged(IReadOnlyList<WatchedFileChange> changes) => Refresh();

    private void Refresh()
    {
        if (!client.SupportsCodeLensRefresh) return;
        _ = Task.Run(async () =>
        {
            try
            {
                await session.AppliedAsync().ConfigureAwait(false);
                await client.RefreshCodeLensesAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                // The server is stopping.
            }
        });
    }
}
