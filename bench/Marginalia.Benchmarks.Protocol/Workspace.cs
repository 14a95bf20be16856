using System.Diagnostics;
using System.Text.Json;

namespace Marginalia.Benchmarks.Protocol;

/// <summary>
/// A generated workspace on disk: <c>notes/</c> with N notes of 10–60 lines (the same for the same N),
/// and <c>drafts/long-note.md</c>, the 2,000-line note the typing benchmark edits. No papers: the server
/// checks against the paper it ships.
/// </summary>
public sealed record Workspace(string Root, int NoteCount, IReadOnlyList<string> Notes, string LongNote)
{
    public const int LongNoteLines = 2_000;

    public string NotesFolder => Path.Combine(Root, "notes");

    /// <summary>The workspace for a size, written once and reused (a marker file says it is complete).</summary>
    public static Workspace Create(string parent, int notes, NoteWriter writer)
    {
        var root = Path.Combine(parent, $"notes-{notes}");
        var list = Enumerable.Range(0, notes)
            .Select(i => Path.Combine(root, "notes", (i / 100).ToString("D3"), $"note-{i:D5}.md")).ToList();
        var longNote = Path.Combine(root, "drafts", "long-note.md");
        var marker = Path.Combine(root, ".complete");
        if (!File.Exists(marker))
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            for (var i = 0; i < notes; i++)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(list[i])!);
                var lines = 10 + (int)((uint)HashCode.Combine(i, 7919) % 51);
                File.WriteAllText(list[i], writer.Write(lines, seed: i));
            }
            Directory.CreateDirectory(Path.GetDirectoryName(longNote)!);
            File.WriteAllText(longNote, writer.Write(LongNoteLines, seed: -1));
            File.WriteAllText(marker, "");
        }
        return new Workspace(root, notes, list, longNote);
    }

    /// <summary>The events and actor names of the shipped paper, as <c>marginalia events/actors --format json</c> lists them.</summary>
    public static NoteWriter WriterFrom(string marginaliaDll)
    {
        using var events = JsonDocument.Parse(RunForOutput(marginaliaDll, "events", "--format", "json"));
        using var actors = JsonDocument.Parse(RunForOutput(marginaliaDll, "actors", "--format", "json"));
        var facts = events.RootElement.EnumerateArray().Select(e => new EventFacts(
            e.GetProperty("id").GetString()!,
            DateOnly.Parse(e.GetProperty("date").GetProperty("start").GetString()!),
            e.GetProperty("date").GetProperty("precision").GetString()!,
            [.. e.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!)])).ToList();
        var names = actors.RootElement.EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToList();
        return new NoteWriter(facts, names);
    }

    private static string RunForOutput(string dll, params string[] arguments)
    {
        var start = LspConnection.StartInfo(dll, arguments);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000)) { process.Kill(); throw new TimeoutException($"{dll} {string.Join(' ', arguments)}"); }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{dll} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
