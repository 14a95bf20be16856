using Marginalia.Core.Dates;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>
/// MRG008: an alias or a date that could mean several things, where it matters: a numeric date
/// whose two readings ("03/04/2019") disagree about a claim, an alias shared by several actors
/// (or an office named on its own whose holder the sentence's date does not settle) in a sentence whose event is inferred.
/// </summary>
public sealed class AmbiguityCheck : NoteCheck
{
    public override string Code => "MRG008";
    public override string Title => "Ambiguous actor or date";
    public override Severity DefaultSeverity => Severity.Hint;

    public override IEnumerable<Finding> Run(NoteAnalysis note)
    {
        foreach (var claim in note.Claims)
        {
            if (claim.Date.AlternativeReading is not { } other || claim.Date.Date is not { } read) continue;
            if (read.Agrees(claim.Against) == other.Agrees(claim.Against)) continue;
            var paperReading = read.Agrees(claim.Against) ? read : other;
            var unambiguous = DateWriter.Natural(paperReading);
            var which = read.Agrees(claim.Against) ? "first" : "second";
            yield return Found(claim.Range,
                $"{claim.Date.Text} could be {DateWriter.Natural(read)} or {DateWriter.Natural(other)}; only the {which} reading matches '{claim.Event.Id}' ({DateWriter.Natural(claim.Against)})")
                with { Fixes = [Fix.Replace($"Write it as {unambiguous}", claim.Range, unambiguous)] };
        }
        var inferredScopes = note.Claims.Where(c => c.Basis == ClaimBasis.Inferred).Select(c => c.Scope).ToHashSet();
        foreach (var mention in note.Actors.Where(m => m.IsAmbiguous))
        {
            if (note.Note.Prose.ScopeAt(mention.Start) is not { } scope || !inferredScopes.Contains(scope)) continue;
            var who = string.Join(" or ", mention.Actors.Select(a => a.Name));
            // An office ("the Russian President") is ambiguous here because the sentence's date spans several terms.
            var why = mention.Office is { } office && note.DateOf(scope) is { } date ? $", each {office} in {DateWriter.Natural(date)}" : "";
            yield return Found(note.Note.Prose.ToSourceRange(mention.Start, mention.Length),
                $"'{mention.Alias}' may mean {who}{why}; name one, or cite the event, so the date here is checked against the right one");
        }
    }
}
