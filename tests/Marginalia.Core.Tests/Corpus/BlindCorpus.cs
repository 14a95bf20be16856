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

    /// <summary>The test half the item was drawn into before any of its set was run, or null for the tuning notes.</summary>
    public TestHalf? Half { get; set; }

    /// <summary>In a half measured only to report.</summary>
    public bool Tested => Half is not null;

    /// <summary>The paper event the claim is about, or null for history beside the paper.</summary>
    public string? EventId => Event is "" or "none" ? null : Event;

    public override string ToString() => $"{Id} ({Kind}, {Label}): {Text.Trim()}";
}

/// <summary>A test half: the ids drawn from some sets before any of their items was run, measured only to report.</summary>
public sealed record TestHalf(string File, string Name, string Sets);

/// <summary>
/// The blind corpus: every set of Corpus/blind, written without sight of the code. The items listed in a test half's file
/// (<see cref="BlindCorpus.Halves"/>) are measured only to report; the rest are for tuning.
/// </summary>
public static class BlindCorpus
{
    public static string Folder => Path.Combine(SentenceCorpus.Folder, "blind");

    /// <summary>The test halves, in the order they were drawn.</summary>
    public static IReadOnlyList<TestHalf> Halves { get; } =
    [
        new("frozen.txt", "frozen", "a–d"), new("fresh.txt", "fresh", "n–o"), new("held.txt", "held-out", "p–q"), new("final.txt", "final", "r–s"),
        new("fifth.txt", "fifth", "v–w"), new("sixth.txt", "sixth", "zb–zc"), new("seventh.txt", "seventh", "zd–ze"),
        new("eighth.txt", "eighth", "zf–zg"), new("ninth.txt", "ninth", "zk–zl"),
        new("tenth.txt", "tenth", "zm–zn"), new("eleventh.txt", "eleventh", "zo–zp"), new("twelfth.txt", "twelfth", "zq–zr"),
        new("thirteenth.txt", "thirteenth", "zs–zt"), new("fourteenth.txt", "fourteenth", "zv–zw"),
        new("fifteenth.txt", "fifteenth", "zzb–zzc"), new("sixteenth.txt", "sixteenth", "zzh–zzi"), new("seventeenth.txt", "seventeenth", "zzp–zzq"),
        new("eighteenth.txt", "eighteenth", "zzr–zzs"), new("nineteenth.txt", "nineteenth", "zzt–zzu"), new("twentieth.txt", "twentieth", "zzv–zzw"),
        new("twenty-first.txt", "twenty-first", "zzzb–zzzc"), new("twenty-second.txt", "twenty-second", "zzzh–zzzi"),
        new("twenty-third.txt", "twenty-third", "zzzr–zzzs"), new("twenty-fourth.txt", "twenty-fourth", "zzzt–zzzu"),
        new("twenty-fifth.txt", "twenty-fifth", "zzzx–zzzy"),
        new("twenty-sixth.txt", "twenty-sixth", "zzzzb–zzzzc"),
        new("twenty-seventh.txt", "twenty-seventh", "zzzzf–zzzzg"),
        new("twenty-eighth.txt", "twenty-eighth", "zzzzj–zzzzk"),
        new("twenty-ninth.txt", "twenty-ninth", "zzzzn–zzzzo"),
        new("thirtieth.txt", "thirtieth", "zzzzr–zzzzs"),
        new("thirty-first.txt", "thirty-first", "zzzzv–zzzzw"),
        new("thirty-second.txt", "thirty-second", "yaaaa–yaaab"),
        new("thirty-third.txt", "thirty-third", "yaaae–yaaaf"),
        new("thirty-fourth.txt", "thirty-fourth", "yaaai–yaaaj"),
        new("thirty-fifth.txt", "thirty-fifth", "yaaam–yaaan"),
        new("thirty-sixth.txt", "thirty-sixth", "yaaaq–yaaar"),
        new("thirty-seventh.txt", "thirty-seventh", "yaaav"),
        new("thirty-eighth.txt", "thirty-eighth", "yaaau"),
        new("thirty-ninth.txt", "thirty-ninth", "yaaay"),
        new("fortieth.txt", "fortieth", "yaabb"),
        new("forty-first.txt", "forty-first", "yaabc"),
        new("forty-second.txt", "forty-second", "yaabf"),
        new("forty-third.txt", "forty-third", "yaabj"),
        new("forty-fourth.txt", "forty-fourth", "yaabn"),
        new("forty-fifth.txt", "forty-fifth", "yaabo"),
        new("forty-sixth.txt", "forty-sixth", "yaabr"),
        new("forty-seventh.txt", "forty-seventh", "yaabu"),
        new("forty-eighth.txt", "forty-eighth", "yaabx"),
        new("forty-ninth.txt", "forty-ninth", "yaabz"),
        new("fiftieth.txt", "fiftieth", "yaacc"),
        new("fifty-first.txt", "fifty-first", "yaach"),
        new("fifty-second.txt", "fifty-second", "yaaci"),
        new("fifty-third.txt", "fifty-third", "yaacm"),
        new("fifty-fourth.txt", "fifty-fourth", "yaacn"),
        new("fifty-fifth.txt", "fifty-fifth", "yaacp"),
        new("fifty-sixth.txt", "fifty-sixth", "yaact"),
        new("fifty-seventh.txt", "fifty-seventh", "yaacv"),
        new("fifty-eighth.txt", "fifty-eighth", "yaacz"),
        new("fifty-ninth.txt", "fifty-ninth", "yaadb"),
        new("sixtieth.txt", "sixtieth", "yaadf"),
        new("sixty-first.txt", "sixty-first", "yaadh"),
        new("sixty-second.txt", "sixty-second", "yaadl"),
        new("sixty-third.txt", "sixty-third", "yaadn"),
        new("sixty-fourth.txt", "sixty-fourth", "yaadp"),
        new("sixty-fifth.txt", "sixty-fifth", "yaadr"),
        new("sixty-sixth.txt", "sixty-sixth", "yaadt"),
        new("sixty-seventh.txt", "sixty-seventh", "yaadv"),
        new("sixty-eighth.txt", "sixty-eighth", "yaadx"),
        new("sixty-ninth.txt", "sixty-ninth", "yaadz"),
        new("seventieth.txt", "seventieth", "yaaeb"),
        new("seventy-first.txt", "seventy-first", "yaaed"),
        new("seventy-second.txt", "seventy-second", "yaaef"),
        new("seventy-third.txt", "seventy-third", "yaaeh"),
        new("seventy-fourth.txt", "seventy-fourth", "yaaej"),
        new("seventy-fifth.txt", "seventy-fifth", "yaael"),
        new("seventy-sixth.txt", "seventy-sixth", "yaaen"),
        new("seventy-seventh.txt", "seventy-seventh", "yaaep"),
        new("seventy-eighth.txt", "seventy-eighth", "yaaer"),
        new("seventy-ninth.txt", "seventy-ninth", "yaaet"),
        new("eightieth.txt", "eightieth", "yaaev"),
        new("eighty-first.txt", "eighty-first", "yaaex"),
        new("eighty-second.txt", "eighty-second", "yaaez"),
        new("eighty-third.txt", "eighty-third", "yaafb"),
        new("eighty-fourth.txt", "eighty-fourth", "yaafd"),
        new("eighty-fifth.txt", "eighty-fifth", "yaaff"),
        new("eighty-sixth.txt", "eighty-sixth", "yaafh"),
        new("eighty-seventh.txt", "eighty-seventh", "yaafj"),
    ];

    private static readonly Lazy<IReadOnlyList<BlindItem>> Loaded = new(() =>
    {
        var halfOf = new Dictionary<string, TestHalf>(StringComparer.Ordinal);
        foreach (var half in Halves)
            foreach (var id in File.ReadLines(Path.Combine(Folder, half.File)).Where(l => l.Length > 0 && l[0] != '#')) halfOf.Add(id, half);
        // Every set of the folder (label-audit*.yaml are the audits' verdicts, not sets).
        return Directory.GetFiles(Folder, "*.yaml").Where(f => !Path.GetFileName(f).StartsWith("label-audit", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .SelectMany(Read)
            .Select(i => { i.Half = halfOf.GetValueOrDefault(i.Id); return i; })
            .ToList<BlindItem>();
    });

    /// <summary>The items of one file of the corpus's form.</summary>
    public static List<BlindItem> Read(string path) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<List<BlindItem>>(File.ReadAllText(path));

    public static IReadOnlyList<BlindItem> All => Loaded.Value;
}
