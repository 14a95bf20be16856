using System.Diagnostics;
using Marginalia.Core.Checks;
using Marginalia.Core.Dates;
using Marginalia.Core.Notes;
using Marginalia.Core.Workspace;

namespace Marginalia.Benchmarks.Core;

/// <summary>
/// `-- --phases [lines...]`: a quick stopwatch split of checking one note (parse, dates, analysis, each check),
/// for finding where the time goes; BenchmarkDotNet's figures are the ones to report.
/// </summary>
public static class Phases
{
    public static void Run(IEnumerable<int> sizes)
    {
        var knowledge = Notes.Library.Knowledge;
        foreach (var lines in sizes)
        {
            var text = Notes.Write(lines);
            var repeat = Math.Max(1, 20_000 / lines);
            var times = new Dictionary<string, double>();
            void Time(string what, Action action)
            {
                var t = Stopwatch.GetTimestamp();
                action();
                times[what] = times.GetValueOrDefault(what) + Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }
            for (var warm = 0; warm < 2; warm++)
            {
                times.Clear();
                for (var r = 0; r < repeat; r++)
                {
                    Note note = null!;
                    NoteAnalysis analysis = null!;
                    Time("Note.Parse (incl. dates)", () => note = Note.Parse("/bench/note.md", text));
                    Time("  DateRecognizer alone", () => DateRecognizer.Recognize(note.Prose.Text));
                    Time("NoteAnalysis.Analyze", () => analysis = NoteAnalysis.Analyze(note, knowledge));
                    foreach (var check in NoteChecks.All) Time($"{check.GetType().Name}", () => check.Run(analysis).ToList());
                }
            }
            Console.WriteLine($"{lines} lines, ms per note (mean of {repeat}):");
            foreach (var (what, ms) in times) Console.WriteLine($"  {what,-28} {ms / repeat,10:0.000}");
        }
    }
}

/// <summary>`-- --patterns`: the time of each of the date recognizer's patterns over a 1,000-line note.</summary>
public static class PatternTimes
{
    public static void Run()
    {
        var text = Marginalia.Core.Notes.Note.Parse("/bench/note.md", Notes.Write(1_000)).Prose.Text;
        var methods = typeof(DateRecognizer).GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(System.Text.RegularExpressions.Regex) && m.GetParameters().Length == 0);
        foreach (var method in methods)
        {
            var regex = (System.Text.RegularExpressions.Regex)method.Invoke(null, null)!;
            for (var w = 0; w < 50; w++) regex.Count(text); // past tier-0 JIT
            Thread.Sleep(200);
            var t = Stopwatch.GetTimestamp();
            var count = 0;
            for (var i = 0; i < 20; i++) count = regex.Count(text);
            Console.WriteLine($"  {method.Name,-28} {Stopwatch.GetElapsedTime(t).TotalMilliseconds / 20,8:0.000} ms  {count} matches");
        }
    }
}
