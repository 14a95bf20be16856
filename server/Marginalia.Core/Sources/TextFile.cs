using System.Text;

namespace Marginalia.Core.Sources;

/// <summary>Reads a text file strictly: UTF-8 only, no binary, a clear <see cref="InputException"/> otherwise.</summary>
public static class TextFile
{
    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static string Read(string path, bool allowEmpty = false, long maxBytes = MaxBytes) =>
        Decode(path, ReadBytes(path, maxBytes), allowEmpty);

    /// <summary>
    /// A text file as UTF-8, checked as <see cref="Read"/> checks it, without a byte order mark: for keeping many
    /// files in memory at half the size of strings (decoding each when it is needed).
    /// </summary>
    public static byte[] ReadUtf8(string path, long maxBytes = MaxBytes)
    {
        var bytes = ReadBytes(path, maxBytes);
        var text = WithoutBom(bytes);
        Check(path, text);
        return text.Length == bytes.Length ? bytes : text.ToArray();
    }

    public static string Decode(string path, ReadOnlySpan<byte> bytes, bool allowEmpty = false)
    {
        bytes = WithoutBom(bytes);
        Check(path, bytes);
        var text = Encoding.UTF8.GetString(bytes);
        if (!allowEmpty && string.IsNullOrWhiteSpace(text)) throw new InputException(path, null, "file is empty");
        return text;
    }

    /// <summary>
    /// One open and as many reads as the file has bytes (a workspace of 10,000 notes is 10,000 of these at start-up).
    /// Only a regular file is opened — a FIFO would block, a device never end — and its length is not trusted:
    /// <c>/proc</c> files say 0 and hold text.
    /// </summary>
    private static byte[] ReadBytes(string path, long maxBytes)
    {
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing) throw new InputException(path, null, "file not found");
        if (kind == FileKind.Directory) throw new InputException(path, null, "is a folder, not a file");
        if (kind != FileKind.Regular) throw new InputException(path, null, $"is {FileKinds.Describe(kind)}, not a file; only regular files are read");
        try
        {
            using var file = FileSystem.Disk.OpenRead(path);
            var length = file.CanSeek ? file.Length : 0;
            if (length > maxBytes) throw TooLarge(path, length, maxBytes);
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length && file.Read(bytes, read, bytes.Length - read) is var n && n > 0) read += n;
            if (read < bytes.Length) return bytes[..read];
            // The length may have been a lie (or the file grew): read on until the end, within the limit.
            var probe = new byte[1];
            if (file.Read(probe, 0, 1) == 0) return bytes;
            using var rest = new MemoryStream();
            rest.Write(bytes);
            rest.Write(probe);
            var chunk = new byte[81920];
            while (file.Read(chunk, 0, chunk.Length) is var m && m > 0)
            {
                rest.Write(chunk, 0, m);
                if (rest.Length > maxBytes) throw TooLarge(path, rest.Length, maxBytes);
            }
            return rest.ToArray();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(path, null, "file not found");
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException && FileSystem.Disk.FolderExists(path))
        {
            throw new InputException(path, null, "is a folder, not a file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputException(path, null, $"cannot read the file: {e.Message}");
        }
    }

    private static InputException TooLarge(string path, long length, long maxBytes) =>
        new(path, null, $"file is {length / (1024 * 1024)} MB; the limit is {maxBytes / (1024 * 1024)} MB");

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    /// <summary>Text, not binary, and valid UTF-8; else an <see cref="InputException"/> with the line of the first bad byte.</summary>
    private static void Check(string path, ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0) throw new InputException(path, LineOf(bytes, nul), "looks like a binary file (it contains a NUL byte), not text");
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
            throw new InputException(path, LineOf(bytes, FirstInvalidUtf8(bytes)), "is not valid UTF-8; save it as UTF-8");
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..Math.Min(index, bytes.Length)].Count((byte)'\n') + 1;
}
