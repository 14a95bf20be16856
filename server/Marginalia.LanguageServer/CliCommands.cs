using System.CommandLine;
using Marginalia.LanguageServer.Commands;

namespace Marginalia.LanguageServer;

/// <summary>The terminal commands. Each prints through the invocation's writers and returns an exit code.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> All()
    {
        yield return EventsCommand.Create();
        yield return ActorsCommand.Create();
        yield return CheckCommand.Create();
        yield return ExtractCommand.Create();
        yield return AuditCommand.Create();
        yield return CoverageCommand.Create();
        yield return TimelineCommand.Create();
    }
}
