using System.Reflection;

namespace Marginalia.Core.Sources;

/// <summary>
/// The paper Marginalia ships with, embedded in the assembly with its knowledge file: the
/// default when a workspace has no paper of its own.
/// </summary>
public static class ShippedPaper
{
    public const string FileName = "000_bf09360ec50d0df5.txt";
    public const string KnowledgeFileName = "000_bf09360ec50d0df5.knowledge.yaml";

    public static string ReadText() => ReadResource(FileName)
        ?? throw new InvalidOperationException($"the shipped paper {FileName} is missing from the build");

    /// <summary>The embedded knowledge file, or null when the build carries none.</summary>
    public static string? ReadKnowledge() => ReadResource(KnowledgeFileName);

    public static Paper Load() => Paper.FromText(FileName, ReadText());

    private static string? ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("seeds/" + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
