using System.CommandLine;

namespace Marginalia.LanguageServer;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Marginalia: checks Markdown research notes against the paper they are about.");
        foreach (var command in CliCommands.All()) root.Subcommands.Add(command);
        return await root.Parse(args).InvokeAsync();
    }
}
