using Marginalia.Core.Notes;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Checks;

/// <summary>MRG005: a weekday written with a date it does not fall on ("Monday, 15 February 1989").</summary>
public sealed class WeekdayCheck : NoteCheck
{
    public override string Code => "MRG005";
    public override string Title => "Weekday does not match the date";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Run(NoteAnalysis note)
    {
        foreach (var mention in note.Note.Dates)
        {
            if (mention.Weekday is not { } written || mention.Date?.Day is not { } day || day.DayOfWeek == written) continue;
            // The mention starts with the weekday as written ("Monday", "Mon").
            var wordLength = 0;
            while (wordLength < mention.Length && char.IsLetter(note.Note.Prose.Text[mention.Start + wordLength])) wordLength++;
            var weekdayRange = note.Note.Prose.ToSourceRange(mention.Start, wordLength);
            var actual = day.DayOfWeek.ToString();
            var replacement = wordLength <= 3 ? actual[..3] : actual;
            yield return Found(note.Note.RangeOf(mention), $"{DateWriterNatural(mention)} was a {actual}, not a {written}") with
            {
                Fixes = [Fix.Replace($"Replace '{note.Note.Prose.Text.Substring(mention.Start, wordLength)}' with '{replacement}'", weekdayRange, replacement, preferred: true)],
            };
        }
    }

    private static string DateWriterNatural(Dates.DateMention m) => Dates.DateWriter.Natural(m.Date!);
}
