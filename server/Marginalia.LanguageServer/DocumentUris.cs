using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Marginalia.LanguageServer;

/// <summary>
/// The one place where <c>file:</c> URIs and file-system paths meet. Clients differ in how they write the same
/// file (<c>file:///c%3A/a%20b.md</c>, <c>file:///C:/a b.md</c>); both become one path, and so one key.
/// URIs of other schemes (<c>untitled:</c>) are kept as they are.
/// </summary>
public static class DocumentUris
{
    /// <summary>The key a document is stored under: its path for a file URI, the URI itself otherwise.</summary>
    public static string ToKey(string uri) => TryGetPath(uri, out var path) ? path : uri;

    /// <summary>The file-system path of a <c>file:</c> URI; false for any other scheme.</summary>
    public static bool TryGetPath(string uri, [NotNullWhen(true)] out string? path)
    {
        path = null;
        if (!uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return false;

        var rest = uri["file:".Length..];
        var end = rest.IndexOfAny(['?', '#']);
        if (end >= 0) rest = rest[..end];

        var host = "";
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = rest.IndexOf('/', 2);
            host = slash < 0 ? rest[2..] : rest[2..slash];
            rest = slash < 0 ? "/" : rest[slash..];
        }
        var decoded = Uri.UnescapeDataString(rest);

        if (IsDrivePath(decoded, 1))
        {
            // "/c:/notes" → "C:/notes": .NET and most tools spell drive letters in upper case.
            decoded = char.ToUpperInvariant(decoded[1]) + decoded[2..];
        }
        else if (host.Length > 0 && !host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            decoded = "//" + Uri.UnescapeDataString(host) + decoded;
        }

        path = Normalize(decoded);
        return true;
    }

    /// <summary>The <c>file:</c> URI of a path, written the way VS Code writes it (<c>file:///c%3A/a%20b.md</c>).</summary>
    public static string FromPath(string path)
    {
        var forward = path.Replace('\\', '/');
        var uri = new StringBuilder("file://");
        if (forward.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = forward.IndexOf('/', 2);
            uri.Append(slash < 0 ? forward[2..] : forward[2..slash]);
            forward = slash < 0 ? "/" : forward[slash..];
        }
        else if (IsDrivePath(forward, 0))
        {
            forward = "/" + char.ToLowerInvariant(forward[0]) + forward[1..];
        }
        else if (!forward.StartsWith('/'))
        {
            forward = "/" + Path.GetFullPath(path).Replace('\\', '/').TrimStart('/');
        }

        var segments = forward.Split('/');
        uri.Append(string.Join('/', segments.Select(Uri.EscapeDataString)));
        return uri.ToString();
    }

    private static bool IsDrivePath(string text, int at) =>
        text.Length >= at + 2 && char.IsAsciiLetter(text[at]) && text[at + 1] == ':' &&
        (text.Length == at + 2 || text[at + 2] is '/' or '\\');

    private static string Normalize(string path)
    {
        if (OperatingSystem.IsWindows()) path = path.Replace('/', '\\');
        else if (path.StartsWith("//", StringComparison.Ordinal)) return path; // a UNC share: nothing to resolve here
        // Only a path rooted on this system can be resolved (".." removed) without inventing a current directory.
        return Path.IsPathFullyQualified(path) ? Path.GetFullPath(path) : path;
    }
}
