using System.CommandLine;

namespace Marginalia.LanguageServer;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Marginalia: checks Markdown research notes against the paper they are about.");
        var serve = new Command("serve", "Run the language server over stdin/stdout (the default).");
        serve.SetAction((_, _) => ServeAsync());
        root.Subcommands.Add(serve);
        root.SetAction((_, _) => ServeAsync());
        foreach (var command in CliCommands.All()) root.Subcommands.Add(command);
        return await root.Parse(args).InvokeAsync();
    }

    private static async Task<int> ServeAsync()
    {
        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();
        // Stdout now carries the protocol: anything printed by mistake goes to stderr instead of corrupting it.
        Console.SetOut(Console.Error);
        using var server = new Server(input, output);
        try
        {
            return await server.RunAsync();
        }
        catch (Exception e)
        {
            // Enough to file a useful report: what ran, where, for which editor.
            var client = server.Client.Initialization?.ClientInfo;
            await Console.Error.WriteLineAsync(
                $"marginalia {typeof(Program).Assembly.GetName().Version} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
                $"client {client?.Name ?? "unknown"} {client?.Version}: fatal: {e}");
            return 1;
        }
    }
}
