namespace Marginalia.Core.Knowledge;

/// <summary>
/// An actor named in a text, by any alias. More than one actor when the alias is shared ("Kabul"), or when it
/// names an office ("the Russian President"): then <see cref="Office"/> is the office's title and the actors are
/// every holder of it, until the date of the sentence narrows them (<see cref="KnowledgeBase.HolderOf"/>).
/// </summary>
public sealed record ActorMention(int Start, int Length, string Alias, IReadOnlyList<Actor> Actors)
{
    public int End => Start + Length;
    public bool IsAmbiguous => Actors.Count > 1;

    /// <summary>The title of the office the alias names ("President of Russia" for "Russian President"), or null for a name.</summary>
    public string? Office { get; init; }

    /// <summary>The actors an office's alias names in its words, whose office it is: Russia in "President of Russia", "Russian President".</summary>
    public IReadOnlyList<Actor> Within { get; init; } = [];

    /// <summary>Whether the mention is written in the possessive: "Najibullah's", "Taliban’s*".</summary>
    public bool IsPossessive { get; init; }
}

/// <summary>
/// Finds actors in prose under every alias, with the forms the paper writes around them: the
/// asterisk after banned groups ("Taliban*"), possessives ("Putin’s", "Taliban’s*"). The longest
/// alias wins ("Vladimir Vladimirovich Putin" over "Putin", "Russian President" over "Russian").
/// An alias starts where no letter, digit or hyphen comes before it and ends where no letter or digit follows.
/// An office's aliases ("Russian President") name every holder of the office; written as a title before the name of
/// one of them ("Russian President Putin", "the Russian President, Vladimir Putin"), the title is no mention of its own.
/// </summary>
/// <remarks>
/// One pass over the text: from each place an alias may start, a walk down a trie of the aliases'
/// characters (a regex alternation of every alias cost ~0.35 ms per short note, most of the note's analysis).
/// </remarks>
public sealed class ActorMatcher
{
    private readonly Dictionary<string, List<Actor>> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _officeByAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Actor>> _withinByAlias = new(StringComparer.Ordinal);

    // The trie: node 0 is the root; a node's child by character (keyed node << 16 | character: a tuple key's
    // hashing was most of the walk); the alias that ends at a node, if any; the characters an alias starts with.
    private readonly Dictionary<long, int> _children = [];
    private readonly bool[] _startsAlias = new bool[char.MaxValue + 1];
    private readonly List<string?> _aliasAt = [null];

    /// <param name="actors">The actors, found under their names and aliases.</param>
    /// <param name="offices">Offices named on their own; an alias that is also an actor's name stays that actor's.</param>
    public ActorMatcher(IEnumerable<Actor> actors, IEnumerable<OfficeNames>? offices = null)
    {
        var all = actors as IReadOnlyCollection<Actor> ?? actors.ToList();
        foreach (var actor in all)
        {
            foreach (var alias in actor.Names.Select(Normalize).SelectMany(Spellings).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!_byAlias.TryGetValue(alias, out var list))
                {
                    _byAlias[alias] = list = [];
                    Add(alias);
                }
                if (!list.Contains(actor)) list.Add(actor);
            }
        }
        var officeAliases = new List<(string Alias, string Title, List<Actor> Holders)>();
        foreach (var office in offices ?? [])
        {
            var holders = HoldersOf(all, office.Title);
            if (holders.Count == 0) continue;
            foreach (var alias in office.Aliases.Select(Normalize).SelectMany(Spellings).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal))
                if (!_byAlias.ContainsKey(alias)) officeAliases.Add((alias, office.Title, holders));
        }
        // What an office's words name is read with the names alone, before the offices' aliases join the trie.
        foreach (var (alias, _, _) in officeAliases)
            _withinByAlias[alias] = [.. Find(alias).SelectMany(m => m.Actors).Distinct()];
        foreach (var (alias, title, holders) in officeAliases)
        {
            if (!_byAlias.TryAdd(alias, holders)) continue;
            _officeByAlias[alias] = title;
            Add(alias);
        }
    }

    /// <summary>The actors who held an office of a title at some time, earliest term first.</summary>
    internal static List<Actor> HoldersOf(IEnumerable<Actor> actors, string title) =>
        [.. actors.Where(a => a.Offices.Any(o => o.Title == title))
                  .OrderBy(a => a.Offices.Where(o => o.Title == title).Min(o => o.From?.Start ?? DateOnly.MinValue))];

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
                var possessive = text.AsSpan(ends[k], end - ends[k]).IndexOfAny('\'', '’') >= 0;
                var mention = _officeByAlias.TryGetValue(alias, out var office)
                    ? new ActorMention(i, end - i, alias, _byAlias[alias]) { Office = office, Within = _withinByAlias[alias], IsPossessive = possessive }
                    : new ActorMention(i, end - i, alias, _byAlias[alias]) { IsPossessive = possessive };
                if (found.Count > 0 && IsTitleOf(text, found[^1], mention)) found[^1] = mention;
                else found.Add(mention);
                next = end;
                break;
            }
            i = next;
        }
        return found;
    }

    /// <summary>
    /// Whether an office mention is the title of the name right after it ("Russian President Putin", "the US
    /// President, Barack Obama"): only spaces, or a comma and spaces, between them, and the name one of its holders.
    /// </summary>
    private static bool IsTitleOf(string text, ActorMention office, ActorMention name)
    {
        if (office.Office is null || name.Office is not null || !name.Actors.Any(office.Actors.Contains)) return false;
        var between = text.AsSpan(office.End, name.Start - office.End);
        if (between.Length > 0 && between[0] == ',') between = between[1..];
        return between.Length > 0 && !between.ContainsAnyExcept(' ', '\u00A0');
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

    /// <summary>Aliases shared by more than one actor (not an office's, which names each of its holders in turn).</summary>
    public IEnumerable<(string Alias, IReadOnlyList<Actor> Actors)> SharedAliases =>
        _byAlias.Where(kv => kv.Value.Count > 1 && !_officeByAlias.ContainsKey(kv.Key)).Select(kv => (kv.Key, (IReadOnlyList<Actor>)kv.Value));

    /// <summary>An alias as a keyboard writes it too: "Congress of People’s Deputies" and "Congress of People's Deputies".</summary>
    private static IEnumerable<string> Spellings(string alias)
    {
        yield return alias;
        if (alias.Contains('’')) yield return alias.Replace('’', '\'');
        if (alias.Contains('\'')) yield return alias.Replace('\'', '’');
    }

    private static string Normalize(string alias)
    {
        var a = alias.Trim().TrimEnd('*');
        foreach (var suffix in new[] { "’s", "'s", "’" })
            if (a.EndsWith(suffix, StringComparison.Ordinal)) a = a[..^suffix.Length];
        return a.TrimEnd('*');
    }
}
