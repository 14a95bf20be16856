using System.Text.RegularExpressions;
using Marginalia.Core.Knowledge;

namespace Marginalia.Core.Notes;

/// <summary>
/// The words that put a part of an event before the moment the paper dates it by: a stage ("half of the contingent had
/// left"), or the start of what the paper dates by its end ("the Soviet pull-out had begun", the paper's withdrawal
/// being the last troops' leaving).
/// </summary>
public static partial class Stages
{
    [GeneratedRegex(@"(?i)\b(?:half|partial(?:ly)?|partly|part\s+of|phase|stage|first\s+(?:units|troops|batch|contingents?))\b")]
    public static partial Regex Stage();

    [GeneratedRegex(@"(?i)\b(?:start(?:ed|s|ing)?|beg[aiu]n(?:s|ning)?|commenc\w*|got\s+under\s+way)\b")]
    public static partial Regex Beginning();

    [GeneratedRegex(@"(?i)\b(?:last|complete[ds]?|completion|final|ends?|ended)\b")]
    public static partial Regex Completion();

    /// <summary>The event's own words: its title and key terms.</summary>
    public static string Known(Event e) => e.Title + " " + string.Join(' ', e.Keywords);

    /// <summary>The words that say the start of the event, when the paper dates it by its end (and not by a start); null otherwise.</summary>
    public static Match? StartOfAnEnd(string words, Event e) =>
        Beginning().Match(words) is { Success: true } start && Completion().IsMatch(Known(e)) && !Beginning().IsMatch(Known(e)) ? start : null;
}
