using Marginalia.LanguageServer.Protocol;
using FileSystemWatcher = Marginalia.LanguageServer.Protocol.FileSystemWatcher;

namespace Marginalia.LanguageServer.Features.Lifecycle;

/// <summary>Tells analysis to start, announces "starting", and asks the client to watch the files Marginalia reads.</summary>
public sealed class InitializedHandler(LanguageClient client, WorkspaceSession session, IWorkspaceListener listener)
    : INotificationHandler<NoParams>
{
    public static readonly string[] WatchedGlobs = ["**/*.md", "**/*.txt", "**/*.knowledge.yaml", "**/.marginalia.yaml"];

    public async Task Handle(NoParams notification, CancellationToken cancellationToken)
    {
        _ = session.Initialized(client.Initialization!); // runs on; its failures are logged and reported in the status
        listener.Initialized(client.Initialization!);
        await client.SendStatusAsync(new MarginaliaStatus(StatusState.Starting, [], 0));
        if (client.SupportsWatchedFilesRegistration)
        {
            var watchers = WatchedGlobs.Select(glob => new FileSystemWatcher(glob)).ToArray();
            await client.RegisterCapabilityAsync(new RegistrationParams([
                new Registration("marginalia-watched-files", "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(watchers)),
            ]), cancellationToken);
        }
    }
}
