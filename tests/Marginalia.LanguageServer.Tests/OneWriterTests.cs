using System.Reflection;
using System.Text.RegularExpressions;
using Marginalia.LanguageServer.Features;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests;

/// <summary>
/// The workspace's state has one writer (<see cref="WorkspaceSession"/>'s loop over a closed set of changes); request and
/// notification handlers read a snapshot or post a change, and touch neither a lock of their own nor the file system.
/// What the compiler cannot see, the source can.
/// </summary>
public partial class OneWriterTests
{
    private static string Features => Path.Combine(Repository.Root, "server", "Marginalia.LanguageServer", "Features");

    /// <summary>Each source file under Features/, without its comments, by its path under Features/.</summary>
    private static IEnumerable<(string Path, string Code)> FeatureSources() =>
        Directory.EnumerateFiles(Features, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path.GetRelativePath(Features, path), Comments().Replace(File.ReadAllText(path), "")));

    /// <summary>A pattern, what it stands for, and a line it must catch (so a pattern that catches nothing fails).</summary>
    public static TheoryData<string, string, string> Forbidden => new()
    {
        { @"\block\s*\(|\bLock\b|\bSemaphoreSlim\b|\bMonitor\.|\bMutex\b|\bReaderWriterLock", "a lock", "lock (_gate) documents.Add(x);" },
        { @"(?<![\w.])(File|Directory|Path\.Exists|FileInfo|DirectoryInfo|FileStream|TextFile|FileSystem|NoteFiles)\b(?!Watcher)", "the file system", "var text = TextFile.Read(path) ?? File.ReadAllText(path);" },
        { @"(?<!WorkspaceChange)\.(SetOpen|FileChanged|FolderChanged|Scan|Closed|Close|Reconfigure)\(", "a change made to the notes' index but by the writer", "document.Index.FileChanged(key);" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void No_handler_takes(string pattern, string what, string caught)
    {
        Assert.Matches(pattern, caught);
        var found = FeatureSources()
            .SelectMany(source => Regex.Matches(source.Code, pattern).Select(m => $"{source.Path}: {m.Value}"))
            .ToList();
        Assert.True(found.Count == 0, $"Features/ must not use {what}; found {string.Join("; ", found)}");
    }

    /// <summary>
    /// What a handler calls in Core reads no file either: Core names the disk (its file system, strict reads, the walk,
    /// the loaders) only in the files of the door itself, the loaders and the writer's steps, never in the code that
    /// answers requests (renames, references, completion, cards, symbols, the timeline).
    /// </summary>
    [Fact]
    public void Core_reads_the_disk_only_in_the_door_the_loaders_and_the_writers_steps()
    {
        string[] allowed =
        [
            "Sources/FileSystem.cs", "Sources/Paper.cs", "Sources/ShippedPaper.cs", "Sources/TextFile.cs",
            "Workspace/NoteFiles.cs", "Workspace/NoteIndex.cs", "Workspace/PaperLibrary.cs", "Workspace/WorkspaceSettings.cs", "Workspace/WorkspaceSnapshot.cs",
        ];
        var core = Path.Combine(Repository.Root, "server", "Marginalia.Core");
        var reading = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => DiskCall().IsMatch(Comments().Replace(File.ReadAllText(path), "")))
            .Select(path => Path.GetRelativePath(core, path).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        Assert.Matches(DiskCall(), "var yaml = TextFile.Read(path);");
        Assert.Empty(reading.Except(allowed));
        Assert.Contains("Workspace/WorkspaceSnapshot.cs", reading); // the pattern still sees the writer's reads
    }

    [Fact]
    public void No_handler_holds_a_lock_in_a_field()
    {
        Type[] locks = [typeof(Lock), typeof(SemaphoreSlim), typeof(Mutex), typeof(ReaderWriterLockSlim), typeof(Monitor)];
        var held = typeof(RequestDocument).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Marginalia.LanguageServer.Features", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(f => (t, f)))
            .Where(x => locks.Contains(x.f.FieldType))
            .Select(x => $"{x.t.Name}.{x.f.Name}")
            .ToList();
        Assert.Empty(held);
    }

    [Fact]
    public void Only_the_session_applies_a_change_to_the_snapshot()
    {
        var server = Path.Combine(Repository.Root, "server", "Marginalia.LanguageServer");
        var applying = Directory.EnumerateFiles(server, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => Regex.IsMatch(Comments().Replace(File.ReadAllText(path), ""), @"(?<!EditorSettings)\.Apply\(|_current\s*="))
            .Select(path => Path.GetRelativePath(server, path))
            .ToList();
        Assert.Equal(["WorkspaceSession.cs"], applying);
    }

    [Fact]
    public void Only_the_publisher_sends_diagnostics()
    {
        var server = Path.Combine(Repository.Root, "server", "Marginalia.LanguageServer");
        var sending = Directory.EnumerateFiles(server, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => Comments().Replace(File.ReadAllText(path), "").Contains("PublishDiagnosticsAsync(", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(server, path))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["DiagnosticsPublisher.cs", "LanguageClient.cs"], sending); // the client's method, and its one caller
    }

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comments();

    [GeneratedRegex(@"\b(TextFile|FileSystem|NoteFiles)\.|\b(Paper|PaperLibrary|WorkspaceSettings)\.Load\(")]
    private static partial Regex DiskCall();
}
