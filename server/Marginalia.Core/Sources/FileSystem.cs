using System.Runtime.InteropServices;

namespace Marginalia.Core.Sources;

/// <summary>What a path is on disk, following symlinks: only a regular file is ever opened as a note or a paper.</summary>
public enum FileKind { Missing, Regular, Directory, Pipe, CharacterDevice, BlockDevice, Socket, Other }

/// <summary>An entry of a folder as a walk sees it: a folder (perhaps through a symlink) or anything else.</summary>
public sealed record FolderEntry(string Name, string FullPath, bool IsFolder, bool IsLink);

/// <summary>
/// Core's one door to the disk: every read, listing and test of a path goes through here (BannedSymbols.txt
/// refuses System.IO's file types anywhere else in Core). It refuses by kind, not by accident: a FIFO is never
/// opened (that blocks), a device never read (that never ends).
/// </summary>
public interface IFileSystem
{
    FileKind KindOf(string path);
    bool FileExists(string path);
    bool FolderExists(string path);

    /// <summary>The files directly in a folder (not below it).</summary>
    IEnumerable<string> FilesIn(string folder);

    /// <summary>The entries directly in a folder, in name order; inaccessible ones left out.</summary>
    IReadOnlyList<FolderEntry> EntriesOf(string folder);

    /// <summary>The folder a path names with every symlink along it resolved; null when it leads nowhere.</summary>
    string? RealFolder(string path);

    /// <summary>Opens a file for reading, shared with writers; callers check <see cref="KindOf"/> first.</summary>
    Stream OpenRead(string path);
}

/// <summary>The file system Core uses: the disk.</summary>
public static class FileSystem
{
    public static IFileSystem Disk { get; } = new DiskFileSystem();
}

#pragma warning disable RS0030 // the one place Core touches System.IO's files and folders
internal sealed class DiskFileSystem : IFileSystem
{
    private static readonly EnumerationOptions TopLevel = new() { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };

    public bool FileExists(string path) => File.Exists(path);
    public bool FolderExists(string path) => Directory.Exists(path);
    public IEnumerable<string> FilesIn(string folder) => Directory.EnumerateFiles(folder);

    public IReadOnlyList<FolderEntry> EntriesOf(string folder) =>
        [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", TopLevel)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new FolderEntry(e.Name, e.FullName, e is DirectoryInfo, e.LinkTarget is not null))];

    public Stream OpenRead(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.None);

    public string? RealFolder(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var parent = Path.GetDirectoryName(full);
            var realParent = parent is null ? null : RealFolder(parent);
            var here = realParent is null ? full : Path.Combine(realParent, Path.GetFileName(full));
            var info = new DirectoryInfo(here);
            if (info.LinkTarget is null) return info.Exists ? here : null;
            return info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } target ? RealFolder(target.FullName) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // a link that loops on itself
        }
    }

    /// <summary>
    /// .NET says only "file" for a FIFO, a device or a socket, so on Linux this asks <c>statx</c> (whose layout is the
    /// same on every architecture); elsewhere an existing non-folder is taken for a regular file.
    /// </summary>
    public FileKind KindOf(string path)
    {
        if (Directory.Exists(path)) return FileKind.Directory;
        if (!File.Exists(path)) return FileKind.Missing;
        if (!OperatingSystem.IsLinux()) return FileKind.Regular;
        return StatxMode(path) is not { } mode ? FileKind.Regular : (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Pipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    private static ushort? StatxMode(string path)
    {
        const int AtFdCwd = -100, StatxType = 1;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // a libc without statx (before glibc 2.28): trust .NET
        }
        return MemoryMarshal.Read<ushort>(buffer.AsSpan(28)); // stx_mode
    }

    // DllImport, not LibraryImport: the generated stub would need unsafe code in Core for one call.
    [DllImport("libc", EntryPoint = "statx", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string pathname, int flags, uint mask, [Out] byte[] buffer);
}
#pragma warning restore RS0030

/// <summary>What a refused file is, in words.</summary>
public static class FileKinds
{
    public static FileKind Of(string path) => FileSystem.Disk.KindOf(path);

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        _ => "not a regular file",
    };
}
