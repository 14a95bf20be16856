using System.CommandLine;
using Marginalia.Core;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.LanguageServer.Commands;

/// <summary><c>marginalia extract PAPER</c>: prints a draft knowledge file for any paper, ready to curate.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paperArgument = new Argument<FileInfo>("paper") { Description = "The paper: a UTF-8 plain-text or Markdown file." };
        var command = new Command("extract", "Print a draft knowledge file (YAML) for a paper: every dated sentence as a candidate event.") { paperArgument };
        command.SetAction(result =>
        {
            var file = result.GetValue(paperArgument)!;
            try
            {
                var paper = Paper.Load(file.FullName);
                result.InvocationConfiguration.Output.Write(KnowledgeWriter.ToYaml(EventExtractor.Extract(paper)));
                return CommonOptions.Ok;
            }
            catch (InputException e)
            {
                CommonOptions.WriteError(result.InvocationConfiguration.Error, e);
                return CommonOptions.InputError;
            }
        });
        return command;
    }
}
