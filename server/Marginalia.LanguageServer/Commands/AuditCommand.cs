using System.CommandLine;
using System.Text.Json;
using Marginalia.Core;
using Marginalia.Core.Checks;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.LanguageServer.Commands;

/// <summary>
/// <c>marginalia audit [PAPER]</c>: the statements of a paper that its own dates contradict, each with the passage that
/// denies it. The exit codes are <c>check</c>'s: the findings are information (the paper is the source), so 0 unless
/// the paper cannot be read (2).
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var paper = new Argument<string?>("paper") { Description = "A paper (.txt) of the workspace, or any paper with its knowledge file beside it. Default: every paper of the workspace.", Arity = ArgumentArity.ZeroOrOne };
        var format = CommonOptions.Format("text", "json");
        var workspace = CommonOptions.Workspace();
        var command = new Command("audit", "List the statements of the papers that their own dates contradict: exit 0, or 2 on usage or input errors.")
        {
            paper, format, workspace,
        };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (CommonOptions.LoadWorkspace(result.GetValue(workspace)!, error, out var problems) is not { } loaded) return CommonOptions.InputError;
            IReadOnlyList<PaperKnowledge> papers = loaded.Library.Knowledge.Papers;
            if (result.GetValue(paper) is { } given)
            {
                if (Find(papers, given, error) is not { } one) return CommonOptions.InputError;
                papers = [one];
            }
            var audited = papers.Select(p => (Path: CommonOptions.Relative(p.Paper.Path), Findings: PaperAudit.Findings(p, loaded.Settings.SeverityOf))).ToList();
            if (result.GetValue(format) == "json") WriteJson(output, audited);
            else WriteText(output, audited);
            return problems ? CommonOptions.InputError : CommonOptions.Ok;
        });
        return command;
    }

    /// <summary>A paper of the workspace by path or file name; else the file itself, with its knowledge file beside it if there is one.</summary>
    private static PaperKnowledge? Find(IReadOnlyList<PaperKnowledge> papers, string given, TextWriter error)
    {
        var full = Path.GetFullPath(given);
        if ((papers.FirstOrDefault(p => p.Paper.Path == full) ?? papers.FirstOrDefault(p => p.Paper.FileName == given)) is { } known) return known;
        try
        {
            var text = Paper.Load(full);
            var knowledge = Path.ChangeExtension(full, null) + ".knowledge.yaml";
            var loaded = File.Exists(knowledge) ? KnowledgeLoader.Load(text, knowledge, TextFile.Read(knowledge)) : EventExtractor.Extract(text);
            foreach (var problem in loaded.Problems) error.WriteLine($"{CommonOptions.Printable(CommonOptions.Relative(problem.Path))}:{problem.Line}: error: {problem.Message}");
            return loaded.Problems.Count > 0 ? null : loaded;
        }
        catch (InputException e)
        {
            CommonOptions.WriteError(error, e);
            return null;
        }
    }

    private static void WriteText(TextWriter output, IReadOnlyList<(string Path, IReadOnlyList<Finding> Findings)> audited)
    {
        foreach (var (path, findings) in audited)
        {
            foreach (var f in findings)
            {
                output.WriteLine($"{CommonOptions.Printable(path)}:{f.Range.Start.DisplayLine}:{f.Range.Start.DisplayColumn}: {CheckReport.Name(f.Severity)} {f.Code}: {f.Message}");
                foreach (var r in f.Related)
                    output.WriteLine($"  {CommonOptions.Printable(CommonOptions.Relative(r.Path))}:{r.Range.Start.DisplayLine}:{r.Range.Start.DisplayColumn}: {r.Message}");
            }
        }
        var total = audited.Sum(a => a.Findings.Count);
        output.WriteLine($"{Count(audited.Count, "paper")} audited: {(total == 0 ? "no contradictions" : Count(total, "contradiction"))}");
    }

    private sealed record PlaceJson(string Path, int Line, int Column, int EndLine, int EndColumn, string Message);
    private sealed record AuditJson(string Path, int Line, int Column, int EndLine, int EndColumn, string Severity, string Code, string Message, IReadOnlyList<PlaceJson> Related);

    private static void WriteJson(TextWriter output, IReadOnlyList<(string Path, IReadOnlyList<Finding> Findings)> audited)
    {
        var findings = audited.SelectMany(a => a.Findings.Select(f => new AuditJson(a.Path,
            f.Range.Start.DisplayLine, f.Range.Start.DisplayColumn, f.Range.End.DisplayLine, f.Range.End.DisplayColumn,
            CheckReport.Name(f.Severity), f.Code, f.Message,
            [.. f.Related.Select(r => new PlaceJson(CommonOptions.Relative(r.Path), r.Range.Start.DisplayLine, r.Range.Start.DisplayColumn, r.Range.End.DisplayLine, r.Range.End.DisplayColumn, r.Message))])));
        output.WriteLine(JsonSerializer.Serialize(new { papers = audited.Count, findings }, CommonOptions.Json));
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
