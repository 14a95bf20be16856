using Marginalia.Core.Sources;

namespace Marginalia.Core.Tests.Sources;

public class TextFileTests
{
    [Fact]
    public void A_missing_file_is_named_in_the_message()
    {
        var e = Assert.Throws<InputException>(() => TextFile.Read("/nowhere/paper.txt"));
        Assert.Equal("/nowhere/paper.txt: file not found", e.Message);
    }

    [Fact]
    public void A_folder_is_named_as_one()
    {
        var e = Assert.Throws<InputException>(() => TextFile.Read(Path.GetTempPath()));
        Assert.EndsWith(": is a folder, not a file", e.Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var e = Assert.Throws<InputException>(() => TextFile.Decode("p.txt", "  \n"u8));
        Assert.Equal("p.txt: file is empty", e.Message);
    }

    [Fact]
    public void A_binary_file_is_refused_with_its_line()
    {
        var e = Assert.Throws<InputException>(() => TextFile.Decode("p.txt", "one\ntwo\0"u8));
        Assert.Equal("p.txt:2: looks like a binary file (it contains a NUL byte), not text", e.Message);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_line_of_the_first_bad_byte()
    {
        byte[] bytes = [.. "line one\nline two\nbad "u8, 0xE9, .. " here"u8];
        var e = Assert.Throws<InputException>(() => TextFile.Decode("notes.md", bytes));
        Assert.Equal("notes.md:3: is not valid UTF-8; save it as UTF-8", e.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        Assert.Equal("text", TextFile.Decode("p.txt", [0xEF, 0xBB, 0xBF, .. "text"u8]));
    }

    [Fact]
    public void Read_as_utf8_a_file_is_checked_the_same_and_loses_its_byte_order_mark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marginalia-{Guid.NewGuid():N}.md");
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "Kabul, 1989"u8]);
            Assert.Equal("Kabul, 1989"u8.ToArray(), TextFile.ReadUtf8(path));
            File.WriteAllBytes(path, [.. "line one\nbad "u8, 0xE9]);
            Assert.Equal($"{path}:2: is not valid UTF-8; save it as UTF-8", Assert.Throws<InputException>(() => TextFile.ReadUtf8(path)).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
