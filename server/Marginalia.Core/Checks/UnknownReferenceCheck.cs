using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>MRG001: a reference to an id that is neither an event nor an actor of the papers.</summary>
public sealed class UnknownReferenceCheck : NoteCheck
{
    public override string Code => "MRG001";
    public override string Title => "Unknown event reference";
    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Finding> Run(NoteAnalysis note)
    {
        foreach (var reference in note.Note.References)
        {
            if (note.EventOf(reference) is not null || note.ActorOf(reference) is not null) continue;
            var suggestions = note.Knowledge.ClosestEventIds(reference.Id);
            var hint = suggestions.Count == 0
                ? "; `marginalia events` lists the known ids"
                : $"; did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?";
            yield return Found(reference.Range, $"Unknown event '{reference.Id}'{hint}") with
            {
                // One close id is the one meant; of several, the user chooses.
                Fixes = suggestions.Select(s => Fix.Replace($"Replace with '{s}'", reference.Range, s, preferred: suggestions.Count == 1)).ToList(),
            };
        }
    }
}
