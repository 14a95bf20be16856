using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests.Commands;

/// <summary>`marginalia timeline`: the page with the view and the data inline, the static SVG, the JSON of <c>marginalia/timeline</c>.</summary>
public partial class TimelineCommandTests
{
    private static readonly string Notes = Path.Combine(Repository.Root, "examples", "notes");
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static Cli.Result Timeline(params string[] args) => Cli.Run(["timeline", Notes, "--workspace", Repository.Root, .. args]);

    [Fact]
    public void The_svg_is_well_formed_and_places_events_at_the_x_their_dates_give()
    {
        var result = Timeline("--format", "svg");
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var svg = XDocument.Parse(result.Output).Root!;
        Assert.Equal(Svg + "svg", svg.Name);

        // The x of a day, read off the axis: the year's tick, and the share of the year gone by.
        var ticks = svg.Descendants(Svg + "line").Where(l => (string?)l.Attribute("class") == "year")
            .ToDictionary(l => int.Parse((string)l.Attribute("data-year")!, CultureInfo.InvariantCulture), l => X(l, "x1"));
        double XOf(DateOnly day)
        {
            var (year, next) = (ticks[day.Year], ticks[day.Year + 1]);
            return year + (next - year) * (day.DayOfYear - 1) / (DateTime.IsLeapYear(day.Year) ? 366 : 365);
        }
        XElement EventMark(string id) => Assert.Single(svg.Descendants(), e => (string?)e.Attribute("data-event") == id);

        Assert.Equal(XOf(new DateOnly(1989, 2, 15)), X(EventMark("soviet-withdrawal-1989"), "cx"), 0.02);
        Assert.Equal(XOf(new DateOnly(2020, 2, 29)), X(EventMark("us-taliban-agreement-2020"), "cx"), 0.02);
        var rabbani = EventMark("russia-supports-rabbani-1992"); // 1992–96: a bar from the first day of 1992 to the end of 1996
        Assert.Equal(XOf(new DateOnly(1992, 1, 1)), X(rabbani, "x"), 0.02);
        Assert.Equal(XOf(new DateOnly(1997, 1, 1)) - XOf(new DateOnly(1992, 1, 1)), X(rabbani, "width"), 0.04);

        Assert.Equal(121, svg.Descendants().Count(e => e.Attribute("data-event") is not null));
        var claims = svg.Descendants(Svg + "path").Where(p => ((string?)p.Attribute("class"))?.StartsWith("claim", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(30, claims.Count);
        Assert.Equal(["#d50000", "#d50000", "#d50000"], claims.Where(c => (string?)c.Attribute("class") == "claim disagrees").Select(c => (string)c.Attribute("fill")!));
        Assert.Equal(3, svg.Descendants(Svg + "line").Count(l => (string?)l.Attribute("class") == "link"));
        // The same timeline, the same bytes.
        Assert.Equal(result.Output, Timeline("--format", "svg").Output);
    }

    [Fact]
    public void The_page_holds_the_view_and_the_data_of_marginalia_timeline_and_may_fetch_nothing()
    {
        var json = Timeline("--format", "json");
        Assert.Equal((0, ""), (json.ExitCode, json.Error));
        var file = Path.Combine(Path.GetTempPath(), $"marginalia-timeline-{Guid.NewGuid():N}.html");
        try
        {
            var result = Timeline("--out", file);
            Assert.Equal((0, ""), (result.ExitCode, result.Output));
            Assert.Matches(@"^wrote .*\.html: 121 events, 30 claims of 4 note\(s\)\n$", result.Error.ReplaceLineEndings("\n"));
            var page = File.ReadAllText(file);

            var csp = CspMeta().Match(page);
            Assert.True(csp.Success, "the page has a content security policy");
            var nonce = csp.Groups["nonce"].Value;
            Assert.Equal($"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; style-src-attr 'unsafe-inline'; img-src data:", csp.Groups["policy"].Value);
            // One script to run, under the nonce, and it is the view the webview runs; the data is the request's.
            Assert.Equal(1, Regex.Count(page, $"<script nonce=\"{Regex.Escape(nonce)}\">"));
            Assert.DoesNotMatch(@"<script[^>]*\ssrc=|<link\b", page);
            var data = DataBlock().Match(page).Groups["json"].Value;
            Assert.Equal(JsonDocument.Parse(json.Output).RootElement.ToString(), JsonDocument.Parse(data).RootElement.ToString());
            Assert.Contains("marginalia-timeline-data", LanguageServer.Commands.TimelinePage.Renderer()!);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_json_is_the_requests_shape()
    {
        var result = Timeline("--format", "json");
        var root = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal((121, 30), (root.GetProperty("events").GetArrayLength(), root.GetProperty("claims").GetArrayLength()));
        var claim = root.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("event").GetString() == "mansour-killed-2016");
        Assert.Equal(("21 May 2017", "disagrees", "MRG003"), (claim.GetProperty("written").GetString(), claim.GetProperty("verdict").GetString(), claim.GetProperty("code").GetString()));
    }

    private static double X(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<meta http-equiv="Content-Security-Policy" content="(?<policy>[^"]*'nonce-(?<nonce>[^']+)'[^"]*)">""")]
    private static partial Regex CspMeta();

    [GeneratedRegex("""<script type="application/json" id="marginalia-timeline-data">(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
