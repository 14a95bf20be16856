using System.CommandLine;

namespace Marginalia.LanguageServer;

public static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args);

    /// <summary>Parses and runs a command line; a usage error is a message on stderr and exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        configuration ??= new InvocationConfiguration();
        var parsed = CreateRoot().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await configuration.Error.WriteLineAsync($"marginalia: {error.Message}");
            await configuration.Error.WriteLineAsync("Run 'marginalia --help' for the commands and options.");
            return Commands.CommonOptions.InputError;
        }
        return await parsed.InvokeAsync(configuration);
    }

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Marginalia: checks Markdown research notes against the paper they are about.");
        var serve = new Command("serve", "Run the language server over stdin/stdout (the default).");
        serve.SetAction((_, _) => ServeAsync());
        root.Subcommands.Add(serve);
        root.SetAction((_, _) => ServeAsync());
        foreach (var command in CliCommands.All()) root.Subcommands.Add(command);
        return root;
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
