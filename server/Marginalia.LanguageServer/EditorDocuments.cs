using Marginalia.Core.Workspace;

namespace Marginalia.LanguageServer;

/// <summary>The documents open in the editor as the newest snapshot has them (edits posted since may not be applied yet).</summary>
public sealed class EditorDocuments(WorkspaceSession session)
{
    public OpenDocument? Get(string key) => session.Current.OpenDocument(key);

    public IReadOnlyList<OpenDocument> All => [.. session.Current.OpenDocuments];
}
