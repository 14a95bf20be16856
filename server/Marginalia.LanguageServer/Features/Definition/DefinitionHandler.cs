using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Definition;

/// <summary><c>textDocument/definition</c>: from a cited event or actor, or an actor named in prose, to where the paper writes it.</summary>
public sealed class DefinitionHandler(WorkspaceSession session) : IRequestHandler<TextDocumentPositionParams, Location[]>
{
    public async Task<Location[]> Handle(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        var document = await RequestDocument.ResolveAsync(session, request.TextDocument, cancellationToken).ConfigureAwait(false);
        if (document.Note is not { } note) return [];
        return [.. SourceLocator.Locate(note, request.Position.ToSource()).Select(place => place.ToLocation(document))];
    }
}
