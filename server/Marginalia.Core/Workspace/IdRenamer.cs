using System.Text.RegularExpressions;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Marginalia.Core.Workspace;

/// <summary>A rename worked out: the edits to make, or why it cannot be made.</summary>
public sealed record RenamePlan(IReadOnlyList<FileEdit> Edits, string? Refusal = null)
{
    public static RenamePlan Refused(string reason) => new([], reason);
}

/// <summary>
/// Renames an event id everywhere it is written: every citation in every note of the workspace
/// (open or on disk), and its <c>id:</c> and every <c>anchor:</c> naming it in the curated knowledge file.
/// </summary>
public static partial class IdRenamer
{
    /// <summary>The cited event under the cursor, with the range of its id; null anywhere else.</summary>
    public static (Event Event, SourceRange Range)? Target(CheckedNote note, SourcePosition position) =>
        note.Note.ReferenceAt(position) is { } reference && note.Analysis.Knowledge.FindEvent(reference.Id) is { } e
            ? (e, reference.Range)
            : null;

    /// <summary>Why an event's id cannot be renamed, or null: its knowledge must be a file of the workspace.</summary>
    public static string? WhyNot(PaperLibrary library, Event e)
    {
        var knowledge = library.Knowledge.PaperOf(e);
        if (library.IsShippedDefault || knowledge?.KnowledgePath == ShippedPaper.KnowledgePath)
            return $"'{e.Id}' comes from the knowledge shipped inside Marginalia, which cannot be edited. Copy {ShippedPaper.KnowledgeFileName} into the workspace's papers folder to rename its events.";
        if (knowledge?.KnowledgePath is null)
            return $"'{e.Id}' was found by extraction from {e.Paper.FileName}; there is no knowledge file to rename it in.";
        return null;
    }

    /// <param name="read">The text of a file as the workspace holds it (the editor's when open), or null when it holds none; by default the knowledge file as loaded.</param>
    public static RenamePlan Plan(NoteIndex index, string key, SourcePosition position, string newName, Func<string, string?>? read = null, CancellationToken cancellationToken = default)
    {
        if (index.Get(key) is not { } note || Target(note, position) is not var (e, _))
            return RenamePlan.Refused("Only an event id cited in a note can be renamed.");
        if (!KebabCase().IsMatch(newName))
            return RenamePlan.Refused($"'{newName}' is not a valid event id: use lower-case letters, digits and single hyphens, like 'moscow-format-talks-2018'.");
        if (newName == e.Id) return new RenamePlan([]);
        var knowledge = index.Library.Knowledge;
        if (knowledge.FindEvent(newName) is { } taken)
            return RenamePlan.Refused($"'{newName}' is already the id of the event \"{taken.Title}\".");
        if (knowledge.FindActor(newName) is { } actor)
            return RenamePlan.Refused($"'{newName}' is already the id of the actor {actor.Name}.");
        if (WhyNot(index.Library, e) is { } reason) return RenamePlan.Refused(reason);

        var path = knowledge.PaperOf(e)!.KnowledgePath!;
        if ((read ?? index.Library.KnowledgeText)(path) is not { } yaml)
            return RenamePlan.Refused($"Marginalia holds no text of {path}: open or save it and try again.");
        var inKnowledge = IdsInKnowledge(yaml, e.Id);
        if (inKnowledge is null || !inKnowledge.Any(k => k.IsId))
            return RenamePlan.Refused($"Cannot find 'id: {e.Id}' among the events of {path}; save or fix the knowledge file and try again.");

        var edits = new List<FileEdit>();
        foreach (var found in inKnowledge) edits.Add(new FileEdit(path, found.Range, newName));
        foreach (var citation in index.ReferencesTo(e.Id))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReferenceFinder.IsPaperOrKnowledge(index, citation.Path)) continue;
            edits.Add(new FileEdit(citation.Path, citation.Range, newName));
        }
        return new RenamePlan(edits);
    }

    /// <summary>
    /// Where a knowledge file writes an event id: the value of the event's <c>id:</c> and of every <c>anchor:</c>
    /// naming it, without quotes. Null when the file is not readable YAML.
    /// </summary>
    public static IReadOnlyList<(SourceRange Range, bool IsId)>? IdsInKnowledge(string yaml, string id)
    {
        YamlStream stream;
        try
        {
            stream = SafeYaml.Load(yaml, YamlLimits.File);
        }
        catch (YamlException)
        {
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("events"), out var events) || events is not YamlSequenceNode list)
            return [];
        var text = new SourceText(yaml);
        var found = new List<(SourceRange, bool)>();
        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            foreach (var key in (string[])["id", "anchor"])
            {
                if (!item.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlScalarNode scalar || scalar.Value != id) continue;
                if (ValueRange(text, scalar, id) is { } range) found.Add((range, key == "id"));
            }
        }
        return found;
    }

    /// <summary>The id inside its scalar as written (plain or quoted).</summary>
    private static SourceRange? ValueRange(SourceText text, YamlScalarNode scalar, string id)
    {
        var start = text.GetOffset(new SourcePosition((int)scalar.Start.Line - 1, (int)scalar.Start.Column - 1));
        var end = text.GetOffset(new SourcePosition((int)scalar.End.Line - 1, (int)scalar.End.Column - 1));
        if (end < start) return null;
        var at = text.Text.IndexOf(id, start, end - start, StringComparison.Ordinal);
        return at < 0 ? null : text.GetRange(at, id.Length);
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
