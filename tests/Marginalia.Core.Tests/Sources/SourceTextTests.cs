using Marginalia.Core.Sources;

namespace Marginalia.Core.Tests;

public class SourceTextTests
{
    [Fact]
    public void Positions_round_trip_across_line_break_styles()
    {
        var text = new SourceText("ab\r\ncd\ne\rf");
        Assert.Equal(4, text.LineCount);
        Assert.Equal(new SourcePosition(1, 1), text.GetPosition(5));
        Assert.Equal(5, text.GetOffset(new SourcePosition(1, 1)));
        Assert.Equal("cd", text.GetLine(1));
        Assert.Equal(new SourcePosition(3, 0), text.GetPosition(9));
    }

    [Fact]
    public void Out_of_range_positions_are_clamped_or_refused()
    {
        var text = new SourceText("one\ntwo");
        Assert.Null(text.TryGetOffset(new SourcePosition(5, 0)));
        Assert.Null(text.TryGetOffset(new SourcePosition(0, 9)));
        Assert.Equal(3, text.GetOffset(new SourcePosition(0, 99)));
        Assert.Equal(7, text.GetOffset(new SourcePosition(99, 0)));
    }
}
