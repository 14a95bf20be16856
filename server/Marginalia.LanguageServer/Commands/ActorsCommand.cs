using System.CommandLine;
using System.Text.Json;

namespace Marginalia.LanguageServer.Commands;

/// <summary><c>marginalia actors</c>: lists the persons, states, organisations and bodies of the papers.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format("text", "json");
        var workspace = CommonOptions.Workspace();
        var command = new Command("actors", "List the actors of the papers: kind, aliases, offices with their years, first mention.") { format, workspace };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            if (CommonOptions.LoadWorkspace(result.GetValue(workspace)!, result.InvocationConfiguration.Error, out var problems) is not { } loaded)
                return CommonOptions.InputError;
            var library = loaded.Library;
            var knowledge = library.Knowledge;
            var actors = knowledge.Actors.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            if (result.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(actors.Select(a => KnowledgeJson.Actor(knowledge, a)), CommonOptions.Json));
            }
            else
            {
                foreach (var a in actors)
                {
                    var offices = string.Join("; ", a.Offices.Select(o => $"{o.Title} {o.Years}".Trim()));
                    output.WriteLine($"{a.Id} ({a.Kind.ToString().ToLowerInvariant()}): {a.Name}"
                        + (a.Aliases.Count > 0 ? $" — also {string.Join(", ", a.Aliases)}" : "")
                        + (offices.Length > 0 ? $" — {offices}" : ""));
                }
                output.WriteLine($"{actors.Count} actors");
            }
            return problems ? CommonOptions.InputError : CommonOptions.Ok;
        });
        return command;
    }
}
