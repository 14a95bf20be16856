using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Marginalia.Core.Tests.Corpus;

/// <summary>A sentence of the calibration corpus: what it is about ("none": no event of the paper), and whether its date is right.</summary>
public sealed class CorpusSentence
{
    public string About { get; set; } = "";
    public bool Right { get; set; }

    /// <summary>A wrong sentence's wrong date, exactly as written: the range a finding must cover.</summary>
    public string? Wrong { get; set; }
    public string Text { get; set; } = "";

    public bool OffTopic => About == "none";

    public override string ToString() => Text;
}

/// <summary>The sentences of Corpus/sentences.yaml: uncited ones for MRG003, cited ones for MRG002.</summary>
public sealed class SentenceCorpus
{
    public List<CorpusSentence> Uncited { get; set; } = [];
    public List<CorpusSentence> Cited { get; set; } = [];

    public static string Folder => Path.Combine(TestPapers.RepositoryRoot, "tests", "Marginalia.Core.Tests", "Corpus");

    private static readonly Lazy<SentenceCorpus> Loaded = new(() =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<SentenceCorpus>(File.ReadAllText(Path.Combine(Folder, "sentences.yaml"))));

    public static SentenceCorpus Shipped => Loaded.Value;
}
