using System.Text.Json.Serialization;
using System.Text.Json;

namespace Marginalia.LanguageServer.Protocol;

// Hover

/// <summary><c>contents</c> is always markup here.</summary>
public sealed record Hover(MarkupContent Contents, Range? Range = null);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new(MarkupKind.Markdown, value);
}

public static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}

// Completion

public sealed record CompletionParams(
    TextDocumentIdentifier TextDocument,
    Position Position,
    CompletionContext? Context = null);

public sealed record CompletionContext(CompletionTriggerKind TriggerKind, string? TriggerCharacter = null);

public enum CompletionTriggerKind
{
    Invoked = 1,
    TriggerCharacter = 2,
    TriggerForIncompleteCompletions = 3,
}

/// <param name="Items">Written by <see cref="CompletionItemsConverter"/>: a <see cref="SerializedCompletionItems"/> as the bytes it holds.</param>
/// <param name="ItemDefaults">What every item has unless it says otherwise (LSP 3.17), for clients that list the property in
/// <c>textDocument.completion.completionList.itemDefaults</c>.</param>
public sealed record CompletionList(
    bool IsIncomplete,
    [property: JsonConverter(typeof(CompletionItemsConverter))] IReadOnlyList<CompletionItem> Items,
    CompletionItemDefaults? ItemDefaults = null);

public sealed record CompletionItemDefaults(Range? EditRange = null);

public sealed record CompletionItem
{
    public required string Label { get; init; }
    public CompletionItemLabelDetails? LabelDetails { get; init; }
    public CompletionItemKind? Kind { get; init; }
    public string? Detail { get; init; }
    public MarkupContent? Documentation { get; init; }
    public string? SortText { get; init; }
    public string? FilterText { get; init; }
    public string? InsertText { get; init; }
    /// <summary>A <see cref="Protocol.TextEdit"/> or an <see cref="InsertReplaceEdit"/>.</summary>
    public object? TextEdit { get; init; }
    public TextEdit[]? AdditionalTextEdits { get; init; }
    public object? Data { get; init; }
}

/// <summary>Shown in the list itself, not only on the highlighted item: right after the label, and at the row's end.</summary>
public sealed record CompletionItemLabelDetails(string? Detail = null, string? Description = null);

public sealed record InsertReplaceEdit(string NewText, Range Insert, Range Replace);

public enum CompletionItemKind
{
    Text = 1, Method = 2, Function = 3, Constructor = 4, Field = 5, Variable = 6, Class = 7, Interface = 8,
    Module = 9, Property = 10, Unit = 11, Value = 12, Enum = 13, Keyword = 14, Snippet = 15, Color = 16,
    File = 17, Reference = 18, Folder = 19, EnumMember = 20, Constant = 21, Struct = 22, Event = 23,
    Operator = 24, TypeParameter = 25,
}

// Definition and references (definition takes TextDocumentPositionParams)

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context);

public sealed record ReferenceContext(bool IncludeDeclaration);

// Code actions

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(Diagnostic[] Diagnostics, string[]? Only = null, int? TriggerKind = null);

public sealed record CodeAction
{
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public Diagnostic[]? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public WorkspaceEdit? Edit { get; init; }
    public Command? Command { get; init; }
}

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}

// Inlay hints

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range);

/// <summary><c>label</c> and <c>tooltip</c> are plain strings here.</summary>
public sealed record InlayHint(
    Position Position,
    string Label,
    InlayHintKind? Kind = null,
    string? Tooltip = null,
    bool? PaddingLeft = null,
    bool? PaddingRight = null);

public enum InlayHintKind
{
    Type = 1,
    Parameter = 2,
}

// Code lens

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

/// <summary>A lens with its command already filled in: nothing to resolve.</summary>
public sealed record CodeLens(Range Range, Command? Command = null);

// Rename

public sealed record PrepareRenameParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>The <c>{ range, placeholder }</c> form of the prepareRename result.</summary>
public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

// Commands

public sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments = null);
