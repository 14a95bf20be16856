using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
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

    [GeneratedRegex(@"(?i)\b(?:start(?:ed|s|ing)?|beg[aiu]n(?:s|ning)?|commenc\w*|(?:got|gets?|getting)\s+under\s*way)\b")]
    public static partial Regex Beginning();

    [GeneratedRegex(@"(?i)\b(?:last|complete[ds]?|completion|final|ends?|ended)\b")]
    public static partial Regex Completion();

    /// <summary>Words that say the start of something: "began", "took office", "became President", "his re-election", "got under way".</summary>
    [GeneratedRegex(@"(?i)\b(?:return(?:ed|s|ing)?|start(?:ed|s|ing)?|began|begins?|beginning|inaugurat\w*|re-?elect(?:ed|ion)|took\s+office|took\s+over|entered|bec[ao]mes?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:president|prime\s+minister|premier|general\s+secretary|leader)|assum(?:ed|es|ing)|outbreak|onset|first\s+(?:days|weeks|months|year)\s+of|(?:got|get|gets|getting|was|were)\s+under\s+way)\b")]
    public static partial Regex SpanStart();

    /// <summary>Words that say the end of something; holding out, surviving or lasting some time after something reaches the span's end ("Najibullah held out a year after the pull-out").</summary>
    [GeneratedRegex(@"(?i)\b(?:end(?:ed|s|ing)?|expir\w*|conclu\w*|fall|fell|collapse[ds]?|last\s+(?:days|weeks|months|year)\s+of|held\s+out|hold(?:s|ing)?\s+out|surviv\w*|outlast\w*|lasted)\b")]
    public static partial Regex SpanEnd();

    /// <summary>
    /// The edge of a span of the paper's (two months or more) that words name — its start for "Putin's return to the
    /// presidency" (2012–2018: 2012), its end for "the fall of Najibullah's regime" (1989–1992: 1992) — at the span's unit: a
    /// span of whole years gives its first or last year, one of months its first or last month. Null for words that name
    /// neither or both, or a date that is no such span.
    /// </summary>
    public static (HistoricalDate When, bool IsStart)? Edge(string words, HistoricalDate span)
    {
        if (span.Precision != DatePrecision.Range || span.Length < 60) return null;
        var start = SpanStart().IsMatch(words);
        if (start == SpanEnd().IsMatch(words)) return null;
        var years = span.Start is { Month: 1, Day: 1 } && span.End is { Month: 12, Day: 31 };
        var edge = start ? span.Start : span.End;
        return (years ? HistoricalDate.InYear(edge.Year, span.Text) : HistoricalDate.InMonth(edge.Year, edge.Month, span.Text), start);
    }

    /// <summary>The event's own words: its title and key terms.</summary>
    public static string Known(Event e) => e.Title + " " + string.Join(' ', e.Keywords);

    /// <summary>
    /// The words that name a stage of the event, when the paper does not tell the event as that stage; null otherwise: "the
    /// first batch" is no stage of the first 650 soldiers' leaving, whose key terms hold "batch".
    /// </summary>
    public static Match? StageOf(string words, Event e) =>
        Stage().Match(words) is { Success: true } stage && !Stage().IsMatch(Known(e))
        && !Regex.IsMatch(Known(e), @"(?i)\b" + Regex.Escape(stage.Value.Split(' ')[^1]) + @"\b") ? stage : null;

    /// <summary>Words that say something stopped: "declared the talks dead", "broke down", "suspended", "called off".</summary>
    [GeneratedRegex(@"(?i)\b(?:dead|collaps\w*|broke\s+down|break(?:s|ing)?\s+down|suspend\w*|call(?:ed|s|ing)?\s+off|halt(?:ed|s|ing)?|stall(?:ed|s|ing)?|cancel\w*|scrap(?:ped|s|ping)?|abandon\w*|froze|frozen|derail\w*|ended)\b")]
    public static partial Regex Stop();

    /// <summary>The words that say something stopped, when the paper dates the event by its start (and not by a stop); null otherwise.</summary>
    public static Match? StopOfAStart(string words, Event e) =>
        Stop().Match(words) is { Success: true } stop && Beginning().IsMatch(Known(e)) && !Stop().IsMatch(Known(e)) ? stop : null;

    /// <summary>The words that say the start of the event, when the paper dates it by its end (and not by a start); null otherwise.</summary>
    public static Match? StartOfAnEnd(string words, Event e) =>
        Beginning().Match(words) is { Success: true } start && Completion().IsMatch(Known(e)) && !Beginning().IsMatch(Known(e)) ? start : null;
}
