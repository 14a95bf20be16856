using System.Text.Json;
using Marginalia.Core.Checks;
using Marginalia.Core.Workspace;

namespace Marginalia.LanguageServer;

/// <summary>
/// The editor's <c>marginalia</c> settings section ({papers, notes, dateOrder, severity: {MRG001: "error"…}}), laid
/// over the workspace's <c>.marginalia.yaml</c>: what the editor sets wins, what it leaves out keeps the file's value.
/// </summary>
public static class EditorSettings
{
    public static WorkspaceSettings Apply(WorkspaceSettings file, JsonElement? editor)
    {
        if (editor is not { ValueKind: JsonValueKind.Object } section) return file;
        var settings = file;
        if (Strings(section, "papers") is { Count: > 0 } papers) settings = settings with { Papers = papers };
        if (Strings(section, "notes") is { Count: > 0 } notes) settings = settings with { Notes = notes };
        if (section.TryGetProperty("dateOrder", out var order) && order.ValueKind == JsonValueKind.String
            && Marginalia.Core.Dates.DateOrders.Parse(order.GetString()) is { } dateOrder)
            settings = settings with { DateOrder = dateOrder };
        if (section.TryGetProperty("severity", out var severity) && severity.ValueKind == JsonValueKind.Object)
        {
            var merged = new Dictionary<string, Severity>(file.Severity, StringComparer.OrdinalIgnoreCase);
            foreach (var property in severity.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && WorkspaceSettings.ParseSeverity(property.Value.GetString()) is { } level)
                    merged[property.Name.ToUpperInvariant()] = level;
            }
            settings = settings with { Severity = merged };
        }
        return settings;
    }

    private static List<string>? Strings(JsonElement section, string name) =>
        section.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Where(s => s.Length > 0).ToList()
            : null;
}
