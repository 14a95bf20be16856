using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Marginalia.Core.Tests.Corpus;

/// <summary>An item of the blind corpus (Corpus/blind): a snippet of a note testing one dated claim, labelled by its writer.</summary>
public sealed class BlindItem
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    public string Label { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Event { get; set; } = "";
    public string Claim { get; set; } = "";
    public string Truth { get; set; } = "";
    public string Form { get; set; } = "";

    public bool Right => Label == "right";
    public bool Frozen { get; set; }

    /// <summary>In the fresh test half (sets n and o, drawn in fresh.txt before any of them was run).</summary>
    public bool Fresh { get; set; }

    /// <summary>In the held-out half of sets p and q (drawn in held.txt before any of them was run).</summary>
    public bool Held { get; set; }

    /// <summary>In the final half of sets r and s (drawn in final.txt before any of them was run).</summary>
    public bool Final { get; set; }

    /// <summary>In the fifth half, of sets v and w (drawn in fifth.txt before any of them was run).</summary>
    public bool Fifth { get; set; }

    /// <summary>In the sixth half, of sets zb and zc (drawn in sixth.txt before any of them was run).</summary>
    public bool Sixth { get; set; }

    /// <summary>In the seventh half, of sets zd and ze (drawn in seventh.txt before any of them was run).</summary>
    public bool Seventh { get; set; }

    /// <summary>In a half measured only to report.</summary>
    public bool Tested => Frozen || Fresh || Held || Final || Fifth || Sixth || Seventh;

    /// <summary>The paper event the claim is about, or null for history beside the paper.</summary>
    public string? EventId => Event is "" or "none" ? null : Event;

    public override string ToString() => $"{Id} ({Kind}, {Label}): {Text.Trim()}";
}

/// <summary>
/// The blind corpus: files written without sight of the code. Of the first four (a–d), the frozen half (frozen.txt) is
/// measured only to report, and so are the fresh half of n–o (fresh.txt), the held-out half of p–q (held.txt), the final
/// half of r–s (final.txt), the fifth half of v–w (fifth.txt), the sixth of zb–zc (sixth.txt) and the seventh of zd–ze (seventh.txt); the rest
/// are for tuning.
/// </summary>
public static class BlindCorpus
{
    public static string Folder => Path.Combine(SentenceCorpus.Folder, "blind");

    private static readonly Lazy<IReadOnlyList<BlindItem>> Loaded = new(() =>
    {
        HashSet<string> Ids(string file) => File.ReadLines(Path.Combine(Folder, file)).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);
        var (frozen, fresh, held, final, fifth, sixth) = (Ids("frozen.txt"), Ids("fresh.txt"), Ids("held.txt"), Ids("final.txt"), Ids("fifth.txt"), Ids("sixth.txt"));
        var seventh = Ids("seventh.txt");
        return new[] { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "za", "zb", "zc", "zd", "ze" }
            .SelectMany(f => Read(Path.Combine(Folder, f + ".yaml")))
            .Select(i =>
            {
                (i.Frozen, i.Fresh, i.Held, i.Final, i.Fifth) = (frozen.Contains(i.Id), fresh.Contains(i.Id), held.Contains(i.Id), final.Contains(i.Id), fifth.Contains(i.Id));
                (i.Sixth, i.Seventh) = (sixth.Contains(i.Id), seventh.Contains(i.Id));
                return i;
            })
            .ToList<BlindItem>();
    });

    /// <summary>The items of one file of the corpus's form.</summary>
    public static List<BlindItem> Read(string path) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<List<BlindItem>>(File.ReadAllText(path));

    public static IReadOnlyList<BlindItem> All => Loaded.Value;
    public static IEnumerable<BlindItem> FrozenHalf => All.Where(i => i.Frozen);
    public static IEnumerable<BlindItem> FreshHalf => All.Where(i => i.Fresh);
    public static IEnumerable<BlindItem> TuningHalf => All.Where(i => !i.Tested);
}
