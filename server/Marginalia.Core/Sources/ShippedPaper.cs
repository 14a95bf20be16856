using System.Reflection;

namespace Marginalia.Core.Sources;

/// <summary>
/// The paper Marginalia ships with, embedded in the assembly with its knowledge file: the
/// default when a workspace has no paper of its own. The build also copies it beside the
/// server (seeds/), so that an editor can open the passages it points to.
/// </summary>
public static class ShippedPaper
{
    public const string FileName = "000_bf09360ec50d0df5.txt";
    public const string KnowledgeFileName = "000_bf09360ec50d0df5.knowledge.yaml";

    /// <summary>Where the paper lies beside the server, or its bare name when the copy is missing.</summary>
    public static string Path
    {
        get
        {
            var beside = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", FileName);
            return FileSystem.Disk.FileExists(beside) ? beside : FileName;
        }
    }

    public static string KnowledgePath => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path) ?? "", KnowledgeFileName);

    public static string ReadText() => ReadResource(FileName)
        ?? throw new InvalidOperationException($"the shipped paper {FileName} is missing from the build");

    /// <summary>The embedded knowledge file, or null when the build carries none.</summary>
    public static string? ReadKnowledge() => ReadResource(KnowledgeFileName);

    public static Paper Load() => Paper.FromText(Path, ReadText());

    private static string? ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("seeds/" + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
