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
        var document = await RequestDocument.ResolveAsync(session, request.TextDocument, cancellationToken).ConfigureAwait(false);
        if (document.Note is not { } note || IdRenamer.Target(note, request.Position.ToSource()) is not var (cited, range))
            return null;
        if (IdRenamer.WhyNot(document.Index.Library, cited) is { } reason) throw RequestFailed.Because(reason);
        return new PrepareRenameResult(range.ToProtocol(), cited.Id);
    }
}
