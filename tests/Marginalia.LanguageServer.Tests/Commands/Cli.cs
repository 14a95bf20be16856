using System.CommandLine;

namespace Marginalia.LanguageServer.Tests.Commands;

/// <summary>Runs a terminal command in process and captures what it prints and its exit code.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.RunAsync(args, new InvocationConfiguration { Output = output, Error = error }).GetAwaiter().GetResult();
        return new Result(code, output.ToString(), error.ToString());
    }
}
