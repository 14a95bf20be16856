using Marginalia.Core.Sources;

namespace Marginalia.LanguageServer.Protocol;

/// <summary>
/// The one crossing between protocol and Core positions. Both are 0-based lines and UTF-16 columns,
/// so this is a change of type, never of numbers.
/// </summary>
public static class PositionConversions
{
    public static SourcePosition ToSource(this Position position) => new(position.Line, position.Character);
    public static SourceRange ToSource(this Range range) => new(range.Start.ToSource(), range.End.ToSource());
    public static Position ToProtocol(this SourcePosition position) => new(position.Line, position.Column);
    public static Range ToProtocol(this SourceRange range) => new(range.Start.ToProtocol(), range.End.ToProtocol());
}
