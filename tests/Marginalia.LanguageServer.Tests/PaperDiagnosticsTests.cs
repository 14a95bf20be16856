using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

/// <summary>The paper open in the editor: the statements its own dates contradict, as information with the other passage.</summary>
public class PaperDiagnosticsTests
{
    [Fact]
    public async Task Opening_the_paper_publishes_its_contradictions_with_the_passage_that_denies_each()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = await OpenPaperAsync(harness, workspace, version: 3);

        var published = await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length > 0);

        Assert.Equal(3, published.Version);
        Assert.Equal(
            [
                "432:35-432:47 Information MRG009 marginalia: The paper's own dates deny “in 18 months”: from September 2018 to 'us-taliban-agreement-2020' (29 February 2020) is 17 months, not 18 (000_bf09360ec50d0df5.txt, line 429)"
                    + $"\n  {uri} 428:0-430:72 the paper dates 'us-taliban-agreement-2020' here",
                "464:4-464:25 Information MRG009 marginalia: The paper speaks of “Moscow Format of 2018”, but it dates 'moscow-format-introduced-2017' (Russia introduces the Moscow Format) to 2017 (000_bf09360ec50d0df5.txt, line 321)"
                    + $"\n  {uri} 320:0-322:21 the paper dates 'moscow-format-introduced-2017' here",
            ],
            published.Diagnostics.Select(d => $"{Show(d.Range)} {d.Severity} {d.Code} {d.Source}: {d.Message}"
                + string.Concat(d.RelatedInformation!.Select(r => $"\n  {r.Location.Uri} {Show(r.Location.Range)} {r.Message}"))));
    }

    [Fact]
    public async Task Their_severity_is_the_settings_MRG009_and_off_clears_them()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = await OpenPaperAsync(harness, workspace);
        await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 2);

        await SetSeverityAsync(harness, "warning");
        var warned = await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 2 && d.Diagnostics.All(x => x.Severity == DiagnosticSeverity.Warning), TimeSpan.FromSeconds(30));
        Assert.Equal(["MRG009", "MRG009"], warned.Diagnostics.Select(d => d.Code));

        await SetSeverityAsync(harness, "off");
        await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 0, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Closing_the_paper_clears_them()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = await OpenPaperAsync(harness, workspace);
        await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 2);

        await harness.CloseAsync(uri);

        await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 0);
    }

    [Fact]
    public async Task A_knowledge_file_changed_on_disk_audits_the_open_paper_again()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = await OpenPaperAsync(harness, workspace);
        await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 2);

        // Without the event that introduces the Moscow Format in 2017, "the Moscow Format of 2018" contradicts nothing.
        var knowledge = File.ReadAllText(workspace.KnowledgePath);
        var start = knowledge.IndexOf("  - id: moscow-format-introduced-2017", StringComparison.Ordinal);
        var end = knowledge.IndexOf("  - id: ", start + 1, StringComparison.Ordinal);
        File.WriteAllText(workspace.KnowledgePath, knowledge.Remove(start, end - start));
        await harness.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([
            new FileEvent(DocumentUris.FromPath(workspace.KnowledgePath), FileChangeType.Changed),
        ]));

        var published = await harness.WaitForDiagnosticsAsync(uri, d => d.Diagnostics.Length == 1);
        Assert.Equal(("MRG009", "The paper's own dates deny “in 18 months”: from September 2018 to 'us-taliban-agreement-2020' (29 February 2020) is 17 months, not 18 (000_bf09360ec50d0df5.txt, line 429)"),
            (published.Diagnostics[0].Code, published.Diagnostics[0].Message));
    }

    [Fact]
    public async Task A_text_file_that_is_no_paper_is_not_checked_as_a_note()
    {
        // An editor that sends the papers (VS Code sends plain text for them) sends every other text file too.
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        const string text = "Najibullah resigned on 16 April 1993 [@najibullah-resigns-1992], see [@no-such-event].\n";
        var plain = DocumentUris.FromPath(Path.Combine(workspace.Root, "notes", "todo.txt"));
        var note = DocumentUris.FromPath(Path.Combine(workspace.Root, "notes", "todo.md"));
        await harness.OpenAsync(plain, text, languageId: "plaintext");
        await harness.OpenAsync(note, text, languageId: "markdown");

        var published = await harness.WaitForDiagnosticsAsync(note, d => d.Diagnostics.Length > 0);
        Assert.Equal(["MRG002", "MRG001"], published.Diagnostics.Select(d => d.Code));
        var hover = await harness.RequestAsync<Hover?>("textDocument/hover",
            new TextDocumentPositionParams(new TextDocumentIdentifier(plain), ExampleWorkspace.PositionOf(text, "16 April", 2)));
        Assert.Null(hover);
        Assert.DoesNotContain(harness.Diagnostics.All, d => d.Uri == plain && d.Diagnostics.Length > 0);
    }

    private static string Show(Protocol.Range r) => $"{r.Start.Line}:{r.Start.Character}-{r.End.Line}:{r.End.Character}";

    /// <summary>Opens the example workspace's paper as VS Code sends it (plain text); its URI.</summary>
    private static async Task<string> OpenPaperAsync(LanguageServerHarness harness, ExampleWorkspace workspace, int version = 1)
    {
        var uri = DocumentUris.FromPath(workspace.PaperPath);
        await harness.OpenAsync(uri, File.ReadAllText(workspace.PaperPath), version, languageId: "plaintext");
        return uri;
    }

    /// <summary>Sets MRG009's severity in the editor's settings and tells the server.</summary>
    private static async Task SetSeverityAsync(LanguageServerHarness harness, string severity)
    {
        harness.Settings["marginalia"] = new Dictionary<string, object> { ["severity"] = new Dictionary<string, string> { ["MRG009"] = severity } };
        await harness.NotifyAsync("workspace/didChangeConfiguration", new DidChangeConfigurationParams());
    }
}
