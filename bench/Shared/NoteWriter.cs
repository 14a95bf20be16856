using System.Globalization;
using System.Text;

namespace Marginalia.Benchmarks;

/// <summary>An event as a note writer knows it: id, when, who.</summary>
public sealed record EventFacts(string Id, DateOnly Start, string Precision, IReadOnlyList<string> Actors);

/// <summary>
/// Writes realistic research notes, the same for the same seed: headings, prose citing events as
/// <c>[@id]</c> and <c>[[id]]</c> with dates right and wrong, uncited sentences naming actors with a date
/// (the inferred match), lists and tables.
/// </summary>
public sealed class NoteWriter(IReadOnlyList<EventFacts> events, IReadOnlyList<string> actorNames)
{
    private static readonly string[] Verbs = ["met", "signed", "announced", "withdrew", "negotiated", "condemned", "recognised", "visited"];
    private static readonly string[] Filler =
    [
        "The paper treats this as a turning point in the relationship.",
        "Sources disagree on how far Moscow was consulted in advance.",
        "See the chapter on regional diplomacy for the wider context.",
        "This needs a second source before it goes into the draft.",
        "The archive copy differs slightly from the published version.",
    ];

    public string Write(int lines, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(lines * 80);
        text.Append("---\npaper: 000_bf09360ec50d0df5.txt\ntopic: note ").Append(seed).Append("\n---\n# Note ").Append(seed).Append('\n');
        var written = 5;
        while (written < lines)
        {
            var kind = random.Next(10);
            if (kind == 0 && lines - written >= 5)
            {
                text.Append("\n## ").Append(Pick(random, actorNames)).Append(" and ").Append(Pick(random, actorNames)).Append('\n');
                written += 2;
            }
            else if (kind == 1 && lines - written >= 6)
            {
                text.Append("\n| Date | Who | Source |\n| --- | --- | --- |\n");
                for (var i = 0; i < 3; i++)
                {
                    var e = Pick(random, events);
                    text.Append("| ").Append(Date(e, random, wrong: random.Next(5) == 0)).Append(" | ").Append(Actor(e, random)).Append(" | [@").Append(e.Id).Append("] |\n");
                }
                written += 6;
            }
            else if (kind <= 3)
            {
                var e = Pick(random, events);
                text.Append("- ").Append(Date(e, random, wrong: random.Next(6) == 0)).Append(": ").Append(Actor(e, random)).Append(' ')
                    .Append(Pick(random, Verbs)).Append(" [[").Append(e.Id).Append("]].\n");
                written++;
            }
            else if (kind <= 6)
            {
                var e = Pick(random, events);
                text.Append("On ").Append(Date(e, random, wrong: random.Next(5) == 0)).Append(' ').Append(Actor(e, random)).Append(' ')
                    .Append(Pick(random, Verbs)).Append(", as the paper tells it [@").Append(e.Id).Append("].\n");
                written++;
            }
            else if (kind == 7)
            {
                var e = Pick(random, events);
                // Uncited: the event is inferred. Relative dates ("two years later") as notes write them.
                var opening = random.Next(3) switch
                {
                    0 => $"In {e.Start.Year + (random.Next(4) == 0 ? 1 : 0)}",
                    1 => "Two years later",
                    _ => "For the next three years",
                };
                text.Append(opening).Append(' ').Append(Actor(e, random)).Append(' ').Append(Pick(random, Verbs)).Append(" again.\n");
                written++;
            }
            else
            {
                text.Append(Pick(random, Filler)).Append('\n');
                written++;
            }
        }
        return text.ToString();
    }

    private string Actor(EventFacts e, Random random) => e.Actors.Count > 0 ? Pick(random, e.Actors) : Pick(random, actorNames);

    private static string Date(EventFacts e, Random random, bool wrong)
    {
        var d = wrong ? e.Start.AddYears(1 + random.Next(3)) : e.Start;
        return e.Precision switch
        {
            "day" => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            "month" => d.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => d.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
