using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Definition;

/// <summary><c>textDocument/definition</c>: from a cited event or actor, or an actor named in prose, to where the paper writes it.</summary>
public sealed class DefinitionHandler(WorkspaceSession session) : IRequestHandler<TextDocumentPositionParams, Location[]>
{
    public async Task<Location[]> Handle(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        var index = await session.IndexAsync(cancellationToken).ConfigureAwait(false);
        var key = DocumentUris.ToKey(request.TextDocument.Uri);
        if (ReferenceFinder.IsPaperOrKnowledge(index, key) || index.Get(key) is not { } note) return [];
        return [.. SourceLocator.Locate(note, request.Position.ToSource()).Select(place => place.ToLocation(session))];
    }
}
