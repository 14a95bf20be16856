using Marginalia.Core.Dates;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>
/// Where the paper contradicts itself (<see cref="PaperAudit"/>), a note that follows the paper's other statement is not
/// wrong: a date that agrees with the date that statement implies ("the Moscow Format of 2018" for the format the paper
/// introduces in 2017), or an order that holds with it, is not reported; the hover says the paper is inconsistent there.
/// The one hook the checks and <see cref="DateReadings"/> share.
/// </summary>
public static class PaperInconsistency
{
    /// <summary>
    /// The contradiction of the paper that explains a claim's disagreeing date, or null. Only a date no finer than the
    /// one the other statement implies follows it: "March 2020" follows "in 18 months" from September 2018; "29 March
    /// 2020" is a day the paper never gives.
    /// </summary>
    public static PaperContradiction? Explains(NoteAnalysis note, DateClaim claim) =>
        claim.Date.Date is not { } said ? null
        : PaperAudit.Explaining(note.Knowledge, claim.Event, implied => said.Precision >= implied.Precision && DateAgreement.Agrees(claim.Date, claim.HeldTo(implied)));

    /// <summary>The contradiction of the paper that explains an order statement its dates deny: with the other date of one side, it holds.</summary>
    public static PaperContradiction? Explains(NoteAnalysis note, OrderStatement statement)
    {
        foreach (var (side, isSubject) in new[] { (statement.Subject, true), (statement.Anchor, false) })
        {
            if (side.Event is not { } e) continue;
            var explaining = PaperAudit.Explaining(note.Knowledge, e, implied =>
                !(isSubject ? statement with { Subject = side with { When = implied } } : statement with { Anchor = side with { When = implied } }).Contradicted);
            if (explaining is not null) return explaining;
        }
        return null;
    }

    /// <summary>What the hover says instead of a finding.</summary>
    public static string Why(PaperContradiction contradiction) =>
        $"the paper is inconsistent here, and the note follows its other statement: {contradiction.Message}";
}
