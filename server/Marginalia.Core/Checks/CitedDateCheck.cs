using Marginalia.Core.Dates;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>MRG002: a date that disagrees with the event cited beside it.</summary>
public sealed class CitedDateCheck : NoteCheck
{
    public override string Code => "MRG002";
    public override string Title => "Date disagrees with the cited event";
    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Finding> Run(NoteAnalysis note) =>
        note.Claims.Where(c => c.Basis == ClaimBasis.Cited && !c.Agrees && !DateMismatch.OtherReadingAgrees(c))
                    .Select(c => DateMismatch.Report(this, c, $"'{c.Event.Id}'"));
}

/// <summary>MRG003: a date that disagrees with the event an uncited sentence is inferred to be about.</summary>
public sealed class InferredDateCheck : NoteCheck
{
    /// <summary>
    /// The confidence from which an inferred mismatch is reported: the lowest threshold at which the
    /// sentence corpus of the tests raises no false alarm (InferredDateCalibrationTests, Corpus/rates.md).
    /// </summary>
    public const double Threshold = 0.45;

    public override string Code => "MRG003";
    public override string Title => "Date disagrees with the event the sentence is about";
    public override Severity DefaultSeverity => Severity.Information;

    public override IEnumerable<Finding> Run(NoteAnalysis note) =>
        note.Claims.Where(c => Reports(c, Threshold))
                    .Select(c => DateMismatch.Report(this, c, $"'{c.Event.Id}' ({c.Event.Title}; inferred, confidence {c.Confidence:0.00})"));

    /// <summary>Whether a claim would be reported at a threshold: the calibration sweeps it.</summary>
    public static bool Reports(DateClaim claim, double threshold) =>
        claim.Basis == ClaimBasis.Inferred && !claim.Agrees && claim.Confidence >= threshold && !DateMismatch.OtherReadingAgrees(claim);
}

/// <summary>The finding both date checks report, with the paper's date as the fix, written the way the note writes dates.</summary>
internal static class DateMismatch
{
    /// <summary>"05/02/2011" read the other way round is right: an ambiguity (MRG008), not a wrong date.</summary>
    public static bool OtherReadingAgrees(DateClaim claim) => claim.Date.AlternativeReading?.Agrees(claim.Event.Date) == true;

    public static Finding Report(NoteCheck check, DateClaim claim, string what)
    {
        var said = claim.Date.Date!;
        var paper = claim.Event.Date;
        // A hedge stays as the note wrote it ("around 1995" → "around 1989"); only the date is replaced.
        var replacement = claim.Date.KeepingHedge(DateWriter.Write(paper, claim.Date.Style));
        return new Finding(check.Code, check.DefaultSeverity, claim.Range,
            $"The paper dates {what} to {DateWriter.Natural(paper)} ({NoteCheck.WhereSaid(claim.Event)}); "
            + $"this note says {claim.Date.Text}, {DateDistance.Compare(said, paper)}")
        {
            Fixes = [Fix.Replace($"Replace with the paper's date: {replacement}", claim.Range, replacement)],
            Related = [NoteCheck.Passage(claim.Event)],
        };
    }
}
