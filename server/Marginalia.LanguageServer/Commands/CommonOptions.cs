using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marginalia.Core;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Workspace;

namespace Marginalia.LanguageServer.Commands;

/// <summary>Options and output conventions every terminal command shares.</summary>
internal static class CommonOptions
{
    /// <summary>Exit codes: 0 fine, 1 findings at error severity, 2 usage or input errors.</summary>
    public const int Ok = 0, Findings = 1, InputError = 2;

    public static Option<string> Format(params string[] formats) => new Option<string>("--format", "-f")
    {
        Description = $"Output format: {string.Join(", ", formats)}.",
        DefaultValueFactory = _ => formats[0],
    }.AcceptOnlyFromAmong(formats);

    public static Option<DirectoryInfo> Workspace() => new("--workspace", "-w")
    {
        Description = "The workspace folder whose papers (seeds/ by default, see .marginalia.yaml) are used. Default: the current folder.",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    /// <summary>The notes or folders of notes a command reads; none given is the workspace folder.</summary>
    public static Argument<string[]> Paths(string description = "Notes or folders of notes. Default: the workspace folder.") =>
        new("paths") { Description = description, Arity = ArgumentArity.ZeroOrMore };

    /// <summary>The workspace a command reads from and the notes its paths name.</summary>
    /// <param name="Missing">The paths that named no note, already printed.</param>
    /// <param name="HadProblems">Whether any input problem was printed: the workspace's or a path's.</param>
    public sealed record NoteInputs(PaperLibrary Library, WorkspaceSettings Settings, string[] Paths, IReadOnlyList<string> Notes,
        IReadOnlyList<InputException> Missing, bool HadProblems);

    /// <summary>
    /// Loads the workspace and finds the notes the paths name, printing every problem to <paramref name="error"/>; null
    /// when the workspace does not load.
    /// </summary>
    public static NoteInputs? LoadNotes(ParseResult result, Argument<string[]> paths, Option<DirectoryInfo> workspace, TextWriter error)
    {
        if (LoadWorkspace(result.GetValue(workspace)!, error, out var problems) is not { } loaded) return null;
        var (library, settings) = loaded;
        // (None given is the workspace's notes: "--workspace DIR" alone reads DIR's, not the current folder's.)
        var inputs = result.GetValue(paths) is { Length: > 0 } given ? given : [result.GetValue(workspace)!.FullName];
        var (notes, missing) = NoteFiles.Find(Directory.GetCurrentDirectory(), inputs, settings, library.Files);
        foreach (var problem in missing) WriteError(error, problem);
        return new NoteInputs(library, settings, inputs, notes, missing, problems || missing.Count > 0);
    }

    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// Loads the workspace's settings and papers, printing every problem to <paramref name="error"/>;
    /// null when the settings themselves are unreadable.
    /// </summary>
    public static (PaperLibrary Library, WorkspaceSettings Settings)? LoadWorkspace(DirectoryInfo workspace, TextWriter error, out bool hadProblems)
    {
        hadProblems = false;
        if (!workspace.Exists)
        {
            WriteError(error, workspace.FullName, null, File.Exists(workspace.FullName) ? "is a file, not a workspace folder" : "no such workspace folder");
            hadProblems = true;
            return null;
        }
        try
        {
            var settings = WorkspaceSettings.Load(workspace.FullName);
            var library = PaperLibrary.Load(workspace.FullName, settings);
            foreach (var problem in library.AllProblems)
            {
                WriteError(error, problem.Path, problem.Line, problem.Message);
                hadProblems = true;
            }
            return (library, settings);
        }
        catch (InputException e)
        {
            WriteError(error, e);
            hadProblems = true;
            return null;
        }
    }

    /// <summary>An input problem as one line: <c>path:line: error: problem</c>.</summary>
    public static void WriteError(TextWriter error, InputException e) => WriteError(error, e.Path, e.Line, e.Problem);

    private static void WriteError(TextWriter error, string path, int? line, string message) =>
        error.WriteLine($"{Printable(Relative(path))}{(line is { } l ? $":{l}" : "")}: error: {message}");

    /// <summary>
    /// A path fit for a line of output: control characters written as escapes, so a file named with a newline
    /// cannot forge a line of its own (a finding, to a script reading the output).
    /// </summary>
    public static string Printable(string path)
    {
        if (!path.Any(char.IsControl)) return path;
        var printable = new System.Text.StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            printable.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return printable.ToString();
    }

    /// <summary>A path as the user typed it: relative to the current folder when inside it.</summary>
    public static string Relative(string path)
    {
        if (!System.IO.Path.IsPathRooted(path)) return path;
        var relative = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
