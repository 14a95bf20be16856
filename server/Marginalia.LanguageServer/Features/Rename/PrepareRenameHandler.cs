using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Rename;

/// <summary>
/// <c>textDocument/prepareRename</c>: only a cited event can be renamed. Anything else is null; an event
/// whose knowledge cannot be edited is refused with the reason, so the editor says why.
/// </summary>
public sealed class PrepareRenameHandler(WorkspaceSession session) : IRequestHandler<PrepareRenameParams, PrepareRenameResult?>
{
    public async Task<PrepareRenameResult?> Handle(PrepareRenameParams request, CancellationToken cancellationToken)
    {
        var index = await session.IndexAsync(cancellationToken).ConfigureAwait(false);
        var key = DocumentUris.ToKey(request.TextDocument.Uri);
        if (ReferenceFinder.IsPaperOrKnowledge(index, key) || index.Get(key) is not { } note
            || IdRenamer.Target(note, request.Position.ToSource()) is not var (cited, range))
            return null;
        if (IdRenamer.WhyNot(index.Library, cited) is { } reason) throw RequestFailed.Because(reason);
        return new PrepareRenameResult(range.ToProtocol(), cited.Id);
    }
}
