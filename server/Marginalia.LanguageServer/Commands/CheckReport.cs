using System.Text.Json;
using Humanizer;
using Marginalia.Core.Checks;

namespace Marginalia.LanguageServer.Commands;

/// <summary>The printers of <c>check</c>: text for people, JSON for scripts, SARIF 2.1.0 for code scanning.</summary>
internal static class CheckReport
{
    public sealed record NoteResult(string Path, IReadOnlyList<Finding> Findings);

    public static void WriteText(TextWriter output, IReadOnlyList<NoteResult> results)
    {
        foreach (var note in results)
        {
            foreach (var f in note.Findings)
                output.WriteLine($"{CommonOptions.Printable(note.Path)}:{f.Range.Start.DisplayLine}:{f.Range.Start.DisplayColumn}: {Name(f.Severity)} {f.Code}: {f.Message}");
        }
        output.WriteLine(Summary(results));
    }

    public static string Summary(IReadOnlyList<NoteResult> results)
    {
        var all = results.SelectMany(r => r.Findings).ToList();
        if (all.Count == 0) return $"{Count(results.Count, "note")} checked: no findings";
        var counts = all.GroupBy(f => f.Severity).OrderByDescending(g => g.Key).Select(g => Count(g.Count(), Name(g.Key)));
        return $"{Count(results.Count, "note")} checked: {string.Join(", ", counts)}";
    }

    public sealed record FixJson(string Title, bool Preferred, IReadOnlyList<EditJson> Edits);
    public sealed record EditJson(int StartLine, int StartColumn, int EndLine, int EndColumn, string NewText);
    public sealed record FindingJson(string Path, int Line, int Column, int EndLine, int EndColumn, string Severity, string Code, string Message, IReadOnlyList<FixJson> Fixes);

    public static void WriteJson(TextWriter output, IReadOnlyList<NoteResult> results)
    {
        var findings = results.SelectMany(r => r.Findings.Select(f => new FindingJson(r.Path,
            f.Range.Start.DisplayLine, f.Range.Start.DisplayColumn, f.Range.End.DisplayLine, f.Range.End.DisplayColumn,
            Name(f.Severity), f.Code, f.Message,
            f.Fixes.Select(x => new FixJson(x.Title, x.IsPreferred, x.Edits.Select(e => new EditJson(e.Range.Start.DisplayLine, e.Range.Start.DisplayColumn, e.Range.End.DisplayLine, e.Range.End.DisplayColumn, e.NewText)).ToList())).ToList())));
        output.WriteLine(JsonSerializer.Serialize(new { notes = results.Count, findings }, CommonOptions.Json));
    }

    public static void WriteSarif(TextWriter output, IReadOnlyList<NoteResult> results)
    {
        var rules = NoteChecks.Catalog.Select(c => new
        {
            id = c.Code,
            name = c.Name,
            shortDescription = new { text = c.Title },
            defaultConfiguration = new { level = Level(c.DefaultSeverity) },
            helpUri = $"https://github.com/marginalia/marginalia#{c.Code.ToLowerInvariant()}",
            // SARIF's levels fold information and hint into "note"; the catalog keeps the default exactly.
            properties = new { defaultSeverity = Name(c.DefaultSeverity) },
        }).ToList();
        var sarifResults = results.SelectMany(r => r.Findings.Select(f => new
        {
            ruleId = f.Code,
            ruleIndex = rules.FindIndex(x => x.id == f.Code),
            level = Level(f.Severity),
            message = new { text = f.Message },
            locations = new[]
            {
                new
                {
                    physicalLocation = new
                    {
                        artifactLocation = ArtifactLocation(r.Path),
                        region = new
                        {
                            startLine = f.Range.Start.DisplayLine,
                            startColumn = f.Range.Start.DisplayColumn,
                            endLine = f.Range.End.DisplayLine,
                            endColumn = f.Range.End.DisplayColumn,
                        },
                    },
                },
            },
        })).ToList();
        var log = new Dictionary<string, object>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new
                {
                    tool = new { driver = new { name = "Marginalia", informationUri = "https://github.com/marginalia/marginalia", version = typeof(CheckReport).Assembly.GetName().Version?.ToString(3) ?? "0.1.0", rules } },
                    results = sarifResults,
                },
            },
        };
        output.WriteLine(JsonSerializer.Serialize(log, CommonOptions.Json));
    }

    /// <summary>
    /// A SARIF artifact location: a relative URI reference under SRCROOT, each segment percent-encoded (a space,
    /// '#' or '%' in a file name would otherwise make another URI), or a file URI for a note outside the folder.
    /// </summary>
    private static object ArtifactLocation(string path)
    {
        if (Path.IsPathRooted(path)) return new { uri = DocumentUris.FromPath(path) };
        var segments = path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString);
        return new { uri = string.Join('/', segments), uriBaseId = "SRCROOT" };
    }

    /// <summary>SARIF levels: error, warning, note (hints and information are notes).</summary>
    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Off => "none",
        _ => "note",
    };

    public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Count(int n, string what) => what.ToQuantity(n);
}
