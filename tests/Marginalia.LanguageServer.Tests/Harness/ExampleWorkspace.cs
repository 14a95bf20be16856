namespace Marginalia.LanguageServer.Tests;

/// <summary>
/// A temporary workspace holding copies of the repository's <c>seeds/</c> (the paper and its knowledge) and
/// <c>examples/notes/</c>: real notes on the real paper. Deleted on dispose.
/// </summary>
public sealed class ExampleWorkspace : IDisposable
{
    public ExampleWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "marginalia-" + Guid.NewGuid().ToString("N")[..8]);
        Copy(Path.Combine(RepositoryRoot, "seeds"), Path.Combine(Root, "seeds"));
        Copy(Path.Combine(RepositoryRoot, "examples", "notes"), Path.Combine(Root, "notes"));
    }

    public string Root { get; }

    public string PaperPath => Path.Combine(Root, "seeds", "000_bf09360ec50d0df5.txt");

    public string NotePath(string name) => Path.Combine(Root, "notes", name);

    public string NoteUri(string name) => DocumentUris.FromPath(NotePath(name));

    public string NoteText(string name) => File.ReadAllText(NotePath(name));

    public static string RepositoryRoot { get; } = FindRoot();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { } // a file still held open on Windows: the temp folder is cleaned later
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
