namespace Marginalia.Core.Tests.Workspace;

/// <summary>A temporary folder with files, deleted on dispose.</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder(params (string Path, string Text)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "marginalia-core-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        foreach (var (path, text) in files) Write(path, text);
    }

    public string Root { get; }

    public string this[string relative] => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var full = this[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Copies the shipped paper (and, unless told otherwise, its knowledge) into a folder of the workspace.</summary>
    public void AddShippedPaper(string folder = "seeds", bool withKnowledge = true)
    {
        foreach (var file in Directory.GetFiles(TestPapers.SeedsFolder))
        {
            if (!withKnowledge && file.EndsWith(".yaml", StringComparison.Ordinal)) continue;
            File.Copy(file, Path.Combine(Directory.CreateDirectory(this[folder]).FullName, Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
