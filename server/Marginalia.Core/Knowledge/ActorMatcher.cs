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
/// An alias starts where no letter, digit or hyphen comes before it and ends where no letter or digit follows.
/// </summary>
/// <remarks>
/// One pass over the text: from each place an alias may start, a walk down a trie of the aliases'
/// characters (a regex alternation of every alias cost ~0.35 ms per short note, most of the note's analysis).
/// </remarks>
public sealed class ActorMatcher
{
    private readonly Dictionary<string, List<Actor>> _byAlias = new(StringComparer.Ordinal);

    // The trie: node 0 is the root; a node's child by character (keyed node << 16 | character: a tuple key's
    // hashing was most of the walk); the alias that ends at a node, if any; the characters an alias starts with.
    private readonly Dictionary<long, int> _children = [];
    private readonly bool[] _startsAlias = new bool[char.MaxValue + 1];
    private readonly List<string?> _aliasAt = [null];

    public ActorMatcher(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors)
        {
            foreach (var alias in actor.Names.Select(Normalize).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!_byAlias.TryGetValue(alias, out var list))
                {
                    _byAlias[alias] = list = [];
                    Add(alias);
                }
                if (!list.Contains(actor)) list.Add(actor);
            }
        }
    }

    private void Add(string alias)
    {
        var node = 0;
        foreach (var c in alias)
        {
            if (!_children.TryGetValue(Edge(node, c), out var child))
            {
                child = _aliasAt.Count;
                _aliasAt.Add(null);
                _children[Edge(node, c)] = child;
            }
            node = child;
        }
        _aliasAt[node] = alias;
        _startsAlias[alias[0]] = true;
    }

    private static long Edge(int node, char c) => ((long)node << 16) | c;

    public IReadOnlyList<ActorMention> Find(string text)
    {
        var found = new List<ActorMention>();
        var ends = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            if (i > 0 && (IsWordChar(text[i - 1]) || text[i - 1] == '-') || !_startsAlias[text[i]])
            {
                i++;
                continue;
            }
            // Every alias that starts here, shortest first; the longest with no letter or digit after it (and its suffix) wins.
            ends.Clear();
            var node = 0;
            for (var j = i; j < text.Length && _children.TryGetValue(Edge(node, text[j]), out node); j++)
            {
                if (_aliasAt[node] is not null) ends.Add(j + 1);
            }
            var next = i + 1;
            for (var k = ends.Count - 1; k >= 0; k--)
            {
                if (EndWithSuffix(text, ends[k]) is not { } end) continue;
                var alias = AliasAt(text, i, ends[k]);
                found.Add(new ActorMention(i, end - i, alias, _byAlias[alias]));
                next = end;
                break;
            }
            i = next;
        }
        return found;
    }

    private string AliasAt(string text, int start, int end)
    {
        var node = 0;
        for (var j = start; j < end; j++) node = _children[Edge(node, text[j])];
        return _aliasAt[node]!;
    }

    /// <summary>
    /// Where a mention ends after its alias: with an optional asterisk, possessive ("’s", "'s", "’") and
    /// asterisk, the first of these in that order (the longest first) after which no letter or digit follows; null when none.
    /// </summary>
    private static int? EndWithSuffix(string text, int at)
    {
        foreach (var afterStar in StarOrNot(text, at))
        {
            foreach (var afterPossessive in PossessiveOrNot(text, afterStar))
            {
                foreach (var end in StarOrNot(text, afterPossessive))
                    if (end >= text.Length || !IsWordChar(text[end])) return end;
            }
        }
        return null;
    }

    private static IEnumerable<int> StarOrNot(string text, int at)
    {
        if (at < text.Length && text[at] == '*') yield return at + 1;
        yield return at;
    }

    private static IEnumerable<int> PossessiveOrNot(string text, int at)
    {
        if (at < text.Length && text[at] is '’' or '\'')
        {
            if (at + 1 < text.Length && text[at + 1] == 's') yield return at + 2;
            if (text[at] == '’') yield return at + 1;
        }
        yield return at;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

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
