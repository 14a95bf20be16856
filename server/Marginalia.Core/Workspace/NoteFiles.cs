using Marginalia.Core.Sources;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Marginalia.Core.Workspace;

/// <summary>A note file as read from disk: its text as UTF-8, or why it could not be read.</summary>
public sealed record NoteFile(string Path, byte[]? Utf8, InputException? Problem);

/// <summary>The notes under a folder, found with the globs given and read: what <see cref="NoteIndex.Scan"/> takes.</summary>
public sealed record NotesRead(string Root, IReadOnlyList<string> Globs, IReadOnlyList<NoteFile> Files);

/// <summary>
/// Which files are notes: the settings' globs (<c>**/*.md</c>) under the given files or folders,
/// never the papers, <c>.git</c>, <c>node_modules</c>, <c>bin</c> or <c>obj</c>.
/// </summary>
public static class NoteFiles
{
    /// <summary>Notes larger than this are refused with a message rather than checked: no research note is 8 MB of prose.</summary>
    public const long MaxNoteBytes = 8L * 1024 * 1024;

    /// <summary>Reads a note strictly (UTF-8, not binary, at most <see cref="MaxNoteBytes"/>); empty notes are fine.</summary>
    public static string Read(string path) => Sources.TextFile.Read(path, allowEmpty: true, maxBytes: MaxNoteBytes);

    /// <summary>A note as UTF-8 (checked as <see cref="Read"/> checks it), or the problem reading it.</summary>
    public static NoteFile ReadUtf8(string path)
    {
        try
        {
            return new NoteFile(path, Sources.TextFile.ReadUtf8(path, MaxNoteBytes), null);
        }
        catch (InputException e)
        {
            return new NoteFile(path, null, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // Read on threads of their own at start-up: an exception escaping one would end the process.
            return new NoteFile(path, null, new InputException(path, null, $"cannot read the file: {e.Message}"));
        }
    }

    /// <summary>
    /// Every note under a folder, in path order, read on every core (a workspace of 10,000 notes is 10,000 files to
    /// open) by threads of its own: the thread pool stays free for whatever runs meanwhile (an editor's requests).
    /// </summary>
    public static NotesRead ReadAll(string root, WorkspaceSettings settings)
    {
        var (paths, problems) = Find(root, ["."], settings, new HashSet<string>());
        var files = new NoteFile[paths.Count + problems.Count];
        for (var i = 0; i < problems.Count; i++) files[paths.Count + i] = new NoteFile(problems[i].Path, null, problems[i]);
        var readers = Math.Max(1, Math.Min(Environment.ProcessorCount, paths.Count / 64));
        var threads = Enumerable.Range(0, readers).Select(first => new Thread(() =>
        {
            for (var i = first; i < paths.Count; i += readers) files[i] = ReadUtf8(paths[i]);
        }) { IsBackground = true, Name = "marginalia-read" }).ToList();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        return new NotesRead(root, settings.Notes, files);
    }

    /// <summary>The notes under each input, in a stable order; an input that does not exist is a problem, not a crash.</summary>
    public static (IReadOnlyList<string> Notes, IReadOnlyList<InputException> Problems) Find(
        string root, IEnumerable<string> inputs, WorkspaceSettings settings, IReadOnlySet<string> papers)
    {
        var notes = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<InputException>();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(Path.Combine(root, input));
            if (FileSystem.Disk.FileExists(full))
            {
                if (!papers.Contains(full)) notes.Add(full);
            }
            else if (FileSystem.Disk.FolderExists(full))
            {
                foreach (var note in Under(full, settings, problems)) if (!papers.Contains(note)) notes.Add(note);
            }
            else problems.Add(new InputException(input, null, "no such file or folder"));
        }
        return (notes.ToList(), problems);
    }

    /// <summary>Whether a file is a note of the workspace by its globs (for files that change on disk).</summary>
    public static bool IsNote(string root, string path, WorkspaceSettings settings) =>
        !IsInSkippedFolder(Path.GetRelativePath(root, path)) && Matcher(settings).Match(root, path).HasMatches;

    /// <summary>The deepest folder searched for notes, below the folder given.</summary>
    public const int MaxDepth = 128;

    /// <summary>The most files and folders looked at under one folder: a workspace of notes, not a whole disk.</summary>
    public const int MaxEntries = 500_000;

    /// <summary>
    /// The notes under a folder. The walk is ours, not the globbing library's: each real folder is entered once
    /// (a symlink back to a parent is a loop, two are an exponential walk), and it stops at a depth and a count
    /// of entries, each reported as a problem naming the folder.
    /// </summary>
    private static IEnumerable<string> Under(string folder, WorkspaceSettings settings, List<InputException> problems)
    {
        var files = new List<string>();
        var entered = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Real, int Depth)>();
        var disk = FileSystem.Disk;
        var start = disk.RealFolder(folder) ?? folder;
        entered.Add(start);
        pending.Push((folder, start, 0));
        var entries = 0;
        while (pending.Count > 0)
        {
            var (path, real, depth) = pending.Pop();
            IReadOnlyList<FolderEntry> children;
            try
            {
                children = disk.EntriesOf(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problems.Add(new InputException(path, null, $"cannot list the folder: {e.Message}"));
                continue;
            }
            foreach (var child in children)
            {
                if (++entries > MaxEntries)
                {
                    problems.Add(new InputException(folder, null, $"more than {MaxEntries:N0} files and folders under it; the notes after those were not read (set 'notes' in {WorkspaceSettings.FileName} to fewer folders)"));
                    return Matched(folder, settings, files);
                }
                if (!child.IsFolder)
                {
                    files.Add(child.FullPath);
                    continue;
                }
                if (WorkspaceSettings.SkippedFolders.Contains(child.Name)) continue;
                var childReal = child.IsLink ? disk.RealFolder(child.FullPath) : Path.Combine(real, child.Name);
                if (childReal is null || !entered.Add(childReal)) continue; // a dangling link, or a folder already walked (a loop)
                if (depth + 1 > MaxDepth)
                {
                    problems.Add(new InputException(child.FullPath, null, $"folders nested more than {MaxDepth} deep; the notes below were not read"));
                    continue;
                }
                pending.Push((child.FullPath, childReal, depth + 1));
            }
        }
        return Matched(folder, settings, files);
    }

    private static IEnumerable<string> Matched(string folder, WorkspaceSettings settings, List<string> files) =>
        Matcher(settings).Match(folder, files).Files
            .Select(f => Path.GetFullPath(Path.Combine(folder, f.Path)))
            .Where(p => !IsInSkippedFolder(Path.GetRelativePath(folder, p)));

    private static Matcher Matcher(WorkspaceSettings settings)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(settings.Notes);
        foreach (var skipped in WorkspaceSettings.SkippedFolders) matcher.AddExclude($"**/{skipped}/**");
        return matcher;
    }

    private static bool IsInSkippedFolder(string relative) =>
        relative.Split('/', '\\').SkipLast(1).Any(part => WorkspaceSettings.SkippedFolders.Contains(part));
}
