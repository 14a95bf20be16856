using System.CommandLine;
using System.Text.Json;
using Marginalia.Core;
using Marginalia.Core.Notes;
using Marginalia.Core.Workspace;

namespace Marginalia.LanguageServer.Commands;

/// <summary>
/// <c>marginalia coverage [PATH...]</c>: which events of the papers the notes cite (<c>[@id]</c>, <c>[[id]]</c>) and which
/// they do not yet, section by section. Exit 0, or 2 on usage or input errors.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("text", "json");
        var workspace = CommonOptions.Workspace();
        var command = new Command("coverage", "List the events of the papers that no note cites yet, by section: exit 0, or 2 on usage or input errors.")
        {
            paths, format, workspace,
        };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (CommonOptions.LoadNotes(result, paths, workspace, error) is not { } read) return CommonOptions.InputError;
            var (library, _, _, notes, _, problems) = read;
            var cited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in notes)
            {
                try
                {
                    foreach (var reference in Note.Parse(path, NoteFiles.Read(path)).References) cited.Add(reference.Id);
                }
                catch (InputException e)
                {
                    CommonOptions.WriteError(error, e);
                    problems = true;
                }
            }
            var coverage = Coverage.Of(library.Knowledge, cited);
            if (result.GetValue(format) == "json") WriteJson(output, notes.Count, coverage);
            else WriteText(output, notes.Count, coverage);
            return problems ? CommonOptions.InputError : CommonOptions.Ok;
        });
        return command;
    }

    private static void WriteText(TextWriter output, int notes, IReadOnlyList<PaperCoverage> coverage)
    {
        foreach (var paper in coverage)
        {
            output.WriteLine($"{CommonOptions.Printable(CommonOptions.Relative(paper.Paper.Paper.Path))}: {paper.Cited} of {paper.Events} events cited in {notes} note{(notes == 1 ? "" : "s")}");
            foreach (var section in paper.Sections)
            {
                var where = section.Heading is { } h ? $"{h.Passage.Text} (line {h.Passage.Range.Start.DisplayLine})" : "Before the first heading";
                output.WriteLine($"  {where}: {section.Cited} of {section.Events.Count} cited");
                foreach (var e in section.Uncited)
                    output.WriteLine($"    {e.Id}  {e.Date.ToDisplayText()}  {e.Title}  (line {e.Passage.Range.Start.DisplayLine})");
            }
        }
    }

    private sealed record EventJson(string Id, string Title, string Date, string Interval, int Line);
    private sealed record SectionJson(string? Heading, int? Line, int Events, int Cited, IReadOnlyList<EventJson> Uncited);
    private sealed record PaperJson(string Paper, int Events, int Cited, IReadOnlyList<SectionJson> Sections);

    private static void WriteJson(TextWriter output, int notes, IReadOnlyList<PaperCoverage> coverage)
    {
        var papers = coverage.Select(p => new PaperJson(CommonOptions.Relative(p.Paper.Paper.Path), p.Events, p.Cited,
            [.. p.Sections.Select(s => new SectionJson(s.Heading?.Passage.Text, s.Heading?.Passage.Range.Start.DisplayLine, s.Events.Count, s.Cited,
                [.. s.Uncited.Select(e => new EventJson(e.Id, e.Title, e.Date.ToDisplayText(), e.Date.ToIsoInterval(), e.Passage.Range.Start.DisplayLine))]))]));
        output.WriteLine(JsonSerializer.Serialize(new { notes, papers }, CommonOptions.Json));
    }
}
