using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;
using SymbolKind = Marginalia.LanguageServer.Protocol.SymbolKind;

namespace Marginalia.LanguageServer.Features.Symbols;

/// <summary><c>workspace/symbol</c>: events and actors by id, title, alias or date, located in their paper.</summary>
public sealed class WorkspaceSymbolHandler(WorkspaceSession session) : IRequestHandler<WorkspaceSymbolParams, WorkspaceSymbol[]>
{
    public async Task<WorkspaceSymbol[]> Handle(WorkspaceSymbolParams request, CancellationToken cancellationToken)
    {
        var snapshot = await session.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        return [.. SymbolSearch.Find(snapshot.Library!.Knowledge, request.Query, SymbolSearch.DefaultLimit, cancellationToken)
            .Select(m => new WorkspaceSymbol(m.Name,
                m.Kind == Core.Workspace.SymbolKind.Event ? SymbolKind.Event : SymbolKind.Class,
                new Location(DocumentUris.FromPath(m.PaperPath), m.Range.ToProtocol()),
                m.Detail))];
    }
}
