using BenchmarkDotNet.Attributes;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Notes;
using Marginalia.Core.Sources;
using Marginalia.Core.Workspace;

namespace Marginalia.Benchmarks.Core;

/// <summary>Loading the shipped paper: reading text, passages, the curated knowledge and its validation.</summary>
[MemoryDiagnoser]
public class PaperLoading
{
    [Benchmark]
    public PaperLibrary LoadShippedPaper() => PaperLibrary.Shipped();
}

/// <summary>
/// Loading a knowledge file of many events, each anchored on the one before: it grows with the file, not with its
/// square (40,000 events once took 7 s, a million an hour). The test suite only checks that such a file loads whole.
/// </summary>
[MemoryDiagnoser]
public class KnowledgeLoading
{
    private Paper _paper = null!;
    private string _yaml = "";

    [Params(5_000, 20_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _paper = ShippedPaper.Load();
        var yaml = new System.Text.StringBuilder("paper: 000_bf09360ec50d0df5.txt\nevents:\n");
        for (var i = 0; i < Events; i++)
            yaml.Append("  - id: withdrawal-").Append(i).Append('\n')
                .Append("    title: The withdrawal\n    date: 15 February 1989\n")
                .Append(i == 0 ? "" : "    anchor: withdrawal-" + (i - 1) + "\n")
                .Append("    quote: \"It resulted in a complete withdrawal of the Soviet troops on 15 February 1989.\"\n");
        _yaml = yaml.ToString();
    }

    [Benchmark]
    public PaperKnowledge LoadChain() => KnowledgeLoader.Load(_paper, "big.knowledge.yaml", _yaml);
}

/// <summary>Parsing and checking one note: Markdig, references, dates, actors, claims, every check.</summary>
[MemoryDiagnoser]
public class NoteChecking
{
    private NoteChecker _checker = null!;
    private string _text = "";

    [Params(10, 1_000, 20_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _checker = new NoteChecker(Notes.Library, WorkspaceSettings.Default);
        _text = Notes.Write(Lines);
    }

    [Benchmark]
    public CheckedNote Check() => _checker.Check("/bench/note.md", _text);

    /// <summary>The date recognizer alone, the known hot spot.</summary>
    [Benchmark]
    public IReadOnlyList<DateMention> RecognizeDates() => DateRecognizer.Recognize(_text);
}

/// <summary>What hover, definition and completion do per request in a 1,000-line note.</summary>
[MemoryDiagnoser]
public class Queries
{
    private Note _note = null!;
    private NoteAnalysis _analysis = null!;
    private KnowledgeBase _knowledge = null!;
    private SourcePosition _onReference;
    private SourcePosition _nowhere;
    private ProseScope _scope = null!;
    private DateMention _date = null!;
    private string _prefix = "";

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = Notes.Library.Knowledge;
        _note = Note.Parse("/bench/note.md", Notes.Write(1_000));
        _analysis = NoteAnalysis.Analyze(_note, _knowledge);
        // The last reference: the worst case for a scan in text order.
        _onReference = _note.References[^1].Range.Start;
        _nowhere = new SourcePosition(_note.Text.LineCount - 1, 0);
        var uncited = _note.Prose.Scopes.First(s =>
            !_note.References.Any(r => s.Contains(r.Start)) && _note.Dates.Any(d => s.Contains(d.Start) && NoteAnalysis.IsStatedPoint(d)));
        _scope = uncited;
        _date = _note.Dates.First(d => uncited.Contains(d.Start) && NoteAnalysis.IsStatedPoint(d));
        _prefix = _knowledge.Events[0].Id[..6];
    }

    [Benchmark]
    public Reference? ReferenceAt() => _note.ReferenceAt(_onReference);

    [Benchmark]
    public Reference? ReferenceAtNothing() => _note.ReferenceAt(_nowhere);

    /// <summary>No Core completion service yet: what one must at least do, events whose id starts with what was typed.</summary>
    [Benchmark]
    public int CompleteEventId()
    {
        var count = 0;
        foreach (var e in _knowledge.Chronological)
            if (e.Id.StartsWith(_prefix, StringComparison.Ordinal)) count++;
        return count;
    }

    [Benchmark]
    public IReadOnlyList<EventMatch> RankInferredEvent() => EventInference.Rank(_analysis, _scope, _date);
}
