using System.Text;

namespace Marginalia.Core.Sources;

/// <summary>Reads a text file strictly: UTF-8 only, no binary, a clear <see cref="InputException"/> otherwise.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static string Read(string path, bool allowEmpty = false, long maxBytes = MaxBytes)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) throw new InputException(path, null, "is a folder, not a file");
            if (!info.Exists) throw new InputException(path, null, "file not found");
            if (info.Length > maxBytes) throw new InputException(path, null, $"file is {info.Length / (1024 * 1024)} MB; the limit is {maxBytes / (1024 * 1024)} MB");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"cannot read the file: {e.Message}");
        }
        return Decode(path, bytes, allowEmpty);
    }

    public static string Decode(string path, ReadOnlySpan<byte> bytes, bool allowEmpty = false)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0) throw new InputException(path, LineOf(bytes, nul), "looks like a binary file (it contains a NUL byte), not text");
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : 0;
            throw new InputException(path, LineOf(bytes, FirstInvalidUtf8(bytes, at)), "is not valid UTF-8; save it as UTF-8");
        }
        if (!allowEmpty && string.IsNullOrWhiteSpace(text)) throw new InputException(path, null, "file is empty");
        return text;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, int hint)
    {
        // The decoder's index is relative to its internal buffer; find the real first bad byte.
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? hint : read;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..Math.Min(index, bytes.Length)].Count((byte)'\n') + 1;
}
