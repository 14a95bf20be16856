using Marginalia.LanguageServer.Features;
using Marginalia.LanguageServer.Protocol;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests;

public class RequestDocumentTests
{
    [Fact]
    public async Task A_request_resolves_its_document_and_kind_once()
    {
        var root = Repository.NewWorkspace(("notes/a.md", "Left on 15 February 1990 [@soviet-withdrawal-1989].\n"));
        try
        {
            await using var harness = new LanguageServerHarness();
            await harness.InitializeAsync(root);
            // The index is ready once the papers are; a note on disk is in it once start-up has read it.
            await harness.WaitForDiagnosticsAsync(LanguageServerHarness.FileUri(Path.Combine(root, "notes/a.md")));
            async Task<RequestDocument> Resolve(string path) =>
                await RequestDocument.ResolveAsync(harness.Server.Session, new TextDocumentIdentifier(LanguageServerHarness.FileUri(Path.Combine(root, path))), CancellationToken.None);

            var note = await Resolve("notes/a.md");
            Assert.Equal(DocumentKind.Note, note.Kind);
            Assert.Contains(note.Note!.Findings, f => f.Code == "MRG002");
            Assert.Equal(DocumentKind.Paper, (await Resolve("seeds/000_bf09360ec50d0df5.txt")).Kind);
            Assert.Equal(DocumentKind.Knowledge, (await Resolve("seeds/000_bf09360ec50d0df5.knowledge.yaml")).Kind);
            var other = await Resolve("notes/nothing.md");
            Assert.Equal(DocumentKind.Other, other.Kind);
            Assert.Null(other.Note);
        }
        finally { Directory.Delete(root, recursive: true); }
    }
}
