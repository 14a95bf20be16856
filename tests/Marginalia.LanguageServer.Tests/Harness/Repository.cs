namespace Marginalia.LanguageServer.Tests.Harness;

/// <summary>The repository the tests run in: its root, the shipped paper's folder, the example notes, and scratch folders.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string ExampleNotes => Path.Combine(Root, "examples", "notes");

    /// <summary>A fresh empty folder, deleted when the test process ends is not guaranteed: callers delete it.</summary>
    public static string NewScratchFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "marginalia-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A scratch workspace holding the shipped paper and its knowledge under seeds/, plus the given notes.</summary>
    public static string NewWorkspace(params (string Path, string Text)[] notes)
    {
        var root = NewScratchFolder();
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "seeds")))
            File.Copy(file, Path.Combine(root, "seeds", Path.GetFileName(file)));
        foreach (var (path, text) in notes)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return root;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
