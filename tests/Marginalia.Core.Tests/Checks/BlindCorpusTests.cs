using System.Text;
using Marginalia.Core.Checks;
using Marginalia.Core.Tests.Corpus;
using Marginalia.Core.Workspace;
using Xunit.Abstractions;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

/// <summary>
/// The checks measured on the blind corpus (Corpus/blind): notes written from the paper alone by writers who never
/// saw the code. The figures of the test halves are pinned in Corpus/blind/results.md, which the README quotes; the
/// tuning half is printed for the developer (set MARGINALIA_CORPUS_DETAILS to a file to get every miss and alarm).
/// </summary>
public class BlindCorpusTests(ITestOutputHelper output)
{
    /// <summary>Findings a user reads as "this date is wrong": every code but the hint MRG008.</summary>
    private static bool Alarms(Finding f) => f.Code != "MRG008";

    private sealed record Outcome(BlindItem Item, CheckedNote Note)
    {
        public IReadOnlyList<Finding> Alarms => Note.Findings.Where(BlindCorpusTests.Alarms).ToList();

        /// <summary>The place of the claim under test in the note (the whole note when the writer's quote is not found).</summary>
        public (int Start, int End) Claim
        {
            get
            {
                var at = Item.Claim.Length == 0 ? -1 : Item.Text.IndexOf(Item.Claim, StringComparison.Ordinal);
                return at < 0 ? (0, Item.Text.Length) : (at, at + Item.Claim.Length);
            }
        }

        /// <summary>A finding on the claim's sentence: the claim's own words, or the line that holds them.</summary>
        public IEnumerable<Finding> OnClaim => Alarms.Where(f =>
        {
            var (start, end) = Claim;
            var text = Note.Note.Text;
            var (from, to) = (text.GetOffset(f.Range.Start), text.GetOffset(f.Range.End));
            var lineStart = Item.Text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
            var lineEnd = Item.Text.IndexOf('\n', end) is var e && e < 0 ? Item.Text.Length : e;
            return from < lineEnd && lineStart < to;
        });

        public bool FalseAlarm => Item.Right && Alarms.Count > 0;
        public bool Caught => !Item.Right && OnClaim.Any();

        /// <summary>A catch whose finding names the event the claim is about (history beside the paper names none).</summary>
        public bool NamesRightEvent => Item.EventId is not { } id || Item.Kind is "order" or "relative" || OnClaim.Any(f => f.Message.Contains($"'{id}'", StringComparison.Ordinal));

        /// <summary>A fix marked preferred on a right note, or naming another event than the claim's.</summary>
        public bool BadPreferredFix => Alarms.Any(f => f.Fixes.Any(x => x.IsPreferred)) && (Item.Right || !NamesRightEvent);
    }

    private static readonly Lazy<IReadOnlyList<Outcome>> Checked = new(() =>
        BlindCorpus.All.Select(i => new Outcome(i, Check(i.Text))).ToList());

    /// <summary>
    /// The test halves as a writer who set <c>dateOrder: dayFirst</c> would have them checked: the writers' brief wrote
    /// numeric dates day first ("15/02/1989"), so a day and month swapped there ("07/05/2005" for 5 July) is a wrong date.
    /// </summary>
    private static readonly Lazy<IReadOnlyList<Outcome>> CheckedDayFirst = new(() =>
        BlindCorpus.All.Where(i => i.Tested).Select(i => new Outcome(i, Check(i.Text, WorkspaceSettings.Default with { DateOrder = Marginalia.Core.Dates.DateOrder.DayFirst }))).ToList());

    private static readonly string[] Rows = ["cited", "uncited", "order", "relative", "hedge", "range", "beside"];

    /// <summary>Each date check with the kinds of claim it is for (hedged dates and ranges are cited or not: any check may catch them).</summary>
    private static readonly (string Code, string[] Kinds)[] PerCheck =
        [("MRG002", ["cited"]), ("MRG003", ["uncited"]), ("MRG006", ["order", "relative"])];

    /// <summary>The table of a half: per kind, wrong claims caught and right ones flagged.</summary>
    private static string Table(IEnumerable<Outcome> half, IEnumerable<Outcome>? dayFirst = null)
    {
        var outcomes = half.ToList();
        var table = new StringBuilder();
        table.AppendLine("| kind | wrong caught | right flagged (false alarms) | findings naming the wrong event |");
        table.AppendLine("| --- | --- | --- | --- |");
        foreach (var kind in Rows.Append("all"))
        {
            var rows = outcomes.Where(o => kind == "all" || o.Item.Kind == kind).ToList();
            var wrong = rows.Where(o => !o.Item.Right).ToList();
            var right = rows.Where(o => o.Item.Right).ToList();
            table.AppendLine($"| {kind} | {Ratio(wrong.Count(o => o.Caught), wrong.Count)} | {Ratio(right.Count(o => o.FalseAlarm), right.Count)} | "
                + $"{wrong.Count(o => o.Caught && !o.NamesRightEvent)} |");
        }
        table.AppendLine();
        table.AppendLine("| check | wrong claims of its kind caught | right sentences it flagged (all kinds) |");
        table.AppendLine("| --- | --- | --- |");
        var allRight = outcomes.Where(o => o.Item.Right).ToList();
        foreach (var (code, kinds) in PerCheck)
        {
            var wrong = outcomes.Where(o => !o.Item.Right && kinds.Contains(o.Item.Kind)).ToList();
            table.AppendLine($"| {code} | {Ratio(wrong.Count(o => o.OnClaim.Any(f => f.Code == code)), wrong.Count)} | "
                + $"{Ratio(allRight.Count(o => o.Alarms.Any(f => f.Code == code)), allRight.Count)} |");
        }
        var beside = outcomes.Where(o => o.Item.Kind == "beside").ToList();
        table.AppendLine($"| any, on right facts beside the paper | — | {Ratio(beside.Count(o => o.FalseAlarm), beside.Count)} |");
        table.AppendLine();
        if (dayFirst?.ToList() is { } first)
        {
            var cited = first.Where(o => o.Item.Kind == "cited" && !o.Item.Right).ToList();
            var right = first.Where(o => o.Item.Right).ToList();
            table.AppendLine($"With `dateOrder: dayFirst` (the writers' brief wrote numeric dates day first): cited wrong dates caught {Ratio(cited.Count(o => o.Caught), cited.Count)}, "
                + $"all wrong claims caught {Ratio(first.Count(o => !o.Item.Right && o.Caught), first.Count(o => !o.Item.Right))}, right sentences flagged {Ratio(right.Count(o => o.FalseAlarm), right.Count)}.");
        }
        table.AppendLine($"Preferred fixes on a right note or naming the wrong event: {outcomes.Count(o => o.BadPreferredFix)}.");
        return table.ToString();
    }

    private static string Ratio(int n, int of) => of == 0 ? "—" : $"{n}/{of} ({100.0 * n / of:0.#} %)";

    private static string Results() =>
        "# Results on the test halves of the blind corpus\n\n"
        + "Written by `BlindCorpusTests` (tests/Marginalia.Core.Tests/Checks); a change in the figures fails the test until this file is\n"
        + "updated with `MARGINALIA_UPDATE_RESULTS=1 dotnet test --filter BlindCorpus`. The test halves are measured only to report.\n\n"
        + string.Join("\n", BlindCorpus.Halves.Select(h => $"## The {h.Name} half (sets {h.Sets}, {Checked.Value.Count(o => o.Item.Half == h)} items)\n\n" + Table(Checked.Value.Where(o => o.Item.Half == h), CheckedDayFirst.Value.Where(o => o.Item.Half == h))));

    [Fact]
    public void The_frozen_half_gives_the_figures_the_readme_quotes()
    {
        var path = Path.Combine(BlindCorpus.Folder, "results.md");
        var results = Results();
        output.WriteLine(results);
        if (Environment.GetEnvironmentVariable("MARGINALIA_UPDATE_RESULTS") == "1") File.WriteAllText(path, results);
        Assert.Equal(File.ReadAllText(path), results);
        var readme = File.ReadAllText(Path.Combine(TestPapers.RepositoryRoot, "README.md"));
        // Each half's tables whole, with its day-first line: the README once kept check tables that no longer held.
        foreach (var half in BlindCorpus.Halves)
            Assert.Contains(Table(Checked.Value.Where(o => o.Item.Half == half), CheckedDayFirst.Value.Where(o => o.Item.Half == half)).Trim(), readme.Replace("\r\n", "\n"));
    }

    [Fact]
    public void The_tuning_half()
    {
        var tuning = Checked.Value.Where(o => !o.Item.Tested).ToList();
        output.WriteLine(Table(tuning));
        if (Environment.GetEnvironmentVariable("MARGINALIA_CORPUS_DETAILS") is { Length: > 0 } file)
        {
            // MARGINALIA_PROBE names a file of items in the corpus's form, to read the way the tuning half is read.
            var probed = Environment.GetEnvironmentVariable("MARGINALIA_PROBE") is { Length: > 0 } probe
                ? BlindCorpus.Read(probe).Select(i => new Outcome(i, Check(i.Text))).ToList()
                : tuning.Where(o => o.FalseAlarm || (!o.Item.Right && !o.Caught) || (o.Caught && !o.NamesRightEvent)).ToList();
            File.WriteAllText(file, string.Concat(probed.Select(Details)));
        }
    }

    /// <summary>How an item was read: the verdict, the findings, each claim with why it is not one, each date and order statement.</summary>
    private static string Details(Outcome o)
    {
        var details = new StringBuilder();
        details.AppendLine($"## {(o.FalseAlarm ? "FALSE ALARM" : o.Caught ? (o.NamesRightEvent ? "CAUGHT" : "WRONG EVENT") : o.Item.Right ? "QUIET" : "MISSED")} {o.Item}");
        details.AppendLine($"   claim: {o.Item.Claim} | truth: {o.Item.Truth} | event: {o.Item.Event} | form: {o.Item.Form}");
        foreach (var f in o.Alarms) details.AppendLine($"   -> {f.Code}{(f.Fixes.Any(x => x.IsPreferred) ? " [preferred fix]" : "")} {f.Message}");
        var a = o.Note.Analysis;
        foreach (var c in a.Claims)
            details.AppendLine($"   claim {c.Date.Text} -> {c.Event.Id} {c.Basis} conf {c.Confidence} agrees {c.Agrees}"
                + (c.Match is { } m ? $" margin {m.Margin} next {m.Next?.Id} words [{string.Join(",", m.Words)}] actors [{string.Join(",", m.Actors.Select(x => x.Id))}]" : "")
                + (c.Agrees ? "" : $" why-not: {DateReadings.Read(a, c.Date).Why}"));
        foreach (var d in o.Note.Note.Dates) details.AppendLine($"   date '{d.Text}' {d.Kind} {d.Date} anchor '{d.Anchor?.Text}' anchorText '{d.Relative?.AnchorText}'");
        foreach (var st in a.Statements)
            details.AppendLine($"   statement '{st.Connector}' {st.Relation} subject {st.Subject.Basis} {st.Subject.Event?.Id ?? st.Subject.Date?.Text} anchor {st.Anchor.Basis} {st.Anchor.Event?.Id ?? st.Anchor.Date?.Text} contradicted {st.Contradicted} contenders [{string.Join(",", st.Subject.Contenders.Concat(st.Anchor.Contenders).Select(e => e.Id))}] distance {st.Distance?.Text} [{st.Subject.When.Text} {st.Subject.When.Start}/{st.Subject.When.End} vs {st.Anchor.When.Start}/{st.Anchor.When.End}]{(st.Implausible is { } why ? " implausible: " + why : "")}");
        details.AppendLine();
        return details.ToString();
    }
}
