using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

public class WorkspaceSymbolTests
{
    private static Task<WorkspaceSymbol[]> SearchAsync(LanguageServerHarness harness, string query) =>
        harness.RequestAsync<WorkspaceSymbol[]>("workspace/symbol", new WorkspaceSymbolParams(query));

    [Fact]
    public async Task An_event_by_date_located_at_its_passage_in_the_paper_file()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        var init = await harness.InitializeAsync(workspace.Root);
        Assert.True(init.Capabilities.WorkspaceSymbolProvider);

        var found = await SearchAsync(harness, "feb 1989");

        var withdrawal = Assert.Single(found, s => s.ContainerName!.StartsWith("soviet-withdrawal-1989", StringComparison.Ordinal));
        Assert.Equal(SymbolKind.Event, withdrawal.Kind);
        Assert.Equal(DocumentUris.FromPath(workspace.PaperPath), withdrawal.Location.Uri);
        var line = File.ReadAllLines(workspace.PaperPath)[withdrawal.Location.Range.Start.Line];
        Assert.Contains("withdrawal", line + File.ReadAllLines(workspace.PaperPath)[withdrawal.Location.Range.End.Line]);
    }

    [Fact]
    public async Task An_actor_by_alias_at_its_first_mention()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root);

        var qcg = Assert.Single(await SearchAsync(harness, "Quadrilateral Coordination"), s => s.Kind == SymbolKind.Class);

        Assert.StartsWith("qcg", qcg.ContainerName);
        var paper = File.ReadAllLines(workspace.PaperPath);
        var start = qcg.Location.Range.Start;
        Assert.Matches("^(Quadrilateral|QCG)", paper[start.Line][start.Character..]);
    }

    [Fact]
    public async Task An_empty_query_finds_everything_up_to_500()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync(workspace.Root);

        var all = await SearchAsync(harness, "");

        Assert.InRange(all.Length, 150, 500);
        Assert.Contains(all, s => s.Kind == SymbolKind.Event);
        Assert.Contains(all, s => s.Kind == SymbolKind.Class);
    }
}
