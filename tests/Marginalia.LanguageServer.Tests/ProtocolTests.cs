using System.Text.Json;
using Marginalia.LanguageServer.Protocol;
using Range = Marginalia.LanguageServer.Protocol.Range;

namespace Marginalia.LanguageServer.Tests;

/// <summary>The records are written the way the specification writes them.</summary>
public class ProtocolTests
{
    private static string Json(object value) => JsonSerializer.Serialize(value, LspJson.Options);

    private static readonly Range FirstWord = new(new Position(0, 0), new Position(0, 4));

    [Fact]
    public void A_diagnostic_has_camel_case_names_numeric_severity_and_no_nulls()
    {
        var diagnostic = new Diagnostic(FirstWord, "More was not chancellor in 1516.", DiagnosticSeverity.Warning, "MRG001", "marginalia");

        Assert.Equal(
            """{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":4}},"message":"More was not chancellor in 1516.","severity":2,"code":"MRG001","source":"marginalia"}""",
            Json(diagnostic));
    }

    [Fact]
    public void A_command_names_its_identifier_command()
    {
        Assert.Equal("""{"title":"Open paper","command":"marginalia.openPaper"}""",
            Json(new Command("Open paper", "marginalia.openPaper")));
    }

    [Fact]
    public void Workspace_edit_keys_are_uris_untouched()
    {
        var edit = new WorkspaceEdit(new Dictionary<string, TextEdit[]> { ["file:///A.md"] = [new TextEdit(FirstWord, "Utopia")] });

        Assert.StartsWith("""{"changes":{"file:///A.md":[""", Json(edit));
    }

    [Fact]
    public void A_change_event_without_range_is_a_full_replacement()
    {
        var change = JsonSerializer.Deserialize<TextDocumentContentChangeEvent>("""{"text":"all"}""", LspJson.Options)!;

        Assert.Null(change.Range);
    }

    [Fact]
    public void Required_members_missing_from_input_are_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TextDocumentItem>("""{"uri":"file:///a.md"}""", LspJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<InitializeParams>("{}", LspJson.Options));
    }

    [Fact]
    public void Unknown_members_from_newer_clients_are_ignored()
    {
        var item = JsonSerializer.Deserialize<TextDocumentIdentifier>("""{"uri":"file:///a.md","future":1}""", LspJson.Options)!;

        Assert.Equal("file:///a.md", item.Uri);
    }
}
