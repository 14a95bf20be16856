using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using CsCheck;
using Xunit.Abstractions;
using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Commands;
using Marginalia.LanguageServer.Features.Diagnostics;
using Marginalia.LanguageServer.Protocol;
using Marginalia.LanguageServer.Tests.Commands;
using Marginalia.LanguageServer.Tests.Harness;
using Range = Marginalia.LanguageServer.Protocol.Range;

namespace Marginalia.LanguageServer.Tests;

/// <summary>
/// Random sequences of incremental edits — characters, dates, <c>[@</c>, <c>[[</c>, <c>@</c>, front-matter fences,
/// CRLF, CR and LF, surrogate pairs split at edit boundaries — sent as an editor sends them. After each sequence the
/// server's text equals the client's, and the findings published for the final version equal what <c>check</c>
/// finds in that text: same codes, ranges, severities and messages.
/// </summary>
public class EditSequenceProperties(ITestOutputHelper output)
{
    /// <summary>How many sequences a test run tries; a long run sets MARGINALIA_EDIT_SEQUENCES.</summary>
    private static readonly int Sequences = int.TryParse(Environment.GetEnvironmentVariable("MARGINALIA_EDIT_SEQUENCES"), out var n) ? n : 300;

    private static readonly string[] Starts =
    [
        "",
        "Left on 15 February 1990 [@soviet-withdrawal-1989].\n",
        "---\npaper: 000_bf09360ec50d0df5.txt\n---\n# Notes\r\n\r\nThe withdrawal ended on 15 February 1989 [[soviet-withdrawal-1989]].\r\n",
        "On Monday, 15 February 1989 the last troops left.\rPutin came to power in 2000.\r",
        "- [@moscow-format-talks-2018] came before [@moscow-format-first-meeting-2017].\n- 😀 in 1992 @najibullah-resigns-1992\n",
    ];

    private static readonly string[] Inserts =
    [
        "a", "e", " ", ".", "1", "9", "\n", "\r\n", "\r", "😀", "𝔸", "[@", "[[", "@", "]]", "]", "---\n", "---",
        "15 February 1989", "16 April 1993", "31 September 2019", "Monday, ", "1990", "soviet-withdrawal-1989",
        "najibullah-resigns-1992", "moscow-format-talks-2018", "three weeks after ", "President Putin ", "c. 1993", "|",
    ];

    /// <summary>One edit: where (a fraction of the text), how much to delete, what to insert.</summary>
    private readonly record struct Edit(int At, int Delete, int Insert);

    private static readonly Gen<(int Start, Edit[] Edits)> Sequence =
        Gen.Select(Gen.Int[0, Starts.Length - 1],
            Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 12], Gen.Int[0, Inserts.Length - 1], (at, delete, insert) => new Edit(at, delete, insert)).Array[1, 30]);

    [Fact]
    public async Task Random_edit_sequences_keep_the_text_and_the_findings_of_check()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready);
        var checker = new NoteChecker(PaperLibrary.Shipped(), WorkspaceSettings.Default);
        var finals = new ConcurrentDictionary<int, (string Text, Diagnostic[] Published)>();
        var next = 0;
        var edits = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Sequence.SampleAsync(async sequence =>
        {
            var id = Interlocked.Increment(ref next);
            var uri = $"untitled:sequence-{id}";
            var text = Starts[sequence.Start];
            await harness.OpenAsync(uri, text);
            var version = 1;
            Interlocked.Add(ref edits, sequence.Edits.Length);
            foreach (var edit in sequence.Edits)
            {
                var start = Snap(text, edit.At % (text.Length + 1));
                var end = Snap(text, Math.Min(text.Length, start + edit.Delete));
                var range = new Range(PositionOf(text, start), PositionOf(text, end));
                text = string.Concat(text.AsSpan(0, start), Inserts[edit.Insert], text.AsSpan(end));
                await harness.ChangeAsync(uri, ++version, new TextDocumentContentChangeEvent(Inserts[edit.Insert], range));
            }

            var published = await harness.WaitForDiagnosticsAsync(uri, d => d.Version == version, TimeSpan.FromSeconds(30));
            Assert.Equal(text, harness.Server.Documents.Get(uri)!.Text.Text);
            var expected = checker.Check(uri, text).Findings.Select(DiagnosticMapper.ToDiagnostic).ToArray();
            Assert.Equal(Describe(expected), Describe(published.Diagnostics));
            finals[id] = (text, published.Diagnostics);
            await harness.CloseAsync(uri);
        }, iter: Sequences, threads: 4, print: s => $"start {s.Start}: {string.Join(", ", s.Edits.Select(e => $"({e.At}, -{e.Delete}, +{JsonSerializer.Serialize(Inserts[e.Insert])})"))}");

        output.WriteLine($"{finals.Count} sequences, {edits} edits in {clock.Elapsed.TotalSeconds:0} s");

        // The same texts saved as files: `check --format json` finds what the server published.
        var folder = Repository.NewScratchFolder();
        try
        {
            foreach (var (id, (text, _)) in finals) File.WriteAllBytes(Path.Combine(folder, $"sequence-{id}.md"), Encoding.UTF8.GetBytes(text)); // lone surrogates saved as U+FFFD, as an editor saves them
            var result = Cli.Run("check", folder, "--workspace", folder, "--format", "json");
            var byFile = JsonDocument.Parse(result.Output).RootElement.GetProperty("findings").EnumerateArray()
                .GroupBy(f => Path.GetFileNameWithoutExtension(f.GetProperty("path").GetString()!))
                .ToDictionary(g => g.Key, g => g.Select(f =>
                    $"{f.GetProperty("code").GetString()} {f.GetProperty("line").GetInt32() - 1}:{f.GetProperty("column").GetInt32() - 1}-{f.GetProperty("endLine").GetInt32() - 1}:{f.GetProperty("endColumn").GetInt32() - 1} {f.GetProperty("severity").GetString()} {f.GetProperty("message").GetString()}").ToList());
            foreach (var (id, (_, published)) in finals)
            {
                var expected = byFile.GetValueOrDefault($"sequence-{id}") ?? [];
                var actual = published.Select(d => $"{d.Code} {d.Range.Start.Line}:{d.Range.Start.Character}-{d.Range.End.Line}:{d.Range.End.Character} {CheckReport.Name(SeverityOf(d))} {d.Message}").ToList();
                Assert.Equal(expected, actual);
            }
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    private static Core.Checks.Severity SeverityOf(Diagnostic d) => d.Severity switch
    {
        DiagnosticSeverity.Error => Core.Checks.Severity.Error,
        DiagnosticSeverity.Warning => Core.Checks.Severity.Warning,
        DiagnosticSeverity.Information => Core.Checks.Severity.Information,
        _ => Core.Checks.Severity.Hint,
    };

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Code} {d.Range.Start.Line}:{d.Range.Start.Character}-{d.Range.End.Line}:{d.Range.End.Character} {d.Severity} {AsSent(d.Message)}"));

    /// <summary>A string as JSON carries it: a lone surrogate (half a pair, quoted in a message) becomes U+FFFD.</summary>
    private static string AsSent(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>An offset moved off the middle of a CRLF, where no LSP position points.</summary>
    private static int Snap(string text, int offset) =>
        offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n' ? offset - 1 : offset;

    /// <summary>The LSP position of an offset: lines end at CRLF, CR or LF; characters are UTF-16 units.</summary>
    private static Position PositionOf(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                line++;
                lineStart = i + 1;
            }
            else if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }
}
