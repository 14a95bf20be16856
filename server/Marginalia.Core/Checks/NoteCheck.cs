using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Checks;

/// <summary>One kind of finding, with its stable code and default severity.</summary>
public abstract class NoteCheck
{
    public abstract string Code { get; }

    /// <summary>What the check reports, in a few words (the SARIF rule's name and the README's table).</summary>
    public abstract string Title { get; }
    public abstract Severity DefaultSeverity { get; }

    /// <summary>Findings at the default severity; <see cref="NoteChecks"/> applies the configured one.</summary>
    public abstract IEnumerable<Finding> Run(NoteAnalysis note);

    protected Finding Found(SourceRange range, string message) => new(Code, DefaultSeverity, range, message);

    /// <summary>"000_bf09360ec50d0df5.txt, line 123": where the paper says it.</summary>
    internal static string WhereSaid(Event e) => $"{e.Paper.FileName}, line {e.Passage.Range.Start.DisplayLine}";

    /// <summary>The passage that dates an event, shown beside a finding about it.</summary>
    internal static RelatedPassage Passage(Event e) => new(e.Paper.Path, e.Passage.Range, $"the paper dates '{e.Id}' here");
}
