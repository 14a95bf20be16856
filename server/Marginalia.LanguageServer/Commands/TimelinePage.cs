using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Commands;

/// <summary>
/// The page `marginalia timeline` writes: the timeline view's bundle (the one the VS Code webview runs) and the data of
/// <c>marginalia/timeline</c>, both inline, under a content security policy that lets the page fetch nothing.
/// </summary>
internal static class TimelinePage
{
    /// <summary>The bundled view (dist/timeline.js, embedded at build), or null when this build has none.</summary>
    public static string? Renderer()
    {
        using var stream = typeof(TimelinePage).Assembly.GetManifestResourceStream("timeline.js");
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string Write(TimelineResult data, string renderer)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        // The serializer escapes <, > and & in strings, so the data cannot close its script element.
        var json = JsonSerializer.Serialize(data, LspJson.Options);
        var script = renderer.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; style-src-attr 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Marginalia timeline</title>
            </head>
            <body>
            <div id="marginalia-timeline"></div>
            <script type="application/json" id="marginalia-timeline-data">{json}</script>
            <script nonce="{nonce}">{script}</script>
            </body>
            </html>

            """;
    }
}
