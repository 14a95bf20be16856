using System.CommandLine;
using System.Text.Json;
using Marginalia.Core;
using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Features.Timeline;
using Marginalia.LanguageServer.Protocol;
using Command = System.CommandLine.Command;

namespace Marginalia.LanguageServer.Commands;

/// <summary>
/// <c>marginalia timeline [PATH...] --out timeline.html</c>: the papers' events and the notes' claims as the VS Code
/// timeline view draws them, in one self-contained HTML page (or a static SVG of the whole span, or the JSON of
/// <c>marginalia/timeline</c>).
/// </summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Notes or folders of notes whose claims are drawn. Default: the workspace folder.");
        var format = CommonOptions.Format("html", "svg", "json");
        var workspace = CommonOptions.Workspace();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "The file to write. Default: standard output." };
        var command = new Command("timeline", "Draw the papers' events and the notes' claims on a time axis: an HTML page that zooms and filters (the editor's timeline view), or a static SVG.")
        {
            paths, format, workspace, output,
        };
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            if (CommonOptions.LoadNotes(result, paths, workspace, error) is not { } read) return CommonOptions.InputError;
            var (library, settings, _, notes, _, inputProblems) = read;

            var checker = new NoteChecker(library, settings);
            var claims = notes.AsParallel().AsOrdered().Select(path =>
            {
                try
                {
                    var note = checker.Check(path, NoteFiles.Read(path));
                    return (Path: path, Claims: NoteClaim.Of(note.Note, note.Analysis), Cited: note.Note.References.Select(r => r.Id), Problem: (InputException?)null);
                }
                catch (InputException e)
                {
                    return (Path: path, Claims: (IReadOnlyList<NoteClaim>)[], Cited: [], Problem: e);
                }
            }).ToList();
            foreach (var (_, _, _, problem) in claims)
            {
                if (problem is null) continue;
                CommonOptions.WriteError(error, problem);
                inputProblems = true;
            }
            var cited = claims.SelectMany(c => c.Cited).ToHashSet(StringComparer.Ordinal);
            var timeline = Core.Workspace.Timeline.Of(library.Knowledge, claims.Where(c => c.Problem is null).Select(c => (c.Path, c.Claims)), cited);

            string text;
            switch (result.GetValue(format))
            {
                case "svg":
                    text = TimelineSvg.Write(timeline);
                    break;
                case "json":
                    text = JsonSerializer.Serialize(TimelineMapper.ToProtocol(timeline, DocumentUris.FromPath), LspJson.Options);
                    break;
                default:
                    if (TimelinePage.Renderer() is not { } renderer)
                    {
                        error.WriteLine("marginalia: this build has no timeline view (dist/timeline.js was not bundled): run `npm ci && npm run build`, then build again; `--format svg` needs none");
                        return CommonOptions.InputError;
                    }
                    text = TimelinePage.Write(TimelineMapper.ToProtocol(timeline, DocumentUris.FromPath), renderer);
                    break;
            }
            if (result.GetValue(output) is { } file)
            {
                try
                {
                    File.WriteAllText(file.FullName, text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{CommonOptions.Printable(CommonOptions.Relative(file.FullName))}: error: cannot write the timeline: {e.Message}");
                    return CommonOptions.InputError;
                }
                error.WriteLine($"wrote {CommonOptions.Printable(CommonOptions.Relative(file.FullName))}: {timeline.Events.Count} events, {timeline.Claims.Count} claims of {notes.Count} note(s)");
            }
            else result.InvocationConfiguration.Output.Write(text);
            return inputProblems ? CommonOptions.InputError : CommonOptions.Ok;
        });
        return command;
    }
}
