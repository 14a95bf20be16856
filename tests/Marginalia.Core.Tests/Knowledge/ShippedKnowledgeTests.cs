using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Tests.Knowledge;

/// <summary>
/// The knowledge file shipped with the paper: it loads without a problem, knows the events the
/// server relies on, places every date expression of the paper, and names actors the way the paper does.
/// </summary>
public class ShippedKnowledgeTests
{
    private static readonly Lazy<PaperKnowledge> Shipped = new(() =>
    {
        var yaml = ShippedPaper.ReadKnowledge() ?? throw new InvalidOperationException($"{ShippedPaper.KnowledgeFileName} is not embedded");
        return KnowledgeLoader.Load(TestPapers.Russia, ShippedPaper.KnowledgeFileName, yaml);
    });

    private static PaperKnowledge Knowledge => Shipped.Value;
    private static Paper Russia => TestPapers.Russia;

    private static Event EventById(string id) =>
        Knowledge.Events.SingleOrDefault(e => e.Id == id) ?? throw new Xunit.Sdk.XunitException($"no event '{id}'");

    private static Actor ActorById(string id) =>
        Knowledge.Actors.SingleOrDefault(a => a.Id == id) ?? throw new Xunit.Sdk.XunitException($"no actor '{id}'");

    [Fact]
    public void The_embedded_knowledge_file_is_the_seed_file()
    {
        var onDisk = File.ReadAllText(Path.Combine(TestPapers.SeedsFolder, ShippedPaper.KnowledgeFileName));
        Assert.Equal(onDisk, ShippedPaper.ReadKnowledge());
        Assert.StartsWith("# yaml-language-server: $schema=./knowledge.schema.json\n", onDisk.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_knowledge_loads_without_problems()
    {
        Assert.True(Knowledge.Problems.Count == 0,
            $"{Knowledge.Problems.Count} problems:\n" + string.Join("\n", Knowledge.Problems));
    }

    [Fact]
    public void It_is_a_whole_knowledge_base_of_the_paper()
    {
        Assert.InRange(Knowledge.Events.Count, 80, 150);
        Assert.True(Knowledge.Actors.Count >= 40, $"only {Knowledge.Actors.Count} actors");
        Assert.True(Knowledge.NotEvents.Count >= 5, $"only {Knowledge.NotEvents.Count} not-events");
        Assert.Equal(Knowledge.Events.Count, Knowledge.Events.Select(e => e.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("soviet-withdrawal-1989", "1989-02-15", DatePrecision.Day)]
    [InlineData("moscow-format-talks-2018", "2018-11-09", DatePrecision.Day)]
    [InlineData("putin-fourth-term-2018", "2018-05-07", DatePrecision.Day)]
    [InlineData("soviet-intervention-1979", "1979-10-01/1979-12-31", DatePrecision.PartOfYear)]
    [InlineData("russia-supports-rabbani-1992", "1992-01-01/1996-12-31", DatePrecision.Range)]
    [InlineData("sco-summit-2015", "2015-07-09/2015-07-10", DatePrecision.Range)]
    [InlineData("taliban-delegation-visits-moscow-2019", "2019-09-11/2019-09-20", DatePrecision.PartOfMonth)]
    [InlineData("us-taliban-agreement-2020", "2020-02-29", DatePrecision.Day)]
    public void Key_events_have_their_exact_dates(string id, string iso, DatePrecision precision)
    {
        var e = EventById(id);
        Assert.Equal(iso, e.Date.ToIsoInterval());
        Assert.Equal(precision, e.Date.Precision);
    }

    [Fact]
    public void The_required_events_name_their_actors()
    {
        var withdrawal = EventById("soviet-withdrawal-1989");
        Assert.Contains(withdrawal.Actors, a => a.Id == "soviet-union");
        Assert.Contains(withdrawal.Actors, a => a.Id == "afghanistan");

        var moscow = EventById("moscow-format-talks-2018");
        Assert.Equal(
            ["afghanistan", "high-peace-council", "moscow-format", "russia", "taliban"],
            moscow.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    // "It resulted in" ends line 55; the withdrawal sentence ends on line 56 with no footnote.
    [InlineData("soviet-withdrawal-1989", 54, 68, 55, 63)]
    // "Afghan High Peace Council (HPC) members49. The landmark meeting was held on" … "talks had begun."
    [InlineData("moscow-format-talks-2018", 348, 43, 351, 16)]
    // "Najibullah5 had to resign on 16 April 19926.": the passage spans both footnote numbers.
    [InlineData("najibullah-resigns-1992", 82, 0, 82, 44)]
    // Across the hyphen break "govern-/ment" and ending after the footnote in "1992–969."
    [InlineData("russia-supports-rabbani-1992", 88, 0, 90, 21)]
    // Across a no-break space ("May 7 of this year") and footnote 48.
    [InlineData("putin-fourth-term-2018", 342, 0, 343, 73)]
    public void Passages_have_their_exact_original_positions(string id, int startLine, int startColumn, int endLine, int endColumn)
    {
        var range = EventById(id).Passage.Range;
        Assert.Equal(new SourcePosition(startLine, startColumn), range.Start);
        Assert.Equal(new SourcePosition(endLine, endColumn), range.End);
    }

    [Fact]
    public void Every_date_expression_of_the_paper_lies_in_an_event_or_a_not_event()
    {
        Assert.NotEmpty(Knowledge.DateMentions);
        var passages = Knowledge.Events.Select(e => e.Passage).Concat(Knowledge.NotEvents.Select(n => n.Passage)).ToList();
        var uncovered = Knowledge.DateMentions
            .Where(m => !passages.Any(p => p.Contains(m.Start, m.Length)))
            .Select(m =>
            {
                var at = Russia.MakePassage(m.Start, m.Length);
                return $"line {at.Range.Start.DisplayLine}: '{at.Text}' ({m.Kind}) in \"{Russia.SentenceAt(m.Start)?.Text ?? at.Text}\"";
            })
            .ToList();
        Assert.True(uncovered.Count == 0, $"{uncovered.Count} date expressions in no event or not-event:\n" + string.Join("\n", uncovered));
    }

    [Fact]
    public void The_papers_8_September_is_2019_and_the_event_of_its_own()
    {
        // "… before the 18th anniversary of the 9/11 incident. However, on 8 September he abruptly called off the meeting":
        // 9/11 is a date of 2001 but sets no year; the year is that of "From June to August 2019" before it.
        var text = Russia.Reading.Text;
        var written = text.IndexOf("8 September he abruptly called off", StringComparison.Ordinal);
        var mention = Assert.Single(Knowledge.DateMentions, m => m.Start == written);
        Assert.Equal("2019-09-08", mention.Date!.ToIsoInterval());

        var cancelled = EventById("camp-david-meeting-cancelled-2019");
        Assert.True(cancelled.Passage.Contains(mention.Start, mention.Length));
        Assert.True(mention.Date.Agrees(cancelled.Date));
        Assert.Contains(cancelled.Actors, a => a.Id == "donald-trump");

        var planned = EventById("camp-david-meeting-planned-2019");
        Assert.Equal("2019-06-01/2019-08-31", planned.Date.ToIsoInterval());
        Assert.False(planned.Passage.Contains(mention.Start, mention.Length), "the planning event's quote swallows the cancellation");
    }

    [Fact]
    public void Every_section_heading_with_years_is_a_not_event()
    {
        var headings = Russia.Headings.Where(h => h.FromYear is not null).ToList();
        Assert.Equal(5, headings.Count);
        foreach (var heading in headings)
        {
            var notEvent = Assert.Single(Knowledge.NotEvents, n => n.Passage.Start == heading.Passage.Start);
            Assert.Equal("section heading", notEvent.Reason);
        }
    }

    [Fact]
    public void Every_alias_and_office_form_occurs_in_the_paper()
    {
        var text = Russia.Reading.Text;
        var missing = Knowledge.Actors
            .SelectMany(a => a.Aliases.Select(alias => (a.Id, What: "alias", Text: alias))
                .Concat(a.Offices.SelectMany(o => o.Forms).Select(form => (a.Id, What: "office form", Text: form))))
            .Where(x => !text.Contains(x.Text, StringComparison.Ordinal))
            .Select(x => $"{x.Id}: {x.What} '{x.Text}'")
            .ToList();
        Assert.True(missing.Count == 0, "not in the paper:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void No_spelling_of_notes_occurs_in_the_paper()
    {
        // A spelling the paper writes is an alias; these are the notes' own. (As a word, the way the matcher reads it: "Afg"
        // is no word of "Afghanistan".)
        var text = Russia.Reading.Text;
        Assert.DoesNotContain(Knowledge.Actors.SelectMany(a => a.NoteSpellings),
            form => Regex.IsMatch(text, @"(?<!\w)" + Regex.Escape(form) + @"(?!\w)"));
        Assert.Contains(Knowledge.Actors, a => a.NoteSpellings.Count > 0);
    }

    [Fact]
    public void The_paper_names_every_actor()
    {
        var matcher = new ActorMatcher(Knowledge.Actors);
        var named = matcher.Find(Russia.Reading.Text).SelectMany(m => m.Actors).Select(a => a.Id).ToHashSet();
        var never = Knowledge.Actors.Where(a => !named.Contains(a.Id)).Select(a => a.Id).ToList();
        Assert.True(never.Count == 0, "actors the paper never names: " + string.Join(", ", never));
    }

    [Theory]
    [InlineData("Putin’s", "vladimir-putin")]
    [InlineData("Vladimir Vladimirovich Putin", "vladimir-putin")]
    [InlineData("Taliban*", "taliban")]
    [InlineData("Taliban’s*", "taliban")]
    [InlineData("Kremlin", "russia")]
    [InlineData("Moscow", "russia")]
    [InlineData("Washington", "usa")]
    [InlineData("USSR", "soviet-union")]
    [InlineData("Barak Obama", "barack-obama")]
    [InlineData("Al-Qeada*", "al-qaeda")]
    [InlineData("HPC", "high-peace-council")]
    [InlineData("QCG", "qcg")]
    [InlineData("Sergei Lavrov", "sergey-lavrov")]
    public void Aliases_find_the_actor(string alias, string id)
    {
        var matcher = new ActorMatcher(Knowledge.Actors);
        Assert.Contains(matcher.Lookup(alias), a => a.Id == id);
    }

    [Fact]
    public void Putins_offices_follow_the_paper()
    {
        var putin = ActorById("vladimir-putin");
        Assert.Equal(ActorKind.Person, putin.Kind);
        Assert.All(putin.Offices, o => Assert.Equal("President of Russia", o.Title));
        Assert.Equal(3, putin.Offices.Count);

        var first = putin.Offices[0];
        Assert.Equal("2000-01-01/2000-12-31", first.From!.ToIsoInterval());
        Assert.Equal("2008-01-01/2008-12-31", first.To!.ToIsoInterval());

        var third = putin.Offices[1];
        Assert.Equal("2012-05-07", third.From!.ToIsoInterval());
        Assert.Equal("2018-05-07", third.To!.ToIsoInterval());

        var fourth = putin.Offices[2];
        Assert.Equal("2018-05-07", fourth.From!.ToIsoInterval());
        Assert.Equal(DatePrecision.Day, fourth.From.Precision);
        Assert.Null(fourth.To);
        Assert.Contains("fourth term", fourth.Source!.Text);

        Assert.True(fourth.HeldDuring(EventById("moscow-format-talks-2018").Date));
        Assert.False(third.HeldDuring(EventById("moscow-format-talks-2018").Date));
        Assert.DoesNotContain(putin.Offices, o => o.HeldDuring(EventById("medvedev-endorses-obama-strategy-2009").Date));
    }

    [Theory]
    [InlineData("dmitry-medvedev", "2010-06-01", true)]
    [InlineData("dmitry-medvedev", "2013-06-01", false)]
    [InlineData("hamid-karzai", "2009-08-01", true)]
    [InlineData("ashraf-ghani", "2015-07-09", true)]
    [InlineData("ashraf-ghani", "2013-01-01", false)]
    [InlineData("sergey-lavrov", "2018-11-09", true)]
    [InlineData("zamir-kabulov", "2020-02-29", true)]
    [InlineData("mikhail-gorbachev", "1992-01-01", false)]
    public void Offices_cover_the_years_the_paper_shows_them_in(string id, string day, bool held)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var on = new HistoricalDate(date, date, DatePrecision.Day, day);
        Assert.Equal(held, ActorById(id).Offices.Any(o => o.HeldDuring(on)));
    }

    [Fact]
    public void Ids_are_readable_and_end_with_a_year()
    {
        var bad = Knowledge.Events.Select(e => e.Id).Where(id => !Regex.IsMatch(id, @"^[a-z][a-z0-9-]*-(1[89]|20)\d\ds?$")).ToList();
        Assert.True(bad.Count == 0, "event ids not ending with a year: " + string.Join(", ", bad));
    }

    [Fact]
    public void Every_event_has_actors_and_keywords_and_anchors_resolve()
    {
        Assert.All(Knowledge.Events, e =>
        {
            Assert.True(e.Actors.Count > 0, $"{e.Id} has no actors");
            Assert.True(e.Keywords.Count > 0, $"{e.Id} has no keywords");
            if (e.AnchorId is { } anchor) Assert.Contains(Knowledge.Events, a => a.Id == anchor);
        });
        Assert.Equal("qcg-fifth-meeting-2016", EventById("mansour-killed-2016").AnchorId);
    }

    [Fact]
    public void The_schema_allows_exactly_the_keys_the_loader_reads()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPapers.SeedsFolder, "knowledge.schema.json")));
        var root = schema.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        var defs = root.GetProperty("$defs");

        static string[] Keys(JsonElement obj) =>
            obj.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        static string[] LoaderKeys(string field) =>
            ((string[])typeof(KnowledgeLoader).GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!)
                .Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(LoaderKeys("TopKeys"), Keys(root));
        Assert.Equal(LoaderKeys("ActorKeys"), Keys(defs.GetProperty("actor")));
        Assert.Equal(LoaderKeys("OfficeKeys"), Keys(defs.GetProperty("office")));
        Assert.Equal(LoaderKeys("NamedOfficeKeys"), Keys(defs.GetProperty("namedOffice")));
        Assert.Equal(LoaderKeys("EventKeys"), Keys(defs.GetProperty("event")));
        Assert.Equal(LoaderKeys("NotEventKeys"), Keys(defs.GetProperty("notEvent")));

        var kinds = defs.GetProperty("actor").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(k => k.GetString()!).ToArray();
        Assert.Equal(Enum.GetNames<ActorKind>().Select(n => n.ToLowerInvariant()), kinds);
    }
}
