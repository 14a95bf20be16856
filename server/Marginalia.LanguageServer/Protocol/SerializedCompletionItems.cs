using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marginalia.LanguageServer.Protocol;

/// <summary>
/// Completion items serialized once, for a list sent again and again: the items after <c>[[</c> are the same on
/// every keystroke, so they are written to UTF-8 once and copied into each response. Only for items that hold
/// nothing of the request (the edit range goes in the list's <see cref="CompletionItemDefaults"/>).
/// </summary>
public sealed class SerializedCompletionItems(IReadOnlyList<CompletionItem> items) : IReadOnlyList<CompletionItem>
{
    /// <summary>The items as a JSON array, in the connection's options (<see cref="LspJson.Options"/>).</summary>
    public ReadOnlyMemory<byte> Utf8 { get; } = JsonSerializer.SerializeToUtf8Bytes(items.ToArray(), LspJson.Options);

    public CompletionItem this[int index] => items[index];
    public int Count => items.Count;
    public IEnumerator<CompletionItem> GetEnumerator() => items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Completion items as a JSON array: already serialized ones copied as they are, others written item by item.</summary>
public sealed class CompletionItemsConverter : JsonConverter<IReadOnlyList<CompletionItem>>
{
    public override IReadOnlyList<CompletionItem>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<CompletionItem[]>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<CompletionItem> value, JsonSerializerOptions options)
    {
        if (value is SerializedCompletionItems serialized) writer.WriteRawValue(serialized.Utf8.Span, skipInputValidation: true);
        else JsonSerializer.Serialize(writer, value as CompletionItem[] ?? [.. value], options);
    }
}
