using System.Runtime.InteropServices;

namespace Marginalia.Core.Sources;

/// <summary>What a path is on disk, following symlinks: only a regular file is ever opened as a note or a paper.</summary>
public enum FileKind { Missing, Regular, Directory, Pipe, CharacterDevice, BlockDevice, Socket, Other }

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket before it is opened: opening a FIFO blocks until
/// someone writes to it, and <c>/dev/zero</c> never ends. .NET says only "file" for all of them, so on Linux
/// this asks <c>statx</c> (whose layout is the same on every architecture).
/// </summary>
public static class FileKinds
{
    public static FileKind Of(string path)
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

    /// <summary>What a refused file is, in words.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        _ => "not a regular file",
    };

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
