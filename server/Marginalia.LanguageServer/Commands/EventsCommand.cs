using System.CommandLine;
using System.Text.Json;

namespace Marginalia.LanguageServer.Commands;

/// <summary><c>marginalia events</c>: lists every event the workspace's papers hold, in date order.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format("text", "json");
        var workspace = CommonOptions.Workspace();
        var command = new Command("events", "List the events of the papers: id, date at its precision, title, actors and source passage.") { format, workspace };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            if (CommonOptions.LoadWorkspace(result.GetValue(workspace)!, result.InvocationConfiguration.Error, out var problems) is not { } loaded)
                return CommonOptions.InputError;
            var library = loaded.Library;
            var events = library.Knowledge.Chronological.ToList();
            if (result.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(events.Select(KnowledgeJson.Event), CommonOptions.Json));
            }
            else
            {
                var idWidth = events.Count == 0 ? 0 : events.Max(e => e.Id.Length);
                var dateWidth = events.Count == 0 ? 0 : events.Max(e => e.Date.ToIsoInterval().Length);
                foreach (var e in events)
                {
                    var line = e.Passage.Range.Start.DisplayLine;
                    output.WriteLine($"{e.Id.PadRight(idWidth)}  {e.Date.ToIsoInterval().PadRight(dateWidth)}  {e.Title}  ({e.Paper.FileName}:{line})");
                }
                output.WriteLine($"{events.Count} events in {library.Knowledge.Papers.Count} paper(s)");
            }
            return problems ? CommonOptions.InputError : CommonOptions.Ok;
        });
        return command;
    }
}
