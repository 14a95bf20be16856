using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Marginalia.Core.Sources;

/// <summary>How much YAML a file may hold once read: nesting depth and nodes counted with every alias expanded.</summary>
public readonly record struct YamlLimits(int MaxDepth, long MaxNodes)
{
    /// <summary>A note's front matter: a few keys, typed by hand on every keystroke.</summary>
    public static YamlLimits FrontMatter { get; } = new(MaxDepth: 32, MaxNodes: 10_000);

    /// <summary>A knowledge or settings file: thousands of events, never deeper than a few levels.</summary>
    public static YamlLimits File { get; } = new(MaxDepth: 64, MaxNodes: 5_000_000);
}

/// <summary>
/// Loads YAML that anyone may have typed, half-typed or pasted: nested thousands deep (YamlDotNet's reader
/// recurses, and a stack overflow kills the process), a bomb of nested aliases, or input on which YamlDotNet
/// throws something other than a <see cref="YamlException"/>. The events are read once, flat, and counted
/// before the document is built; every failure is a <see cref="YamlException"/> with the place it was found.
/// </summary>
public static class SafeYaml
{
    public static YamlStream Load(string yaml, YamlLimits limits)
    {
        Check(yaml, limits);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is not YamlException)
        {
            throw new YamlException(Mark.Empty, Mark.Empty, $"YAML that cannot be read: {e.Message}");
        }
        return stream;
    }

    /// <summary>Reads the events without building anything: depth and expanded size within the limits, or a <see cref="YamlException"/>.</summary>
    private static void Check(string yaml, YamlLimits limits)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(long Start, AnchorName Anchor)>();
        var sizes = new Dictionary<AnchorName, long>();
        long nodes = 0;
        var at = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                at = current.Start;
                switch (current)
                {
                    case SequenceStart or MappingStart:
                        if (open.Count >= limits.MaxDepth)
                            throw new YamlException(at, current.End, $"nested more than {limits.MaxDepth} levels deep");
                        open.Push((nodes, ((NodeEvent)current).Anchor));
                        nodes++;
                        break;
                    case SequenceEnd or MappingEnd when open.Count > 0:
                        var (start, anchor) = open.Pop();
                        if (!anchor.IsEmpty) sizes[anchor] = nodes - start;
                        break;
                    case Scalar scalar:
                        nodes++;
                        if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor] = 1;
                        break;
                    case AnchorAlias alias:
                        nodes += sizes.GetValueOrDefault(alias.Value, 1);
                        break;
                }
                if (nodes > limits.MaxNodes)
                    throw new YamlException(at, current.End,
                        $"more than {limits.MaxNodes:N0} values once its aliases are expanded (an alias bomb?)");
            }
        }
        catch (Exception e) when (e is not YamlException)
        {
            // YamlDotNet's own state errors (InvalidOperationException) say nothing a person can act on.
            throw new YamlException(at, at, $"incomplete YAML (an unclosed '[', '{{' or quote?): {e.GetType().Name}");
        }
    }
}
