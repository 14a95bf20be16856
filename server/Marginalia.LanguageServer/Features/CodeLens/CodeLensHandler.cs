using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.CodeLens;

/// <summary>
/// <c>textDocument/codeLens</c>: on a paper, at each section heading, how many of the section's events the notes cite
/// ("7 of 19 events cited in your notes"). A label, not a button: the command is empty.
/// </summary>
public sealed class CodeLensHandler(WorkspaceSession session) : IRequestHandler<CodeLensParams, Protocol.CodeLens[]>
{
    public async Task<Protocol.CodeLens[]> Handle(CodeLensParams request, CancellationToken cancellationToken)
    {
        var document = await RequestDocument.ResolveAsync(session, request.TextDocument, cancellationToken).ConfigureAwait(false);
        if (document.Kind != DocumentKind.Paper || document.Index.PaperAt(document.Key) is not { } paper) return [];
        var coverage = Coverage.Of(paper, document.Index.CitedIds());
        return [.. coverage.Sections.Where(s => s.Heading is not null)
            .Select(s => new Protocol.CodeLens(s.Heading!.Passage.Range.ToProtocol(), new Command(s.Summary, ""))) ];
    }
}
