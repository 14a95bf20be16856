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
    }

    /// <summary>
    /// Every note under a folder, in path order, read on every core (a workspace of 10,000 notes is 10,000 files to
    /// open) by threads of its own: the thread pool stays free for whatever runs meanwhile (an editor's requests).
    /// </summary>
    public static NotesRead ReadAll(string root, WorkspaceSettings settings)
    {
        var (paths, _) = Find(root, ["."], settings, new HashSet<string>());
        var files = new NoteFile[paths.Count];
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
            if (File.Exists(full))
            {
                if (!papers.Contains(full)) notes.Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var note in Under(full, settings)) if (!papers.Contains(note)) notes.Add(note);
            }
            else problems.Add(new InputException(input, null, "no such file or folder"));
        }
        return (notes.ToList(), problems);
    }

    /// <summary>Whether a file is a note of the workspace by its globs (for files that change on disk).</summary>
    public static bool IsNote(string root, string path, WorkspaceSettings settings) =>
        !IsInSkippedFolder(Path.GetRelativePath(root, path)) && Matcher(settings).Match(root, path).HasMatches;

    private static IEnumerable<string> Under(string folder, WorkspaceSettings settings) =>
        Matcher(settings).GetResultsInFullPath(folder)
            .Where(p => !IsInSkippedFolder(Path.GetRelativePath(folder, p)))
            .Select(Path.GetFullPath);

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
