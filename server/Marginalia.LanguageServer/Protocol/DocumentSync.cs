namespace Marginalia.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(
    VersionedTextDocumentIdentifier TextDocument,
    TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>With a range: replace that range. Without: the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(
    [property: System.Text.Json.Serialization.JsonConverter(typeof(DocumentTextConverter))] string Text, Range? Range = null);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text = null);
