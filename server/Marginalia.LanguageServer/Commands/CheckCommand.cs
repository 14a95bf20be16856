using System.CommandLine;
using Marginalia.Core;
using Marginalia.Core.Checks;
using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.LanguageServer.Commands;

/// <summary><c>marginalia check [PATH...]</c>: checks notes against the workspace's papers, for the terminal and CI.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("text", "json", "sarif");
        var workspace = CommonOptions.Workspace();
        var command = new Command("check", "Check Markdown notes against the papers: exit 0 when nothing is at error severity, 1 when something is, 2 on usage or input errors.")
        {
            paths, format, workspace,
        };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (CommonOptions.LoadNotes(result, paths, workspace, error) is not { } read) return CommonOptions.InputError;
            var (library, settings, inputs, notes, missing, inputProblems) = read;

            // Notes are read and checked on every core; results and errors are printed in the order the notes were found.
            var checker = new NoteChecker(library, settings);
            var outcomes = notes.AsParallel().AsOrdered().Select(path =>
            {
                try
                {
                    var findings = checker.Check(path, NoteFiles.Read(path)).Findings;
                    return (Result: new CheckReport.NoteResult(CommonOptions.Relative(path), findings), Problem: (InputException?)null);
                }
                catch (InputException e)
                {
                    return (Result: (CheckReport.NoteResult?)null, Problem: e);
                }
            }).ToList();
            var results = new List<CheckReport.NoteResult>();
            foreach (var (noteResult, problem) in outcomes)
            {
                if (noteResult is not null) results.Add(noteResult);
                if (problem is { } e)
                {
                    CommonOptions.WriteError(error, e);
                    inputProblems = true;
                }
            }
            if (notes.Count == 0 && missing.Count == 0) error.WriteLine($"no notes found in {string.Join(", ", inputs)} (looked for {string.Join(", ", settings.Notes)})");

            switch (result.GetValue(format))
            {
                case "json": CheckReport.WriteJson(output, results); break;
                case "sarif": CheckReport.WriteSarif(output, results); break;
                default: CheckReport.WriteText(output, results); break;
            }
            var errors = results.Any(r => r.Findings.Any(f => f.Severity == Severity.Error));
            return inputProblems ? CommonOptions.InputError : errors ? CommonOptions.Findings : CommonOptions.Ok;
        });
        return command;
    }
}
