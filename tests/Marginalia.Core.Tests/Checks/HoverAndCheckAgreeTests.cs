using Marginalia.Core.Checks;
using Marginalia.Core.Tests.Corpus;
using Marginalia.Core.Workspace;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

/// <summary>
/// Hover and check read every date the same way: for each date of the example notes and of the blind corpus, the
/// hover card says the date disagrees exactly when a finding on that date says so, with the same code.
/// </summary>
public class HoverAndCheckAgreeTests
{
    private static readonly string[] DateCodes = ["MRG002", "MRG003", "MRG006"];

    public static TheoryData<string> Notes()
    {
        var notes = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPapers.RepositoryRoot, "examples", "notes"), "*.md").Order(StringComparer.Ordinal))
            notes.Add(Path.GetFileName(file));
        notes.Add("blind corpus");
        return notes;
    }

    private static IEnumerable<string> Texts(string name) => name == "blind corpus"
        ? BlindCorpus.All.Select(i => i.Text)
        : [File.ReadAllText(Path.Combine(TestPapers.RepositoryRoot, "examples", "notes", name))];

    [Theory]
    [MemberData(nameof(Notes))]
    public void Every_date_reads_the_same_in_the_hover_card_and_in_the_findings(string name)
    {
        var cards = new EventCards(Library.Knowledge, path => "file://" + path);
        var dates = 0;
        foreach (var text in Texts(name))
        {
            var note = Check(text);
            foreach (var mention in note.Note.Dates)
            {
                var range = note.Note.RangeOf(mention);
                var reading = DateReadings.Read(note.Analysis, mention);
                var found = note.Findings.Where(f => f.Range == range && DateCodes.Contains(f.Code)).Select(f => f.Code).ToList();
                var said = reading.Verdict == Verdict.Disagrees ? [reading.Code!] : new List<string>();
                Assert.True(said.SequenceEqual(found), $"'{mention.Text}' in «{text.Trim()}»: the reading says [{string.Join(", ", said)}], the findings [{string.Join(", ", found)}]");

                var card = NoteHover.At(note, range.Start, cards)?.Markdown ?? "";
                var cardSays = card.Contains($"disagrees ({reading.Code})", StringComparison.Ordinal) || card.Contains($"deny it ({reading.Code})", StringComparison.Ordinal);
                Assert.True(cardSays == (reading.Verdict == Verdict.Disagrees), $"'{mention.Text}' in «{text.Trim()}»: the hover card does not say what the check says:\n{card}");
                dates++;
            }
        }
        Assert.True(dates > 0);
    }
}
