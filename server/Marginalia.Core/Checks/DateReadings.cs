using Marginalia.Core.Dates;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>What a date of a note was read as, against the paper.</summary>
public enum Verdict
{
    /// <summary>Not a claim about an event: history beside the paper, or the other side of an order statement.</summary>
    NoClaim,
    Agrees,
    /// <summary>The paper's dates deny it; a finding with <see cref="DateReading.Code"/> says so.</summary>
    Disagrees,
    /// <summary>It disagrees with the event it seems to be about, but the tie is not sure enough to report (see <see cref="DateReading.Why"/>).</summary>
    Unsure,
}

/// <summary>
/// The one reading of a date of a note: the interval it claims (a relative date counted from what it hangs on), the
/// claim or order statement it makes, and the verdict the checks give it. The hover card shows it; the checks report
/// from the same rules, so the two cannot disagree.
/// </summary>
public sealed record DateReading(DateMention Mention, HistoricalDate? Interval, Verdict Verdict)
{
    public DateClaim? Claim { get; init; }
    public OrderStatement? Statement { get; init; }

    /// <summary>The length of an event the date gives otherwise than the paper (<see cref="StatedLengths"/>).</summary>
    public LengthStatement? Length { get; init; }

    /// <summary>The finding's code when the verdict is <see cref="Verdict.Disagrees"/>.</summary>
    public string? Code { get; init; }

    /// <summary>Why a disagreeing date is not reported.</summary>
    public string? Why { get; init; }
}

public static class DateReadings
{
    public static DateReading Read(NoteAnalysis note, DateMention mention)
    {
        // "within 24 months" of a commitment the paper gives "within 14 months": the length is what the date says.
        if (note.Lengths.FirstOrDefault(l => l.Start == mention.Start && l.Length == mention.Length) is { } length)
            return new DateReading(mention, mention.Claimed, Verdict.Disagrees) { Length = length, Code = "MRG006" };
        if (note.Statements.FirstOrDefault(s => s.Reads(mention)) is { } statement)
        {
            // "The next year" is a claim of its own too: the claim speaks when it is reported, the order when it is denied.
            if (mention.Kind == DateMentionKind.ContextResolved && ReadClaim(note, mention) is var claimed && (claimed.Verdict == Verdict.Disagrees || !statement.Contradicted))
                return claimed;
            var interval = mention.ResolveAgainst(statement.Anchor.When) ?? mention.Claimed;
            if (statement.Contradicted && PaperInconsistency.Explains(note, statement) is { } inconsistent) // the paper contradicts itself
                return new DateReading(mention, interval, Verdict.Unsure) { Statement = statement, Why = PaperInconsistency.Why(inconsistent) };
            if (statement.Contradicted && statement.Implausible is { } misread)
                return new DateReading(mention, interval, Verdict.Unsure) { Statement = statement, Why = misread };
            // (Counted from a date reported as misdating what its own words name: "…held its first meeting in Beijing in April
            // 2014. The second met in Islamabad seven months later" — the year is the slip, not the distance; see ChronologyCheck.)
            if (statement.Contradicted && statement.Anchor is { Basis: SideBasis.Stated, Date: { } from } && !ReferenceEquals(from, mention)
                && ReadClaim(note, from) is { Verdict: Verdict.Disagrees })
                return new DateReading(mention, interval, Verdict.Unsure) { Statement = statement, Why = $"counted from {from.Text}, itself reported as misdated" };
            return statement.Contradicted
                ? new DateReading(mention, interval, Verdict.Disagrees) { Statement = statement, Code = "MRG006" }
                : new DateReading(mention, interval, Verdict.Agrees) { Statement = statement };
        }
        return ReadClaim(note, mention);
    }

    private static DateReading ReadClaim(NoteAnalysis note, DateMention mention)
    {
        var claimed = mention.Claimed;
        if (note.Claims.FirstOrDefault(c => ReferenceEquals(c.Date, mention)) is not { } claim)
            return new DateReading(mention, claimed, Verdict.NoClaim);
        if (claim.Agrees) return new DateReading(mention, claimed, Verdict.Agrees) { Claim = claim };
        var cited = claim.Basis == ClaimBasis.Cited;
        return (cited ? CitedDateCheck.WhyNot(note, claim) : InferredDateCheck.WhyNot(note, claim)) is { } why
            ? new DateReading(mention, claimed, Verdict.Unsure) { Claim = claim, Why = why }
            : new DateReading(mention, claimed, Verdict.Disagrees) { Claim = claim, Code = cited ? "MRG002" : "MRG003" };
    }
}
