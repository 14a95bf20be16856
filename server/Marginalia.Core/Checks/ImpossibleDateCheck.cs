using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>MRG004: a date the calendar does not have ("31 September 2010", "29 February 2019").</summary>
public sealed class ImpossibleDateCheck : NoteCheck
{
    public override string Code => "MRG004";
    public override string Title => "Impossible calendar date";
    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Finding> Run(NoteAnalysis note) =>
        note.Note.Dates.Where(d => d.Date is { IsValid: false })
            .Select(d => Found(note.Note.RangeOf(d), $"{d.Text} is not a real date: {d.Date!.Invalid}"));
}
