using System.CommandLine;

namespace Marginalia.LanguageServer;

/// <summary>The terminal commands. Each prints through the given writers and returns an exit code.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> All()
    {
        yield break;
    }
}
