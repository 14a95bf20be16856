using System.Text.Json;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

/// <summary><c>marginalia/timeline</c> on the example workspace: the paper's events and the notes' claims, as the timeline view draws them.</summary>
public class TimelineTests
{
    private static Task<TimelineResult> TimelineAsync(LanguageServerHarness harness) =>
        harness.RequestAsync<TimelineResult>("marginalia/timeline");

    private static string Line(TimelineClaimItem c) =>
        $"{Path.GetFileName(c.Note)}:{c.Range.Start.Line + 1} '{c.Written}' {c.Event} {c.Verdict}{(c.Code is null ? "" : " " + c.Code)}";

    [Fact]
    public async Task Every_event_of_the_paper_and_every_claim_of_the_notes_with_its_verdict()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();

        var timeline = await TimelineAsync(harness);

        Assert.Equal(121, timeline.Events.Length);
        Assert.Equal(53, timeline.Actors.Length);
        // Cited as `marginalia coverage` counts: 31 of 121, 3 of the 13 of the introduction.
        Assert.Equal(31, timeline.Events.Count(e => e.Cited));
        Assert.Equal((13, 3), (timeline.Events.Count(e => e.Section == "Introduction"), timeline.Events.Count(e => e.Section == "Introduction" && e.Cited)));
        // In date order, every actor of an event among the actors.
        Assert.Equal(timeline.Events.OrderBy(e => e.Date.Start, StringComparer.Ordinal).Select(e => e.Id), timeline.Events.Select(e => e.Id));
        Assert.Empty(timeline.Events.SelectMany(e => e.Actors).Except(timeline.Actors.Select(a => a.Id)));
        Assert.Equal("""
            01-withdrawal-and-aftermath.md:7 'the end of 1979' soviet-intervention-1979 agrees
            01-withdrawal-and-aftermath.md:8 'Monday, 15 February 1989' soviet-withdrawal-1989 agrees
            01-withdrawal-and-aftermath.md:9 'The same year' congress-condemns-war-1989 agrees
            01-withdrawal-and-aftermath.md:14 '15 February 1989' soviet-withdrawal-1989 agrees
            01-withdrawal-and-aftermath.md:15 'November 1991' rabbani-called-to-moscow-1991 agrees
            01-withdrawal-and-aftermath.md:16 '25 December 1991' gorbachev-resigns-1991 agrees
            01-withdrawal-and-aftermath.md:17 '16 April 1993' najibullah-resigns-1992 disagrees MRG002
            01-withdrawal-and-aftermath.md:18 '28 August 1992' embassy-rocket-attack-1992 agrees
            01-withdrawal-and-aftermath.md:19 '27 September 1996' taliban-oust-rabbani-1996 agrees
            01-withdrawal-and-aftermath.md:21 '1996' russia-backs-northern-alliance-1996 agrees
            01-withdrawal-and-aftermath.md:23 '5 October 1999' unsc-resolution-1267-1999 agrees
            02-moscow-format.md:3 'the end of 2016' russia-enters-peace-process-2016 agrees
            02-moscow-format.md:4 '26 December 2016' moscow-trilateral-summit-2016 agrees
            02-moscow-format.md:9 '15 February 2017' moscow-format-first-meeting-2017 agrees
            02-moscow-format.md:11 '9 November 2018' moscow-format-talks-2018 agrees
            02-moscow-format.md:12 '5–6 February 2020' moscow-intra-afghan-meeting-2019 disagrees MRG002
            02-moscow-format.md:14 '9 November 2018' lavrov-mediates-moscow-format-2018 agrees
            02-moscow-format.md:18 'May 29, 2019' intra-afghan-talks-moscow-2019 agrees
            02-moscow-format.md:19 'the day after' intra-afghan-talks-moscow-2019 agrees
            03-us-taliban-deal.md:3 '21–22 January 2019' doha-talks-2019 agrees
            03-us-taliban-deal.md:6 '7 December 2019' doha-talks-resume-2019 agrees
            03-us-taliban-deal.md:8 '29 February 2020' pompeo-attends-signing-2020 agrees
            03-us-taliban-deal.md:10 'February 2020' reduction-in-violence-2020 agrees
            03-us-taliban-deal.md:14 '21 May 2017' mansour-killed-2016 disagrees MRG003
            04-putin-and-afghanistan.md:3 '2000' putin-becomes-president-2000 agrees
            04-putin-and-afghanistan.md:5 'December 2009' medvedev-endorses-obama-strategy-2009 agrees
            04-putin-and-afghanistan.md:7 'May 2011' obama-informs-russian-president-2011 agrees
            04-putin-and-afghanistan.md:8 '05/02/2011' bin-laden-killed-2011 unsure
            04-putin-and-afghanistan.md:10 '7 May 2018' putin-fourth-term-2018 agrees
            04-putin-and-afghanistan.md:11 'that year' russia-more-assertive-2018 agrees
            """.ReplaceLineEndings("\n"), string.Join("\n", timeline.Claims.Select(Line)));
    }

    [Fact]
    public async Task An_event_and_a_claim_in_full()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();

        var timeline = await TimelineAsync(harness);

        var root = DocumentUris.FromPath(workspace.Root);
        string Json(object record) => JsonSerializer.Serialize(record, LspJson.Options).Replace(root, "file:///workspace", StringComparison.Ordinal);
        Assert.Equal(
            """{"id":"soviet-withdrawal-1989","title":"The last Soviet troops leave Afghanistan","date":{"start":"1989-02-15","end":"1989-02-15","precision":"day","text":"15 February 1989"},"actors":["soviet-union","afghanistan"],"paper":"000_bf09360ec50d0df5.txt","passage":{"uri":"file:///workspace/seeds/000_bf09360ec50d0df5.txt","range":{"start":{"line":54,"character":68},"end":{"line":55,"character":63}}},"cited":true,"section":"An overview of Russia-Afghan relations 1989\u20132001"}""",
            Json(timeline.Events.Single(e => e.Id == "soviet-withdrawal-1989")));
        Assert.Equal(
            """{"note":"file:///workspace/notes/01-withdrawal-and-aftermath.md","range":{"start":{"line":16,"character":2},"end":{"line":16,"character":15}},"event":"najibullah-resigns-1992","written":"16 April 1993","verdict":"disagrees","date":{"start":"1993-04-16","end":"1993-04-16","precision":"day","text":"16 April 1993"},"code":"MRG002"}""",
            Json(timeline.Claims.Single(c => c.Verdict == TimelineVerdict.Disagrees && c.Event == "najibullah-resigns-1992")));
        // The passage is where the paper says it.
        Assert.Contains("withdrawal", ExampleWorkspace.TextAt(timeline.Events.Single(e => e.Id == "soviet-withdrawal-1989").Passage));
    }

    [Fact]
    public async Task A_disagreeing_claim_is_where_check_reports_it_with_the_same_code()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = workspace.NoteUri("01-withdrawal-and-aftermath.md");
        await harness.OpenAsync(uri, workspace.NoteText("01-withdrawal-and-aftermath.md"));
        var published = await harness.WaitForDiagnosticsAsync(uri, d => d.Version == 1);

        var timeline = await TimelineAsync(harness);

        var claim = timeline.Claims.Single(c => c.Note == uri && c.Verdict == TimelineVerdict.Disagrees);
        Assert.Contains(published.Diagnostics, d => d.Range == claim.Range && d.Code == claim.Code);
    }

    [Fact]
    public async Task An_edit_in_the_editor_changes_the_claim_the_next_request_returns()
    {
        using var workspace = new ExampleWorkspace();
        await using var harness = await workspace.StartAsync();
        var uri = workspace.NoteUri("01-withdrawal-and-aftermath.md");
        var text = workspace.NoteText("01-withdrawal-and-aftermath.md");
        await harness.OpenAsync(uri, text);
        var at = ExampleWorkspace.PositionOf(text, "16 April 1993", into: 9);
        var year = new Protocol.Range(at, at with { Character = at.Character + 4 });

        await harness.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent("1992", year));
        var timeline = await TimelineAsync(harness);

        var claim = timeline.Claims.Single(c => c.Note == uri && c.Event == "najibullah-resigns-1992");
        Assert.Equal(("16 April 1992", TimelineVerdict.Agrees, (string?)null), (claim.Written, claim.Verdict, claim.Code));
    }
}
