using System.Text.Json;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests.Commands;

public class EventsCommandTests
{
    [Fact]
    public void Json_lists_every_event_with_its_date_precision_and_exact_source()
    {
        var result = Cli.Run("events", "--format", "json", "--workspace", Repository.Root);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var events = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.True(events.Count >= 100, $"only {events.Count} events");
        var withdrawal = events.Single(e => e.GetProperty("id").GetString() == "soviet-withdrawal-1989");
        var date = withdrawal.GetProperty("date");
        Assert.Equal("1989-02-15", date.GetProperty("start").GetString());
        Assert.Equal("1989-02-15", date.GetProperty("end").GetString());
        Assert.Equal("day", date.GetProperty("precision").GetString());
        var source = withdrawal.GetProperty("source");
        Assert.EndsWith("000_bf09360ec50d0df5.txt", source.GetProperty("path").GetString());
        Assert.Equal(55, source.GetProperty("startLine").GetInt32());
        Assert.Contains("Soviet Union", withdrawal.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));

        // The source range, cut from the original file, is the passage that states the date.
        var paperLines = File.ReadAllLines(Path.Combine(Repository.Root, "seeds", "000_bf09360ec50d0df5.txt"));
        var (startLine, endLine) = (source.GetProperty("startLine").GetInt32() - 1, source.GetProperty("endLine").GetInt32() - 1);
        var cut = string.Join("\n", paperLines[startLine..(endLine + 1)]);
        cut = cut[(source.GetProperty("startColumn").GetInt32() - 1)..(cut.Length - paperLines[endLine].Length + source.GetProperty("endColumn").GetInt32() - 1)];
        Assert.StartsWith("It resulted in", cut);
        Assert.Contains("15 February 1989", cut.Replace('\n', ' ').Replace('\u00A0', ' '));

        var range = events.Single(e => e.GetProperty("id").GetString() == "russia-supports-rabbani-1992").GetProperty("date");
        Assert.Equal(("1992-01-01", "1996-12-31", "range"), (range.GetProperty("start").GetString(), range.GetProperty("end").GetString(), range.GetProperty("precision").GetString()));
    }

    [Fact]
    public void Events_are_listed_in_date_order()
    {
        var events = JsonDocument.Parse(Cli.Run("events", "-f", "json", "-w", Repository.Root).Output).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("date").GetProperty("start").GetString()!).ToList();
        Assert.Equal(events.Order(StringComparer.Ordinal), events);
    }

    [Fact]
    public void Text_is_one_line_per_event_and_a_summary()
    {
        var result = Cli.Run("events", "-w", Repository.Root);
        Assert.Matches(@"soviet-withdrawal-1989\s+1989-02-15\s+The last Soviet troops leave Afghanistan\s+\(000_bf09360ec50d0df5\.txt:55\)", result.Output);
        Assert.Matches(@"\d+ events in 1 paper\(s\)", result.Output);
    }

    [Fact]
    public void Actors_json_has_offices_with_dates_and_a_first_mention()
    {
        var result = Cli.Run("actors", "--format", "json", "--workspace", Repository.Root);
        Assert.Equal(0, result.ExitCode);
        var putin = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "vladimir-putin");
        Assert.Equal("person", putin.GetProperty("kind").GetString());
        Assert.Contains("Putin", putin.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(putin.GetProperty("offices").EnumerateArray(), o => o.GetProperty("from").GetProperty("start").GetString() == "2018-05-07");
        Assert.True(putin.GetProperty("source").GetProperty("startLine").GetInt32() > 0);
    }

    [Fact]
    public void A_broken_knowledge_file_is_a_one_line_error_with_file_and_line_and_exit_code_2()
    {
        var root = Repository.NewWorkspace();
        try
        {
            var knowledge = Path.Combine(root, "seeds", "000_bf09360ec50d0df5.knowledge.yaml");
            File.WriteAllText(knowledge, "paper: 000_bf09360ec50d0df5.txt\nevents:\n  - id: x\n    title: [unclosed\n");
            var result = Cli.Run("events", "--workspace", root);
            Assert.Equal(2, result.ExitCode);
            Assert.Matches(@"000_bf09360ec50d0df5\.knowledge\.yaml:\d+: error: broken YAML", result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }
        finally { Directory.Delete(root, recursive: true); }
    }
}
