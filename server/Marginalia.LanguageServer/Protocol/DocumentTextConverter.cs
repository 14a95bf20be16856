using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marginalia.LanguageServer.Protocol;

/// <summary>
/// Reads a document's text as the client wrote it, lone surrogates included: a JavaScript client writes half a
/// surrogate pair as <c>\ud800</c> when an edit splits a pair, and System.Text.Json refuses that string, which
/// dropped the edit and put every later edit in the wrong place. Each UTF-16 unit is kept, so positions stay right.
/// </summary>
public sealed class DocumentTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) return reader.GetString(); // throws the usual JsonException
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            return Unescape(raw);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>A JSON string's raw content, unescaped unit by unit (a <c>\uXXXX</c> is one UTF-16 unit, paired or not).</summary>
    private static string Unescape(byte[] raw)
    {
        var text = new StringBuilder(raw.Length);
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\') continue;
            text.Append(Encoding.UTF8.GetString(raw, start, i - start));
            var escape = (char)raw[++i];
            switch (escape)
            {
                case 'u':
                    text.Append((char)ushort.Parse(Encoding.ASCII.GetString(raw, i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                default: text.Append(escape); break; // \" \\ \/
            }
            start = i + 1;
        }
        text.Append(Encoding.UTF8.GetString(raw, start, raw.Length - start));
        return text.ToString();
    }
}
