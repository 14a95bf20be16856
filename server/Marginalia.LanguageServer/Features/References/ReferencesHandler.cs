using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.References;

/// <summary>
/// <c>textDocument/references</c>: in a note, every note citing the event under the cursor (and its passage);
/// in a paper, every note citing the events whose passage holds the cursor.
/// </summary>
public sealed class ReferencesHandler(WorkspaceSession session) : IRequestHandler<ReferenceParams, Location[]>
{
    public async Task<Location[]> Handle(ReferenceParams request, CancellationToken cancellationToken)
    {
        var document = await RequestDocument.ResolveAsync(session, request.TextDocument, cancellationToken).ConfigureAwait(false);
        var found = ReferenceFinder.Find(document.Index, document.Key, request.Position.ToSource(),
            request.Context?.IncludeDeclaration ?? false, cancellationToken);
        return [.. found.Select(place => place.ToLocation(document))];
    }
}
