using System.Text.Json;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests.Commands;

public class CheckCommandTests
{
    private static Cli.Result CheckExamples(params string[] options) =>
        Cli.Run(["check", Repository.ExampleNotes, "--workspace", Repository.Root, .. options]);

    [Fact]
    public void Text_names_each_finding_by_file_line_and_column_and_ends_with_a_summary()
    {
        var result = CheckExamples();
        Assert.Equal(1, result.ExitCode); // the examples hold deliberate errors
        var lines = result.Output.TrimEnd().Split('\n');
        Assert.Contains(lines, l => l.EndsWith("01-withdrawal-and-aftermath.md:17:3: error MRG002: The paper dates 'najibullah-resigns-1992' to 16 April 1992 (000_bf09360ec50d0df5.txt, line 83); this note says 16 April 1993, one year later", StringComparison.Ordinal));
        foreach (var line in lines[..^1]) Assert.Matches(@"^\S+\.md:\d+:\d+: (error|warning|information|hint) MRG00\d: .+$", line);
        Assert.Matches(@"^4 notes checked: \d+ errors?, ", lines[^1]);
        foreach (var code in new[] { "MRG001", "MRG002", "MRG003", "MRG004", "MRG005", "MRG006", "MRG007", "MRG008" })
            Assert.Contains(lines, l => l.Contains($" {code}: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_carries_positions_severities_and_fixes()
    {
        var result = CheckExamples("--format", "json");
        var root = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(4, root.GetProperty("notes").GetInt32());
        var weekday = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "MRG005");
        Assert.Equal("warning", weekday.GetProperty("severity").GetString());
        Assert.Equal(8, weekday.GetProperty("line").GetInt32());
        var edit = weekday.GetProperty("fixes")[0].GetProperty("edits")[0];
        Assert.Equal("Wednesday", edit.GetProperty("newText").GetString());
    }

    [Fact]
    public void Sarif_has_the_structure_code_scanning_reads()
    {
        var result = CheckExamples("--format", "sarif");
        var log = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["MRG001", "MRG002", "MRG003", "MRG004", "MRG005", "MRG006", "MRG007", "MRG008", "MRG009"], rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var r in results)
        {
            Assert.Contains(r.GetProperty("ruleId").GetString(), rules);
            Assert.Equal(rules.IndexOf(r.GetProperty("ruleId").GetString()), r.GetProperty("ruleIndex").GetInt32());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith(".md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
        }
    }

    [Fact]
    public void Right_notes_pass_with_exit_code_0()
    {
        var root = Repository.NewWorkspace(("notes/right.md", "The last Soviet troops left on 15 February 1989 [@soviet-withdrawal-1989].\n"));
        try
        {
            var result = Cli.Run("check", Path.Combine(root, "notes"), "--workspace", root);
            Assert.Equal(0, result.ExitCode);
            Assert.EndsWith("1 note checked: no findings", result.Output.TrimEnd());
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void Bad_files_are_named_the_others_are_still_checked_and_the_exit_code_is_2()
    {
        var root = Repository.NewWorkspace(
            ("notes/good.md", "Left on 15 February 1990 [@soviet-withdrawal-1989].\n"),
            ("notes/skipped/node_modules/dep.md", "[@nothing-here]\n"));
        try
        {
            File.WriteAllBytes(Path.Combine(root, "notes", "binary.md"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
            File.WriteAllBytes(Path.Combine(root, "notes", "latin1.md"), [0x4B, 0x61, 0x62, 0x75, 0x6C, 0x0A, 0xE9]);
            using (var huge = File.Create(Path.Combine(root, "notes", "huge.md"))) huge.SetLength(50L * 1024 * 1024);
            var result = Cli.Run("check", Path.Combine(root, "notes"), Path.Combine(root, "nowhere"), "--workspace", root);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("binary.md:1: error: looks like a binary file", result.Error);
            Assert.Contains("latin1.md:2: error: is not valid UTF-8", result.Error);
            Assert.Contains("huge.md: error: file is 50 MB; the limit is 8 MB", result.Error);
            Assert.Contains("nowhere: error: no such file or folder", result.Error);
            Assert.Contains("good.md:1:9: error MRG002:", result.Output);
            Assert.DoesNotContain("nothing-here", result.Output);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void An_empty_folder_says_so()
    {
        var root = Repository.NewWorkspace();
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "empty"));
            var result = Cli.Run("check", Path.Combine(root, "empty"), "--workspace", root);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("no notes found", result.Error);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void Without_papers_in_the_workspace_the_shipped_paper_is_used()
    {
        var root = Repository.NewScratchFolder();
        try
        {
            File.WriteAllText(Path.Combine(root, "note.md"), "Left on 15 February 1990 [@soviet-withdrawal-1989].\n");
            var result = Cli.Run("check", Path.Combine(root, "note.md"), "--workspace", root);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("MRG002", result.Output);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void Severity_from_the_workspace_file_changes_the_report_and_the_exit_code()
    {
        var root = Repository.NewWorkspace(
            (".marginalia.yaml", "severity:\n  MRG002: warning\n"),
            ("note.md", "Left on 15 February 1990 [@soviet-withdrawal-1989].\n"));
        try
        {
            var result = Cli.Run("check", Path.Combine(root, "note.md"), "--workspace", root);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("warning MRG002", result.Output);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void A_broken_settings_file_is_named_with_its_line_and_nothing_is_checked()
    {
        var root = Repository.NewWorkspace((".marginalia.yaml", "severity:\n  MRG002: loud\n"), ("note.md", "Text.\n"));
        try
        {
            var result = Cli.Run("check", Path.Combine(root, "note.md"), "--workspace", root);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(".marginalia.yaml:2: error: severity of MRG002 must be off, hint, information, warning or error", result.Error);
            Assert.Equal("", result.Output);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void A_usage_error_exits_with_2()
    {
        var result = Cli.Run("check", "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Error);
    }
}
