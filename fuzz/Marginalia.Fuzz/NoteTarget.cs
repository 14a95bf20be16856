using System.Text;
using Marginalia.Core.Checks;
using Marginalia.Core.Notes;
using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Fuzz;

/// <summary>
/// The note parser and the checks, on any bytes read as a note (UTF-8, invalid sequences replaced, as a file is
/// read): parse, analysis, every check, the summary the index keeps, the hover card at each date and reference, the
/// inlay hints. A failure is what a user would meet: an exception (but Markdig's own limit on nesting, which
/// <see cref="NoteChecker"/> reports as a finding by design), or a finding, fix or hover whose range is not in the note.
/// </summary>
public static class NoteTarget
{
    private static readonly Lazy<(NoteChecker Checker, EventCards Cards)> Shipped = new(() =>
    {
        var library = PaperLibrary.Shipped();
        return (new NoteChecker(library, WorkspaceSettings.Default), new EventCards(library.Knowledge, path => new Uri(path).AbsoluteUri));
    });

    public static void Run(ReadOnlySpan<byte> input)
    {
        var text = Encoding.UTF8.GetString(input);
        var (checker, cards) = Shipped.Value;

        // What the server and `check` call: never an exception, whatever the text.
        var checkedNote = checker.Check("/fuzz/note.md", text);
        var source = new SourceText(text);
        foreach (var finding in checkedNote.Findings)
        {
            Expect(InText(source, finding.Range), $"{finding.Code} at {finding.Range} is outside the note");
            foreach (var edit in finding.Fixes.SelectMany(f => f.Edits))
                Expect(InText(source, edit.Range), $"a fix of {finding.Code} edits {edit.Range}, outside the note");
        }
        checkedNote.Summarize();

        // The same steps without the checker's safety net, so that an exception it would turn into MRG000 shows.
        CheckedNote direct;
        try
        {
            var note = Note.Parse("/fuzz/note.md", text);
            var analysis = NoteAnalysis.Analyze(note, checker.Library.Knowledge);
            direct = new CheckedNote(note, analysis, NoteChecks.Run(analysis, checker.Settings.SeverityOf));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException && e.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase))
        {
            return; // Markdig's limit: the note is reported as not read (MRG000), which the checker did above
        }
        foreach (var date in direct.Note.Dates) Hover(direct, direct.Note.RangeOf(date).Start, source, cards);
        foreach (var reference in direct.Note.References) Hover(direct, reference.Range.Start, source, cards);
        var whole = new SourceRange(new SourcePosition(0, 0), new SourcePosition(source.LineCount, 0));
        foreach (var hint in InlayHints.In(direct, whole))
            Expect(InText(source, new SourceRange(hint.Position, hint.Position)), $"an inlay hint at {hint.Position} is outside the note");
    }

    private static void Hover(CheckedNote note, SourcePosition at, SourceText source, EventCards cards)
    {
        if (NoteHover.At(note, at, cards) is { } card)
            Expect(InText(source, card.Range), $"a hover card at {at} covers {card.Range}, outside the note");
    }

    /// <summary>Both ends on a line of the text, at most at its end, and the start before the end.</summary>
    private static bool InText(SourceText source, SourceRange range) =>
        range.Start.CompareTo(range.End) <= 0 && source.TryGetOffset(range.Start) is not null && source.TryGetOffset(range.End) is not null;

    private static void Expect(bool condition, string failure)
    {
        if (!condition) throw new FuzzFailure(failure);
    }
}

/// <summary>An input broke a property the target checks (as opposed to an exception thrown by the code under test).</summary>
public sealed class FuzzFailure(string message) : Exception(message);
