using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features;

/// <summary>Core's places and edits across files as protocol records, each file under the URI the client knows it by.</summary>
public static class WorkspacePlaces
{
    public static Location ToLocation(this FileRange place, WorkspaceSession session) =>
        new(session.UriOf(place.Path), place.Range.ToProtocol());

    /// <summary>A place as the request's snapshot names its file.</summary>
    public static Location ToLocation(this FileRange place, RequestDocument request) =>
        new(request.UriOf(place.Path), place.Range.ToProtocol());

    public static WorkspaceEdit ToWorkspaceEdit(this IEnumerable<FileEdit> edits, WorkspaceSession session) => edits.ToWorkspaceEdit(session.UriOf);

    /// <summary>Edits as the request's snapshot names their files.</summary>
    public static WorkspaceEdit ToWorkspaceEdit(this IEnumerable<FileEdit> edits, RequestDocument request) => edits.ToWorkspaceEdit(request.UriOf);

    private static WorkspaceEdit ToWorkspaceEdit(this IEnumerable<FileEdit> edits, Func<string, string> uriOf) =>
        new(edits.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(
            g => uriOf(g.Key),
            g => g.OrderBy(e => e.Range.Start).Select(e => new TextEdit(e.Range.ToProtocol(), e.NewText)).ToArray()));
}
