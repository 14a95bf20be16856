namespace Marginalia.LanguageServer.Protocol;

/// <summary>0-based line, 0-based UTF-16 column.</summary>
public sealed record Position(int Line, int Character);

/// <summary>End exclusive.</summary>
public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record LocationLink(
    string TargetUri,
    Range TargetRange,
    Range TargetSelectionRange,
    Range? OriginSelectionRange = null);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(DocumentTextConverter))] string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Only the <c>changes</c> form: edits by document URI.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);

/// <summary>Spec name <c>command</c> for the identifier; a C# member can't share its record's name.</summary>
public sealed record Command(
    string Title,
    [property: System.Text.Json.Serialization.JsonPropertyName("command")] string Name,
    object?[]? Arguments = null);

/// <summary>For methods the specification gives no params (shutdown, exit).</summary>
public readonly record struct NoParams;
