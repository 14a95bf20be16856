using System.Runtime.CompilerServices;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;

namespace Marginalia.Core.Checks;

/// <summary>MRG007: a title given to a person for a time they did not hold it ("President Putin" in December 2009).</summary>
public sealed partial class OfficeCheck : NoteCheck
{
    private static readonly string[] NotNow = ["former", "ex-", "ex", "future", "later", "then-future", "would-be"];

    public override string Code => "MRG007";
    public override string Title => "Office anachronism";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Run(NoteAnalysis note)
    {
        var text = note.Note.Prose.Text;
        foreach (var mention in note.Actors)
        {
            // An office named on its own ("the Russian President") already means whoever held it then.
            if (mention.Office is not null || mention.Actors.Count != 1 || mention.Actors[0].Offices.Count == 0) continue;
            var actor = mention.Actors[0];
            var window = Math.Max(0, mention.Start - 60);
            var before = text[window..mention.Start].TrimEnd();
            var titles = Titles.GetValue(actor, a => new ActorTitles(a));
            var title = titles.All
                .Where(t => before.EndsWith(t, StringComparison.OrdinalIgnoreCase)
                            && (before.Length == t.Length || !char.IsLetter(before[^(t.Length + 1)])))
                .OrderByDescending(t => t.Length).FirstOrDefault();
            if (title is null) continue;
            var preceding = before[..^title.Length].TrimEnd();
            // (Also over the country's name or adjective, of one word or two: "former Afghan president Hamid Karzai",
            // "ex-Soviet foreign minister", "Former Afghan president" opening a sentence, "former Soviet Union leader".)
            var overOne = Nationality().Match(preceding) is { Success: true } one ? preceding[..one.Index].TrimEnd() : preceding;
            var overTwo = Nationality().Match(overOne) is { Success: true } two ? overOne[..two.Index].TrimEnd() : overOne;
            if (NotNow.Any(w => new[] { preceding, overOne, overTwo }.Any(p => p.EndsWith(w, StringComparison.OrdinalIgnoreCase)))) continue;
            if (note.Note.Prose.ScopeAt(mention.Start) is not { } scope || note.DateOf(scope) is not { } when) continue;
            var offices = actor.Offices.Where((_, i) => titles.ByOffice[i].Contains(title, StringComparer.OrdinalIgnoreCase)).ToList();
            if (offices.Any(o => o.HeldDuring(when))) continue;
            // A sentence that orders two things tells of both times: "Foreign Minister Boris Pankin approved a transfer of power,
            // which preceded the lowering of the Soviet flag [[soviet-flag-lowered-1991]] by a month" is of his November.
            if (note.Statements.Where(s => scope.Contains(s.Start)).SelectMany(s => new[] { s.Subject.When, s.Anchor.When })
                .Any(side => side.IsValid && offices.Any(o => o.HeldDuring(side)))) continue;
            // The last office a person held is their title when their death is told: "the Taliban's supreme leader Mullah
            // Omar was dead", said in July 2015 of a leader who died in 2013.
            if (offices.Any(o => o.To is { } to && to.End < when.Start && !actor.Offices.Any(later => later.From is { } f && f.Start > to.End))
                && Death().IsMatch(text.AsSpan(scope.Start, scope.Length))) continue;
            var held = actor.Offices.Where(o => o.HeldDuring(when)).Select(o => o.Title).ToList();
            var start = window + before.Length - title.Length;
            yield return Found(note.Note.Prose.ToSourceRange(start, mention.End - start),
                $"{actor.Name} was not {title} {(when.Precision == DatePrecision.Day ? "on" : "in")} {DateWriter.Natural(when)}: the paper has {string.Join("; ", offices.Select(o => $"{o.Title} {o.Years}".Trim()))}"
                + (held.Count > 0 ? $"; then {actor.Name} was {string.Join(", ", held)}" : ""));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?i:dead|death|died|dies|killed|funeral|buried)\b")]
    private static partial System.Text.RegularExpressions.Regex Death();

    /// <summary>A capitalized word that closes the text, as a country's name or adjective does ("Afghan", "US", "Soviet").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\s|-|^)\p{Lu}[\p{L}.]*$")]
    private static partial System.Text.RegularExpressions.Regex Nationality();

    // An actor's title words, worked out once per actor rather than once per mention.
    private static readonly ConditionalWeakTable<Actor, ActorTitles> Titles = new();

    private sealed class ActorTitles(Actor actor)
    {
        /// <summary>The title words of each office, in the order of the actor's offices.</summary>
        public IReadOnlyList<IReadOnlyList<string>> ByOffice { get; } = [.. actor.Offices.Select(o => (IReadOnlyList<string>)[.. TitleWords(o, actor)])];

        /// <summary>Every office's title words, without repeats.</summary>
        public IReadOnlyList<string> All { get; } = [.. actor.Offices.SelectMany(o => TitleWords(o, actor)).Distinct()];
    }

    /// <summary>The words a title is written with before a name: the office's forms without the name ("President" from "President Putin").</summary>
    private static IEnumerable<string> TitleWords(Office office, Actor actor)
    {
        // "President of Russia" is also written "President" before the name.
        var headWord = office.Title.Split(" of ")[0];
        foreach (var form in office.Forms.Append(office.Title).Append(headWord))
        {
            if (NotNow.Any(w => form.StartsWith(w, StringComparison.OrdinalIgnoreCase))) continue;
            var words = form;
            foreach (var name in actor.Names.OrderByDescending(n => n.Length))
            {
                if (words.EndsWith(" " + name, StringComparison.Ordinal)) words = words[..^(name.Length + 1)];
            }
            if (words.Length > 0 && !actor.Names.Contains(words)) yield return words.Trim();
        }
    }
}
