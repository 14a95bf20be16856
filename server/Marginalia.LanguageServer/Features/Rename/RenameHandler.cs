using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Rename;

/// <summary>
/// <c>textDocument/rename</c>: a cited event's id, in every note and in its knowledge file, as one edit.
/// A new name that is not kebab-case or already used, or knowledge that cannot be edited, is refused with the reason.
/// </summary>
public sealed class RenameHandler(WorkspaceSession session) : IRequestHandler<RenameParams, WorkspaceEdit?>
{
    public async Task<WorkspaceEdit?> Handle(RenameParams request, CancellationToken cancellationToken)
    {
        var document = await RequestDocument.ResolveAsync(session, request.TextDocument, cancellationToken).ConfigureAwait(false);
        var position = request.Position.ToSource();
        if (document.Note is not { } note || IdRenamer.Target(note, position) is null)
            return null;
        // The knowledge file as the editor has it, if open: the edit must fit the text it is applied to.
        var plan = IdRenamer.Plan(document.Index, document.Key, position, request.NewName, document.TextOf, cancellationToken);
        if (plan.Refusal is { } reason) throw RequestFailed.Because(reason);
        return plan.Edits.ToWorkspaceEdit(document);
    }
}
