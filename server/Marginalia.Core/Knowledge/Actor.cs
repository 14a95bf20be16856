using Marginalia.Core.Dates;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Knowledge;

public enum ActorKind { Person, State, Organisation, Group, Body }

/// <summary>An office an actor held, with the years: "President of Russia, from 7 May 2012".</summary>
public sealed record Office(string Title, IReadOnlyList<string> Forms, HistoricalDate? From, HistoricalDate? To)
{
    public string? Note { get; init; }
    public Passage? Source { get; init; }

    /// <summary>Whether the office could have been held at some time within the date.</summary>
    public bool HeldDuring(HistoricalDate date) =>
        (From is null || From.Start <= date.End) && (To is null || date.Start <= To.End);

    public string Years => (From, To) switch
    {
        (null, null) => "",
        (_, null) => $"from {From!.Text}",
        (null, _) => $"until {To!.Text}",
        _ => $"{From!.Text} – {To!.Text}",
    };
}

/// <summary>
/// The words that name an office on their own and so stand for whoever held it at the time: "the Russian President"
/// is Yeltsin in 1995, Putin in 2001, Medvedev in May 2011. The holders and their terms are the actors' offices of
/// this title.
/// </summary>
public sealed record OfficeNames(string Title, IReadOnlyList<string> Aliases);

/// <summary>A person, state, organisation, group or body the paper names, under every spelling it uses.</summary>
public sealed record Actor(string Id, string Name, ActorKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<Office> Offices)
{
    public string? Description { get; init; }

    /// <summary>Spellings only notes use, which the paper never writes: abbreviations ("Rus.", "Pak.", "USG"), other transliterations ("Ahmad Shah Massoud").</summary>
    public IReadOnlyList<string> NoteSpellings { get; init; } = [];

    /// <summary>The name, every alias and every spelling of notes, the name first.</summary>
    public IEnumerable<string> Names => Aliases.Concat(NoteSpellings).Prepend(Name).Distinct(StringComparer.Ordinal);
}
