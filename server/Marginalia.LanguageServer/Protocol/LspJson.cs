using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marginalia.LanguageServer.Protocol;

/// <summary>How LSP messages are written and read: camelCase names, nulls left out, enums as numbers.</summary>
public static class LspJson
{
    /// <summary>Shared options for the server's own (de)serialization of params and results.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// A fresh instance, for handing to a formatter (formatters may add converters to the options they get).
    /// Non-nullable members and constructor parameters without defaults are required on input,
    /// so a message missing what the specification requires is refused as invalid params.
    /// </summary>
    public static JsonSerializerOptions CreateOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
