using System.Text.RegularExpressions;

namespace Marginalia.Core.Knowledge;

/// <summary>An actor named in a text, by any alias. More than one actor when the alias is shared ("Kabul").</summary>
public sealed record ActorMention(int Start, int Length, string Alias, IReadOnlyList<Actor> Actors)
{
    public int End => Start + Length;
    public bool IsAmbiguous => Actors.Count > 1;
}

/// <summary>
/// Finds actors in prose under every alias, with the forms the paper writes around them: the
/// asterisk after banned groups ("Taliban*"), possessives ("Putin’s", "Taliban’s*"). The longest
/// alias wins ("Vladimir Vladimirovich Putin" over "Putin", "Russian President" over "Russian").
/// </summary>
public sealed class ActorMatcher
{
    private readonly Dictionary<string, List<Actor>> _byAlias = new(StringComparer.Ordinal);
    private readonly Regex? _pattern;

    public ActorMatcher(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors)
        {
            foreach (var alias in actor.Names.Select(Normalize).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!_byAlias.TryGetValue(alias, out var list)) _byAlias[alias] = list = [];
                if (!list.Contains(actor)) list.Add(actor);
            }
        }
        if (_byAlias.Count == 0) return;
        var alternation = string.Join("|", _byAlias.Keys.OrderByDescending(a => a.Length).Select(Regex.Escape));
        _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}-])(?<alias>{alternation})(?<suffix>\*?(?:’s|'s|’)?\*?)(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
    }

    public IReadOnlyList<ActorMention> Find(string text)
    {
        if (_pattern is null) return [];
        var found = new List<ActorMention>();
        foreach (Match m in _pattern.Matches(text))
        {
            var alias = m.Groups["alias"].Value;
            found.Add(new ActorMention(m.Index, m.Length, alias, _byAlias[alias]));
        }
        return found;
    }

    /// <summary>The actors an alias names, exactly as written or after dropping an asterisk and a possessive.</summary>
    public IReadOnlyList<Actor> Lookup(string alias) =>
        _byAlias.TryGetValue(Normalize(alias), out var actors) ? actors : [];

    /// <summary>Aliases shared by more than one actor.</summary>
    public IEnumerable<(string Alias, IReadOnlyList<Actor> Actors)> SharedAliases =>
        _byAlias.Where(kv => kv.Value.Count > 1).Select(kv => (kv.Key, (IReadOnlyList<Actor>)kv.Value));

    private static string Normalize(string alias)
    {
        var a = alias.Trim().TrimEnd('*');
        foreach (var suffix in new[] { "’s", "'s", "’" })
            if (a.EndsWith(suffix, StringComparison.Ordinal)) a = a[..^suffix.Length];
        return a.TrimEnd('*');
    }
}
