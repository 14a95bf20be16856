using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Diagnostics;

/// <summary>The result of <c>marginalia/checkWorkspace</c>: how many notes were checked and how many findings were published.</summary>
public sealed record CheckWorkspaceResult(int Notes, int Findings);

/// <summary><c>marginalia/checkWorkspace</c>: publishes the findings of every note, for the Problems panel.</summary>
public sealed class CheckWorkspaceHandler(WorkspaceSession session) : IRequestHandler<NoParams, CheckWorkspaceResult>
{
    public async Task<CheckWorkspaceResult> Handle(NoParams request, CancellationToken cancellationToken)
    {
        var (notes, findings) = await session.CheckWorkspaceAsync(cancellationToken);
        return new CheckWorkspaceResult(notes, findings);
    }
}
