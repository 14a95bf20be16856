using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>
/// MRG006: an order or a distance between two events that their dates contradict: "[@a] came two
/// months before [@b]", "[@a] followed [@b]… after [@b]", "three days later [@b]" after a sentence citing [@a].
/// </summary>
public sealed partial class ChronologyCheck : NoteCheck
{
    private const int MaxWordsBetween = 8;

    public override string Code => "MRG006";
    public override string Title => "Chronology contradicts the paper";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Run(NoteAnalysis note)
    {
        Event? previous = null;
        foreach (var scope in note.Note.Prose.Scopes)
        {
            var cited = note.CitedIn(scope);
            var relatives = note.DatesIn(scope).Where(d => d.Kind == DateMentionKind.Relative
                && d.Relative?.Direction is RelativeDirection.Before or RelativeDirection.After).ToList();
            for (var i = 0; i + 1 < cited.Count; i++)
            {
                var (first, second) = (cited[i], cited[i + 1]);
                if (first.Event == second.Event) continue;
                var between = relatives.FirstOrDefault(m => m.Start >= first.Reference.End && m.End <= second.Reference.Start);
                if (between is not null)
                {
                    if (Contradicts(between, anchor: second.Event, subject: first.Event) is { } f) yield return f(note);
                    continue;
                }
                // "X came before Y": the word must tie the two, not a clause between them ("…, after 9/11, …").
                var text = note.Note.Prose.Text[first.Reference.End..second.Reference.Start];
                var connector = Connector().Match(text);
                if (!connector.Success || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWordsBetween
                    || note.Note.Dates.Any(d => d.Start >= first.Reference.End && d.End <= second.Reference.Start)) continue;
                var before = connector.Value.Equals("before", StringComparison.OrdinalIgnoreCase);
                var (x, y) = (first.Event.Date, second.Event.Date);
                var wrong = before ? x.Start > y.End : x.End < y.Start;
                if (!wrong) continue;
                var at = first.Reference.End + connector.Index;
                yield return Found(note.Note.Prose.ToSourceRange(at, connector.Length),
                    $"The paper puts '{first.Event.Id}' ({DateWriter.Natural(x)}) {(before ? "after" : "before")} '{second.Event.Id}' ({DateWriter.Natural(y)}), not {connector.Value} it")
                    with { Related = [Passage(first.Event), Passage(second.Event)] };
            }
            // "Three days later [@b]": counted from the event cited before.
            if (cited.Count == 1 && previous is not null && previous != cited[0].Event
                && relatives.FirstOrDefault(m => m.Relative!.AnchorText is null) is { } later
                && Contradicts(later, anchor: previous, subject: cited[0].Event) is { } found)
            {
                yield return found(note);
            }
            if (cited.Count > 0) previous = cited[^1].Event;
        }
    }

    /// <summary>Whether the subject's date is where the relative expression, counted from the anchor, puts it.</summary>
    private Func<NoteAnalysis, Finding>? Contradicts(DateMention relative, Event anchor, Event subject)
    {
        if (relative.ResolveAgainst(anchor.Date) is not { } expected) return null;
        var slack = relative.Relative!.Unit switch
        {
            TimeUnit.Day => 1,
            TimeUnit.Week => 3,
            TimeUnit.Month => 15,
            _ => 182,
        };
        var widened = expected with { Start = expected.Start.AddDays(-slack), End = expected.End.AddDays(slack) };
        if (widened.Agrees(subject.Date)) return null;
        var actual = DateDistance.Compare(subject.Date, anchor.Date);
        return note => Found(note.Note.RangeOf(relative),
            $"The paper dates '{subject.Id}' to {DateWriter.Natural(subject.Date)} and '{anchor.Id}' to {DateWriter.Natural(anchor.Date)}: "
            + $"{actual} than it, not {relative.Text}") with { Related = [Passage(subject), Passage(anchor)] };
    }

    [GeneratedRegex(@"\b(before|after)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();
}
