using Marginalia.Core.Checks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Marginalia.Core.Workspace;

/// <summary>
/// A workspace's settings: where its papers are, which files are notes, how loud each check is.
/// Read from <c>.marginalia.yaml</c> at the workspace root; the editor's settings override them.
/// </summary>
public sealed record WorkspaceSettings
{
    public const string FileName = ".marginalia.yaml";

    public static WorkspaceSettings Default { get; } = new();

    /// <summary>Folders or files holding the papers and their knowledge files, relative to the workspace root.</summary>
    public IReadOnlyList<string> Papers { get; init; } = ["seeds"];

    /// <summary>Globs of the notes, relative to the workspace root.</summary>
    public IReadOnlyList<string> Notes { get; init; } = ["**/*.md"];

    /// <summary>How the notes write numeric dates that read both ways ("07/05/2005"); unknown by default (MRG008 asks).</summary>
    public Dates.DateOrder DateOrder { get; init; } = Dates.DateOrder.Either;

    /// <summary>Severity per check code; a code not listed keeps its check's default.</summary>
    public IReadOnlyDictionary<string, Severity> Severity { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Folders never searched for notes.</summary>
    public static IReadOnlyList<string> SkippedFolders { get; } = [".git", "node_modules", "bin", "obj"];

    public Severity SeverityOf(string code, Severity fallback) => Severity.TryGetValue(code, out var s) ? s : fallback;

    /// <summary>The settings of the workspace at <paramref name="root"/>: its file when it has one, else the defaults.</summary>
    public static WorkspaceSettings Load(string root)
    {
        var path = Path.Combine(root, FileName);
        return Sources.FileSystem.Disk.FileExists(path) ? Parse(path, Sources.TextFile.Read(path, allowEmpty: true)) : Default;
    }

    public static WorkspaceSettings Parse(string path, string yaml)
    {
        YamlStream stream;
        try
        {
            stream = Sources.SafeYaml.Load(yaml, Sources.YamlLimits.File);
        }
        catch (YamlException e)
        {
            throw new InputException(path, (int)e.Start.Line, $"broken YAML: {(e.InnerException?.Message ?? e.Message).Split(" (Line:")[0].Trim()}");
        }
        if (stream.Documents.Count == 0) return Default;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InputException(path, 1, "settings must be a mapping (papers:, notes:, dateOrder:, severity:)");

        var settings = Default;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            var line = (int)keyNode.Start.Line;
            settings = key switch
            {
                "papers" => settings with { Papers = Strings(path, value, key) },
                "notes" => settings with { Notes = Strings(path, value, key) },
                "dateOrder" => settings with { DateOrder = Order(path, value) },
                "severity" => settings with { Severity = Severities(path, value) },
                _ => throw new InputException(path, line, $"unknown setting '{key}'; known: papers, notes, dateOrder, severity"),
            };
        }
        return settings;
    }

    /// <summary>Reads a severity name as the settings write it: off, hint, information (info), warning, error.</summary>
    public static Severity? ParseSeverity(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "off" or "none" => Checks.Severity.Off,
        "hint" => Checks.Severity.Hint,
        "information" or "info" => Checks.Severity.Information,
        "warning" or "warn" => Checks.Severity.Warning,
        "error" => Checks.Severity.Error,
        _ => null,
    };

    private static Dates.DateOrder Order(string path, YamlNode node) =>
        node is YamlScalarNode { Value: var text } && Dates.DateOrders.Parse(text) is { } order ? order
        : throw new InputException(path, (int)node.Start.Line, $"dateOrder must be one of {string.Join(", ", Dates.DateOrders.Names)}");

    private static IReadOnlyList<string> Strings(string path, YamlNode node, string key) => node switch
    {
        YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [s.Value!],
        YamlSequenceNode seq => seq.Children.Select(c => c is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)
            ? s.Value!
            : throw new InputException(path, (int)c.Start.Line, $"each entry of '{key}' must be a path or a glob")).ToList(),
        _ => throw new InputException(path, (int)node.Start.Line, $"'{key}' must be a list of paths or globs"),
    };

    private static Dictionary<string, Severity> Severities(string path, YamlNode node)
    {
        if (node is not YamlMappingNode map)
            throw new InputException(path, (int)node.Start.Line, "'severity' must map check codes to off, hint, information, warning or error");
        var result = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in map.Children)
        {
            var code = (k as YamlScalarNode)?.Value ?? "";
            var level = ParseSeverity((v as YamlScalarNode)?.Value)
                ?? throw new InputException(path, (int)v.Start.Line, $"severity of {code} must be off, hint, information, warning or error");
            result[code.ToUpperInvariant()] = level;
        }
        return result;
    }
}
