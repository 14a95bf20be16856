using Marginalia.Core.Sources;

namespace Marginalia.Core.Tests;

/// <summary>The shipped paper, loaded once for all tests, and the repository's folders.</summary>
public static class TestPapers
{
    private static readonly Lazy<Paper> Shipped = new(ShippedPaper.Load);

    public static Paper Russia => Shipped.Value;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
