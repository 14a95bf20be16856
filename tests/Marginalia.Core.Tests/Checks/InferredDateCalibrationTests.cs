using System.Globalization;
using System.Text;
using Marginalia.Core.Checks;
using Marginalia.Core.Tests.Corpus;
using Marginalia.Core.Workspace;
using Xunit.Abstractions;
using static Marginalia.Core.Tests.NoteText;
using static Marginalia.Core.Tests.TestKnowledge;

namespace Marginalia.Core.Tests.Checks;

/// <summary>
/// MRG003 measured on the sentence corpus (Corpus/sentences.yaml): how many wrong dates it catches,
/// how many right or off-topic sentences it flags, and at which confidence threshold.
/// This corpus was written by the team that tuned the scoring: it is tuning data and a regression guard, not the
/// measure the README reports (that is the frozen half of the blind corpus, BlindCorpusTests).
/// </summary>
public class InferredDateCalibrationTests(ITestOutputHelper output)
{
    /// <summary>The most right sentences MRG003 may flag: none.</summary>
    private const double MaximumFalseAlarmRate = 0;

    /// <summary>The catch rate measured at the chosen threshold, rounded down: a drop below it is a regression.</summary>
    private const double MinimumCatchRate = 0.83;

    private static readonly double[] Sweep = Enumerable.Range(0, 13).Select(i => Math.Round(0.3 + 0.05 * i, 2)).ToArray();

    private sealed record Outcome(CorpusSentence Sentence, CheckedNote Note);

    private static readonly Lazy<IReadOnlyList<Outcome>> Checked = new(() =>
        SentenceCorpus.Shipped.Uncited.Select(s => new Outcome(s, Check(s.Text))).ToList());

    private static bool Caught(Outcome o, double threshold) =>
        !o.Sentence.Right && o.Note.Analysis.Claims.Any(c =>
            InferredDateCheck.Reports(o.Note.Analysis, c, threshold) && c.Event.Id == o.Sentence.About && c.Range == RangeOf(o.Sentence.Text, o.Sentence.Wrong!));

    /// <summary>A wrong sentence flagged, but against another event than the one it is about, or at another date.</summary>
    private static bool Misattributed(Outcome o, double threshold) =>
        !o.Sentence.Right && !Caught(o, threshold) && o.Note.Analysis.Claims.Any(c => InferredDateCheck.Reports(o.Note.Analysis, c, threshold));

    private static bool FalseAlarm(Outcome o, double threshold) =>
        o.Sentence.Right && o.Note.Analysis.Claims.Any(c => InferredDateCheck.Reports(o.Note.Analysis, c, threshold));

    private sealed record Rates(double Threshold, int Caught, int Wrong, int FalseAlarms, int Right, int Misattributed)
    {
        public double CatchRate => Caught / (double)Wrong;
        public double FalseAlarmRate => FalseAlarms / (double)Right;
    }

    private static Rates Measure(IReadOnlyList<Outcome> outcomes, double threshold) => new(
        threshold,
        outcomes.Count(o => Caught(o, threshold)), outcomes.Count(o => !o.Sentence.Right),
        outcomes.Count(o => FalseAlarm(o, threshold)), outcomes.Count(o => o.Sentence.Right),
        outcomes.Count(o => Misattributed(o, threshold)));

    /// <summary>The lowest threshold of the sweep whose false-alarm rate is the lowest the sweep reaches.</summary>
    private static Rates Choose(IReadOnlyList<Rates> sweep)
    {
        var floor = sweep.Min(r => r.FalseAlarms);
        return sweep.First(r => r.FalseAlarms == floor);
    }

    [Fact]
    public void The_corpus_is_large_and_varied_enough_to_calibrate_on()
    {
        var uncited = SentenceCorpus.Shipped.Uncited;
        Assert.True(uncited.Count >= 150, $"{uncited.Count} uncited sentences");
        Assert.True(uncited.Where(s => !s.OffTopic).Select(s => s.About).Distinct().Count() >= 40);
        Assert.True(SentenceCorpus.Shipped.Cited.Count >= 40);
        foreach (var s in uncited.Concat(SentenceCorpus.Shipped.Cited))
        {
            Assert.True(s.OffTopic || Library.Knowledge.FindEvent(s.About) is not null, $"unknown event '{s.About}': {s}");
            Assert.True(s.Right || (s.Wrong is not null && s.Text.Contains(s.Wrong, StringComparison.Ordinal)), $"the wrong date must be written in the sentence: {s}");
            Assert.False(s.OffTopic && !s.Right, $"an off-topic sentence has no wrong date: {s}");
        }
    }

    [Fact]
    public void The_inferred_check_catches_wrong_dates_and_rarely_flags_right_ones()
    {
        var outcomes = Checked.Value;
        var sweep = Sweep.Select(t => Measure(outcomes, t)).ToList();
        var chosen = Choose(sweep);
        var actual = Measure(outcomes, InferredDateCheck.Threshold);

        // The findings the product reports, not just the claims: MRG002 must not fire without a citation either.
        var reported = outcomes.Count(o => o.Sentence.Right && o.Note.Findings.Any(f => f.Code is "MRG003" or "MRG002"));
        Assert.Equal(actual.FalseAlarms, reported);

        var report = Report(outcomes, sweep, actual);
        output.WriteLine(report);

        // The threshold is tuned on the blind corpus's tuning half (BlindCorpusTests); here the sweep is only printed.
        _ = chosen;
        Assert.True(actual.FalseAlarmRate <= MaximumFalseAlarmRate, $"false-alarm rate {actual.FalseAlarmRate:P1}");
        Assert.True(actual.CatchRate >= MinimumCatchRate, $"catch rate {actual.CatchRate:P1}");
    }

    [Fact]
    public void The_cited_check_catches_every_wrong_cited_date_and_flags_no_right_one()
    {
        foreach (var s in SentenceCorpus.Shipped.Cited)
        {
            var findings = Findings(s.Text).Where(f => f.Code is "MRG002" or "MRG003").ToList();
            if (s.Right)
            {
                Assert.True(findings.Count == 0, $"false alarm on: {s}");
                continue;
            }
            var finding = Assert.Single(findings);
            Assert.Equal("MRG002", finding.Code);
            Assert.Equal(RangeOf(s.Text, s.Wrong!), finding.Range);
            Assert.Contains($"'{s.About}'", finding.Message);
        }
    }

    [Theory]
    [InlineData("Najibullah resigned on 16 April 1991.", "16 April 1991",
        "The paper dates 'najibullah-resigns-1992' (Najibullah resigns) to 16 April 1992 (000_bf09360ec50d0df5.txt, line 83); this note says 16 April 1991, one year earlier. The sentence was read as about it from the word 'resigned' and Mohammad Najibullah; cite the event to make the check certain")]
    [InlineData("The last Soviet troops left Afghanistan on 15 February 1990.", "15 February 1990",
        "The paper dates 'soviet-withdrawal-1989' (The last Soviet troops leave Afghanistan) to 15 February 1989 (000_bf09360ec50d0df5.txt, line 55); this note says 15 February 1990, one year later. The sentence was read as about it from the words 'last', 'troops', 'left', Soviet Union and Afghanistan; cite the event to make the check certain")]
    [InlineData("The members of the HPC were announced on 2010-10-28.", "2010-10-28",
        "The paper dates 'high-peace-council-members-2010' (The Afghan government announces the members of the High Peace Council) to 28 September 2010 (000_bf09360ec50d0df5.txt, line 210); this note says 2010-10-28, one month later. The sentence was read as about it from the words 'members', 'announced' and High Peace Council; cite the event to make the check certain")]
    [InlineData("US Navy SEALs killed Osama Bin Laden in Pakistan on 2 May 2012.", "2 May 2012",
        "The paper dates 'bin-laden-killed-2011' (US Navy SEALs kill Osama Bin Laden in Pakistan) to 2 May 2011 (000_bf09360ec50d0df5.txt, line 224); this note says 2 May 2012, one year later. The sentence was read as about it from the word 'killed', US Navy SEALs, Osama Bin Laden and Pakistan; cite the event to make the check certain")]
    public void A_corpus_finding_has_its_code_range_and_message(string text, string wrong, string message)
    {
        var finding = Assert.Single(Findings(text));
        Assert.Equal("MRG003", finding.Code);
        Assert.Equal(Severity.Information, finding.Severity);
        Assert.Equal(RangeOf(text, wrong), finding.Range);
        Assert.Equal(message, finding.Message);
        // Never preferred (the event is inferred); citing the event is offered beside it.
        Assert.Equal([false, false], finding.Fixes.Select(f => f.IsPreferred));
        Assert.StartsWith("Cite '", finding.Fixes[1].Title);
    }

    private static string Report(IReadOnlyList<Outcome> outcomes, IReadOnlyList<Rates> sweep, Rates actual)
    {
        var uncited = SentenceCorpus.Shipped.Uncited;
        var b = new StringBuilder();
        b.AppendLine("# MRG003 calibration (written by InferredDateCalibrationTests; do not edit)");
        b.AppendLine();
        b.Append(Invariant($"Corpus: {uncited.Count} uncited sentences over {uncited.Where(s => !s.OffTopic).Select(s => s.About).Distinct().Count()} events: "));
        b.Append(Invariant($"{uncited.Count(s => s.Right && !s.OffTopic)} right, {uncited.Count(s => s.OffTopic)} off-topic, {uncited.Count(s => !s.Right)} wrong; "));
        b.AppendLine(Invariant($"{SentenceCorpus.Shipped.Cited.Count} cited sentences for MRG002."));
        b.AppendLine();
        b.Append(Invariant($"At the threshold {actual.Threshold:0.00}: catch rate **{actual.CatchRate:P1}** ({actual.Caught}/{actual.Wrong} wrong dates flagged on the date, against the right event), "));
        b.Append(Invariant($"false-alarm rate **{actual.FalseAlarmRate:P1}** ({actual.FalseAlarms}/{actual.Right} right or off-topic sentences flagged), "));
        b.AppendLine(Invariant($"{actual.Misattributed} wrong sentence(s) flagged against another event."));
        b.AppendLine();
        b.AppendLine("| threshold | catch | false alarms | flagged against another event |");
        b.AppendLine("|---|---|---|---|");
        foreach (var r in sweep)
            b.AppendLine(Invariant($"| {r.Threshold:0.00} | {r.CatchRate:P1} ({r.Caught}/{r.Wrong}) | {r.FalseAlarmRate:P1} ({r.FalseAlarms}/{r.Right}) | {r.Misattributed} |"));
        Section(b, "False alarms", outcomes.Where(o => FalseAlarm(o, actual.Threshold)));
        Section(b, "Flagged against another event", outcomes.Where(o => Misattributed(o, actual.Threshold)));
        Section(b, "Missed", outcomes.Where(o => !o.Sentence.Right && !Caught(o, actual.Threshold) && !Misattributed(o, actual.Threshold)));
        return b.ToString();
    }

    private static void Section(StringBuilder b, string title, IEnumerable<Outcome> outcomes)
    {
        b.AppendLine();
        b.AppendLine($"## {title}");
        b.AppendLine();
        var any = false;
        foreach (var o in outcomes)
        {
            any = true;
            var claims = string.Join("; ", o.Note.Analysis.Claims.Select(c => Invariant($"{c.Event.Id} {c.Confidence:0.00}")));
            b.AppendLine($"- ({o.Sentence.About}) {o.Sentence.Text} → {(claims.Length == 0 ? "no event" : claims)}");
        }
        if (!any) b.AppendLine("None.");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static void WriteIfChanged(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != text) File.WriteAllText(path, text);
    }
}
