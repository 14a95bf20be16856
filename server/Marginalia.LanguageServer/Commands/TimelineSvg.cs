using System.Globalization;
using System.Xml;
using Marginalia.Core.Checks;
using Marginalia.Core.Dates;
using Marginalia.Core.Workspace;

namespace Marginalia.LanguageServer.Commands;

/// <summary>
/// `marginalia timeline --format svg`: the whole span on one static picture, for papers and slides. Years run from the
/// first January of the earliest event's year to the end of the latest's, one lane per section of the paper (in the
/// paper's order); an event is a dot (a day), a bar (a month, a year, a range) or a faded band (a decade, an era); a
/// claim is a small mark under its event's lane, red and joined to the paper's date when it disagrees. Deterministic:
/// the same timeline gives the same bytes.
/// </summary>
internal static class TimelineSvg
{
    public const double Left = 220, Right = 20, Width = 1600, Top = 40, LaneHeight = 56, Bottom = 30;

    public static string Write(Timeline timeline)
    {
        var (first, last) = Span(timeline);
        var plot = Width - Left - Right;
        double X(DateOnly day) => Left + plot * (day.DayNumber - first.DayNumber) / (last.DayNumber - first.DayNumber);

        var lanes = timeline.Events.OrderBy(e => e.Passage.Range.Start).Select(e => e.Section ?? "(no section)").Distinct(StringComparer.Ordinal).ToList();
        var laneOf = timeline.Events.ToDictionary(e => e.Id, e => lanes.IndexOf(e.Section ?? "(no section)"), StringComparer.Ordinal);
        var eventsById = timeline.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var height = Top + lanes.Count * LaneHeight + Bottom;

        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var svg = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, NewLineChars = "\n" }))
        {
            svg.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            Attributes(svg, ("width", Width), ("height", height), ("viewBox", $"0 0 {N(Width)} {N(height)}"));
            svg.WriteAttributeString("font-family", "sans-serif");
            svg.WriteAttributeString("font-size", "11");
            svg.WriteAttributeString("data-first-day", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            svg.WriteAttributeString("data-last-day", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            svg.WriteElementString("title", $"Marginalia timeline: {timeline.Events.Count} events, {timeline.Claims.Count} claims");
            svg.WriteStartElement("rect");
            Attributes(svg, ("x", 0), ("y", 0), ("width", Width), ("height", height));
            svg.WriteAttributeString("fill", "#ffffff");
            svg.WriteEndElement();

            // The axis: a tick and a label every year (labels every fifth year when the span is long).
            svg.WriteStartElement("g");
            svg.WriteAttributeString("class", "axis");
            var years = last.Year - first.Year;
            for (var year = first.Year; year <= last.Year; year++)
            {
                var x = X(new DateOnly(year, 1, 1));
                Line(svg, x, Top - 6, x, height - Bottom, "#e0e0e0", ("class", "year"), ("data-year", year.ToString(CultureInfo.InvariantCulture)));
                if (years <= 30 || year % 5 == 0) Text(svg, x + 2, Top - 10, year.ToString(CultureInfo.InvariantCulture), "#555555");
            }
            svg.WriteEndElement();

            for (var i = 0; i < lanes.Count; i++)
            {
                var y = Top + i * LaneHeight;
                Line(svg, 0, y, Width, y, "#cccccc");
                Text(svg, 6, y + 16, lanes[i].Length > 34 ? lanes[i][..33] + "…" : lanes[i], "#333333", ("class", "lane"));
            }

            foreach (var e in timeline.Events)
            {
                var y = Top + laneOf[e.Id] * LaneHeight + 14;
                var x0 = X(e.Date.Start);
                var x1 = X(e.Date.End.AddDays(1));
                svg.WriteStartElement(e.Date.Precision == DatePrecision.Day ? "circle" : "rect");
                svg.WriteAttributeString("data-event", e.Id);
                switch (Shape(e.Date.Precision))
                {
                    case "point":
                        Attributes(svg, ("cx", x0), ("cy", y), ("r", 3.5));
                        svg.WriteAttributeString("fill", "#1a85ff");
                        break;
                    case "band":
                        Attributes(svg, ("x", x0), ("y", y - 10), ("width", Math.Max(1, x1 - x0)), ("height", 20));
                        svg.WriteAttributeString("fill", "#1a85ff");
                        svg.WriteAttributeString("fill-opacity", "0.12");
                        break;
                    default:
                        Attributes(svg, ("x", x0), ("y", y - 4), ("width", Math.Max(1.5, x1 - x0)), ("height", 8));
                        svg.WriteAttributeString("fill", "#1a85ff");
                        svg.WriteAttributeString("fill-opacity", "0.6");
                        break;
                }
                svg.WriteElementString("title", $"{e.Title} ({e.Date.Text}) · {e.Id}");
                svg.WriteEndElement();
            }

            foreach (var (note, claim) in timeline.Claims)
            {
                if (claim.Interval is not { } date || !eventsById.TryGetValue(claim.EventId, out var about)) continue;
                var y = Top + laneOf[claim.EventId] * LaneHeight + 32;
                var x = X(Middle(date));
                var disagrees = claim.Verdict == Verdict.Disagrees;
                var colour = disagrees ? "#d50000" : claim.Verdict == Verdict.Agrees ? "#388a34" : "#bf8803";
                if (disagrees) Line(svg, x, y, X(Middle(about.Date)), Top + laneOf[claim.EventId] * LaneHeight + 14, colour, ("stroke-dasharray", "3 2"), ("class", "link"));
                svg.WriteStartElement("path");
                svg.WriteAttributeString("class", $"claim {Verdicts(claim.Verdict)}");
                svg.WriteAttributeString("d", $"M{N(x)} {N(y - 5)} L{N(x + 4)} {N(y + 3)} L{N(x - 4)} {N(y + 3)} Z");
                svg.WriteAttributeString("fill", colour);
                svg.WriteElementString("title", $"“{claim.Written}” in {Path.GetFileName(note)}:{claim.Range.Start.DisplayLine} about {claim.EventId}: {Verdicts(claim.Verdict)}{(claim.Code is null ? "" : $" ({claim.Code})")}");
                svg.WriteEndElement();
            }
            svg.WriteEndElement();
        }
        return text.ToString() + "\n";
    }

    /// <summary>From the first January of the earliest year to the first January after the latest (the x of a day is linear in between).</summary>
    public static (DateOnly First, DateOnly Last) Span(Timeline timeline)
    {
        var dates = timeline.Events.Select(e => e.Date)
            .Concat(timeline.Claims.Select(c => c.Claim.Interval).OfType<HistoricalDate>()).ToList();
        if (dates.Count == 0) return (new DateOnly(2000, 1, 1), new DateOnly(2001, 1, 1));
        return (new DateOnly(dates.Min(d => d.Start).Year, 1, 1), new DateOnly(dates.Max(d => d.End).Year + 1, 1, 1));
    }

    private static string Shape(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "point",
        DatePrecision.Decade or DatePrecision.Century or DatePrecision.Era => "band",
        _ => "bar",
    };

    private static string Verdicts(Verdict verdict) => verdict switch
    {
        Verdict.Agrees => "agrees",
        Verdict.Disagrees => "disagrees",
        _ => "unsure",
    };

    private static DateOnly Middle(HistoricalDate date) => date.Start.AddDays(date.Length / 2);

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static void Attributes(XmlWriter svg, params (string Name, object Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
            svg.WriteAttributeString(name, value is double d ? N(d) : Convert.ToString(value, CultureInfo.InvariantCulture));
    }

    private static void Line(XmlWriter svg, double x1, double y1, double x2, double y2, string colour, params (string Name, string Value)[] extra)
    {
        svg.WriteStartElement("line");
        Attributes(svg, ("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2));
        svg.WriteAttributeString("stroke", colour);
        foreach (var (name, value) in extra) svg.WriteAttributeString(name, value);
        svg.WriteEndElement();
    }

    private static void Text(XmlWriter svg, double x, double y, string content, string colour, params (string Name, string Value)[] extra)
    {
        svg.WriteStartElement("text");
        Attributes(svg, ("x", x), ("y", y));
        svg.WriteAttributeString("fill", colour);
        foreach (var (name, value) in extra) svg.WriteAttributeString(name, value);
        svg.WriteString(content);
        svg.WriteEndElement();
    }
}
