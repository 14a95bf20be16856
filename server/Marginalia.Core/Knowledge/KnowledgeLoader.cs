using Marginalia.Core.Dates;
using Marginalia.Core.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Marginalia.Core.Knowledge;

/// <summary>
/// Reads a curated knowledge file (YAML, see seeds/knowledge.schema.json) and checks it against
/// its paper: every quote must be in the paper once, every date stated or implied by its passage,
/// every id unique, every actor known. Each problem is reported with file and line; a problem
/// drops the entry it is in, never the whole file.
/// </summary>
public static class KnowledgeLoader
{
    private static readonly string[] TopKeys = ["paper", "title", "actors", "offices", "events", "notEvents"];
    private static readonly string[] ActorKeys = ["id", "name", "kind", "aliases", "noteSpellings", "description", "offices"];
    private static readonly string[] OfficeKeys = ["title", "forms", "from", "to", "quote", "note"];
    private static readonly string[] NamedOfficeKeys = ["title", "aliases"];
    private static readonly string[] EventKeys = ["id", "title", "date", "actors", "quote", "anchor", "order", "keywords", "names"];
    private static readonly string[] NotEventKeys = ["quote", "reason"];

    /// <summary>The paper file a knowledge file names in its <c>paper:</c> key, or null.</summary>
    public static string? ReadPaperName(string path, string yaml)
    {
        try
        {
            var root = Parse(yaml);
            return root is not null && root.Children.TryGetValue(new YamlScalarNode("paper"), out var node) && node is YamlScalarNode s ? s.Value : null;
        }
        catch (YamlException e)
        {
            throw new InputException(path, (int)e.Start.Line, $"broken YAML: {Describe(e)}");
        }
    }

    public static PaperKnowledge Load(Paper paper, string path, string yaml)
    {
        var reader = new Reader(paper, path);
        try
        {
            var root = Parse(yaml);
            if (root is null) throw new InputException(path, 1, "the knowledge file is empty or not a mapping of paper, actors and events");
            reader.Read(root);
        }
        catch (YamlException e)
        {
            throw new InputException(path, (int)e.Start.Line, $"broken YAML: {Describe(e)}");
        }
        return reader.Build();
    }

    private static YamlMappingNode? Parse(string yaml)
    {
        var stream = SafeYaml.Load(yaml, YamlLimits.File);
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
    }

    private static string Describe(YamlException e) =>
        (e.InnerException?.Message ?? e.Message).Split(" (Line:")[0].Trim();

    private sealed class Reader(Paper paper, string path)
    {
        private readonly List<KnowledgeProblem> _problems = [];
        private readonly List<Actor> _actors = [];
        private readonly Dictionary<string, Actor> _actorsById = new(StringComparer.Ordinal);
        private readonly List<(YamlMappingNode Node, string Id)> _eventNodes = [];
        private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<Passage>> _found = new(StringComparer.Ordinal);
        private readonly List<NotEvent> _notEvents = [];
        private readonly List<OfficeNames> _offices = [];
        private readonly IReadOnlyList<DateMention> _mentions = DateRecognizer.Recognize(paper.Reading.Text);

        public void Read(YamlMappingNode root)
        {
            CheckKeys(root, TopKeys, "the knowledge file");
            if (Scalar(root, "paper") is { } named && !string.Equals(named, paper.FileName, StringComparison.Ordinal))
                Problem(root["paper"], $"this knowledge file is for '{named}', not for '{paper.FileName}'");
            foreach (var node in Items(root, "actors")) ReadActor(node);
            foreach (var node in Items(root, "offices")) ReadNamedOffice(node);
            foreach (var node in Items(root, "events"))
            {
                var id = RequiredId(node, "event");
                if (id is null) continue;
                if (_eventIds.Contains(id) || _actorsById.ContainsKey(id))
                    Problem(node["id"], $"duplicate id '{id}': ids must be unique across events and actors");
                else
                {
                    _eventNodes.Add((node, id));
                    _eventIds.Add(id);
                }
            }
            foreach (var node in Items(root, "notEvents")) ReadNotEvent(node);
        }

        public PaperKnowledge Build()
        {
            var events = new Dictionary<string, Event>(StringComparer.Ordinal);
            // Anchored events resolve against their anchor, so read anchors first; a cycle is reported, not followed.
            // An anchor that failed to load is handled too: its dependents then report the unknown anchor, not a cycle.
            // Each event is read once its anchor is (a queue in file order, dependents released by their anchor):
            // linear in the events, however long the chains of anchors.
            var waiting = new Dictionary<string, List<(YamlMappingNode Node, string Id)>>(StringComparer.Ordinal);
            var ready = new Queue<(YamlMappingNode Node, string Id)>();
            foreach (var entry in _eventNodes)
            {
                if (Scalar(entry.Node, "anchor") is { } a && _eventIds.Contains(a))
                {
                    if (!waiting.TryGetValue(a, out var list)) waiting[a] = list = [];
                    list.Add(entry);
                }
                else ready.Enqueue(entry);
            }
            while (ready.Count > 0)
            {
                var (node, id) = ready.Dequeue();
                if (ReadEvent(node, id, events) is { } e) events[id] = e;
                if (!waiting.Remove(id, out var dependents)) continue;
                foreach (var dependent in dependents) ready.Enqueue(dependent);
            }
            // Whatever still waits is anchored in a cycle (an event anchored on itself among them).
            foreach (var (node, id) in waiting.Values.SelectMany(l => l).OrderBy(e => e.Node.Start.Line))
                Problem(node["anchor"], $"event '{id}' is anchored in a cycle of anchors");
            var ordered = events.Values.OrderBy(e => e.Passage.Start).ThenBy(e => e.Date.Start).ToList();
            return new PaperKnowledge(paper, path, _actors, ordered, _notEvents, _mentions, _problems) { Offices = _offices };
        }

        private void ReadActor(YamlMappingNode node)
        {
            CheckKeys(node, ActorKeys, "an actor");
            var id = RequiredId(node, "actor");
            var name = Required(node, "name", "actor");
            if (id is null || name is null) return;
            if (_actorsById.ContainsKey(id))
            {
                Problem(node["id"], $"duplicate id '{id}': ids must be unique across events and actors");
                return;
            }
            var kindText = Required(node, "kind", "actor");
            if (kindText is null) return;
            if (!Enum.TryParse<ActorKind>(kindText, ignoreCase: true, out var kind) || int.TryParse(kindText, out _))
            {
                Problem(node["kind"], $"unknown actor kind '{kindText}'; use person, state, organisation, group or body");
                return;
            }
            var offices = new List<Office>();
            foreach (var office in Items(node, "offices"))
            {
                CheckKeys(office, OfficeKeys, "an office");
                var title = Required(office, "title", "office");
                if (title is null) continue;
                offices.Add(new Office(title, List(office, "forms"), DateField(office, "from"), DateField(office, "to"))
                {
                    Note = Scalar(office, "note"),
                    Source = Scalar(office, "quote") is not null ? Quote(office, "quote") : null,
                });
            }
            var actor = new Actor(id, name, kind, List(node, "aliases"), offices) { Description = Scalar(node, "description"), NoteSpellings = List(node, "noteSpellings") };
            _actors.Add(actor);
            _actorsById[id] = actor;
        }

        /// <summary>An office named on its own ("Russian President"): its title must be an office of an actor of this file.</summary>
        private void ReadNamedOffice(YamlMappingNode node)
        {
            CheckKeys(node, NamedOfficeKeys, "an office of 'offices'");
            var title = Required(node, "title", "office");
            if (title is null) return;
            var titles = _actors.SelectMany(a => a.Offices).Select(o => o.Title).Distinct(StringComparer.Ordinal).ToList();
            if (!titles.Contains(title, StringComparer.Ordinal))
            {
                Problem(node["title"], $"no actor of this file holds the office '{title}'{Suggest(title, titles)}");
                return;
            }
            if (_offices.Any(o => o.Title == title))
            {
                Problem(node["title"], $"the office '{title}' is listed twice; give all its aliases in one entry");
                return;
            }
            var aliases = new List<string>();
            foreach (var alias in List(node, "aliases"))
            {
                if (_actors.FirstOrDefault(a => a.Names.Contains(alias, StringComparer.Ordinal)) is { } actor)
                    Problem(node["aliases"], $"'{alias}' is an alias of actor '{actor.Id}' and a name of the office '{title}'; as the office's it means whoever held it at the time, so drop it from the actor");
                else if (_offices.FirstOrDefault(o => o.Aliases.Contains(alias, StringComparer.Ordinal)) is { } other)
                    Problem(node["aliases"], $"'{alias}' names both the office '{other.Title}' and the office '{title}'");
                else aliases.Add(alias);
            }
            if (aliases.Count == 0) Problem(node, $"the office '{title}' without 'aliases' (the words that name it on their own, e.g. Russian President)");
            else _offices.Add(new OfficeNames(title, aliases));
        }

        private Event? ReadEvent(YamlMappingNode node, string id, Dictionary<string, Event> known)
        {
            CheckKeys(node, EventKeys, "an event");
            var title = Required(node, "title", "event");
            var date = DateField(node, "date", required: true);
            var passage = Quote(node, "quote");
            var actors = new List<Actor>();
            if (node.Children.TryGetValue(new YamlScalarNode("actors"), out var actorList))
            {
                foreach (var item in (actorList as YamlSequenceNode)?.Children ?? [])
                {
                    var actorId = (item as YamlScalarNode)?.Value;
                    if (actorId is not null && _actorsById.TryGetValue(actorId, out var actor)) actors.Add(actor);
                    else Problem(item, $"unknown actor '{actorId}' in event '{id}'{Suggest(actorId, _actorsById.Keys)}");
                }
            }
            Event? anchor = null;
            if (Scalar(node, "anchor") is { } anchorId && !known.TryGetValue(anchorId, out anchor))
                Problem(node["anchor"], _eventIds.Contains(anchorId)
                    ? $"event '{id}' is anchored on event '{anchorId}', which has a problem of its own"
                    : $"event '{id}' is anchored on unknown event '{anchorId}'{Suggest(anchorId, known.Keys)}");
            if (title is null || date is null || passage is null) return null;
            if (!PassageStates(passage, date, anchor))
            {
                var said = MentionsIn(passage).Select(m => m.Date?.Text ?? Text(m)).ToList();
                Problem(node["date"], said.Count == 0
                    ? $"event '{id}' is dated '{date.Text}' but its quote states no date"
                    : $"event '{id}' is dated '{date.Text}' but its quote says {string.Join(", ", said.Select(s => $"'{s}'"))}");
            }
            var same = Scalar(node, "order") == "same";
            var order = same ? null : SaidOrder(node, id, date, passage, anchor);
            return new Event(id, title, date, actors, passage, paper)
            {
                Keywords = List(node, "keywords"),
                Names = List(node, "names"),
                AnchorId = anchor?.Id,
                Order = order,
                Within = same ? SameAs(node, id, date, anchor) : order is null || anchor is null ? null : Within(date, order.Direction, anchor.Date),
                ToldAgain = same,
            };
        }

        private void ReadNotEvent(YamlMappingNode node)
        {
            CheckKeys(node, NotEventKeys, "a not-event");
            var reason = Required(node, "reason", "not-event entry");
            var passage = Quote(node, "quote");
            if (reason is not null && passage is not null) _notEvents.Add(new NotEvent(passage, reason));
        }

        /// <summary>
        /// For an event the paper tells of again as its anchor (<c>order: same</c>: "intra-Afghan peace talks began in 2015",
        /// the talks begun on 9–10 July 2015), the anchor's finer date, which must lie within the event's.
        /// </summary>
        private HistoricalDate? SameAs(YamlMappingNode node, string id, HistoricalDate date, Event? anchor)
        {
            if (!Anchored(node, id, anchor)) return null;
            if (anchor.Date.Start < date.Start || anchor.Date.End > date.End || (anchor.Date.Start == date.Start && anchor.Date.End == date.End))
            {
                Problem(node["order"], $"event '{id}' ({date.Text}) is the same as its anchor '{anchor.Id}' ({anchor.Date.Text}) only if the anchor's date lies within its own and is finer");
                return null;
            }
            return anchor.Date;
        }

        /// <summary>Whether an event with an order has its anchor; an order without any anchor key is reported (a bad one has its own problem).</summary>
        private bool Anchored(YamlMappingNode node, string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] Event? anchor)
        {
            if (anchor is not null) return true;
            if (Scalar(node, "anchor") is null) Problem(node["order"], $"event '{id}' has an order but no anchor to be before or after");
            return false;
        }

        /// <summary>The part of a date that an order against another date leaves, when that is less than the date and not nothing.</summary>
        private static HistoricalDate? Within(HistoricalDate date, RelativeDirection direction, HistoricalDate anchor)
        {
            if (!date.IsValid || !anchor.IsValid) return null;
            var (start, end) = direction == RelativeDirection.After
                ? (anchor.Start > date.Start ? anchor.Start : date.Start, date.End)
                : (date.Start, anchor.End < date.End ? anchor.End : date.End);
            return start > end || (start == date.Start && end == date.End) ? null : new HistoricalDate(start, end, DatePrecision.Range, date.Text);
        }

        /// <summary>
        /// The order the event's <c>order:</c> key says the paper gives against its anchor, with the distance of the
        /// passage's relative expression when it is exact ("after three days", not "about a month later"). The key must
        /// have an anchor, agree with that expression's direction and with the two dates.
        /// </summary>
        private SaidOrder? SaidOrder(YamlMappingNode node, string id, HistoricalDate date, Passage passage, Event? anchor)
        {
            if (Scalar(node, "order") is not { } order) return null;
            var key = node["order"];
            if (order is not ("before" or "after"))
            {
                Problem(key, $"event '{id}' has order '{order}': write before, after or same (its place against its anchor)");
                return null;
            }
            if (!Anchored(node, id, anchor)) return null;
            var direction = order == "after" ? RelativeDirection.After : RelativeDirection.Before;
            if (direction == RelativeDirection.After ? date.End < anchor.Date.Start : date.Start > anchor.Date.End)
            {
                Problem(key, $"event '{id}' ({date.Text}) cannot come {order} its anchor '{anchor.Id}' ({anchor.Date.Text})");
                return null;
            }
            var said = MentionsIn(passage).FirstOrDefault(m => m.Relative?.Direction is RelativeDirection.After or RelativeDirection.Before
                && m.ResolveAgainst(anchor.Date) is { } implied && implied.Agrees(date));
            if (said is not null && said.Relative!.Direction != direction)
            {
                Problem(key, $"event '{id}' has order '{order}' but its quote says '{Text(said)}'");
                return null;
            }
            var exact = said is not null && Hedges.ExactDistance(Text(said));
            return new SaidOrder(direction, exact ? said!.Relative! with { AnchorText = null } : null);
        }

        /// <summary>Whether some date the passage states, or implies relative to the anchor, agrees with the event's date.</summary>
        private bool PassageStates(Passage passage, HistoricalDate date, Event? anchor)
        {
            foreach (var mention in MentionsIn(passage))
            {
                if (mention.Date is { } stated && stated.Agrees(date)) return true;
                if (anchor is not null && mention.Relative is not null && mention.ResolveAgainst(anchor.Date) is { } implied && implied.Agrees(date)) return true;
            }
            return false;
        }

        private IEnumerable<DateMention> MentionsIn(Passage passage) =>
            _mentions.Where(m => passage.Contains(m.Start, m.Length));

        private string Text(DateMention m) => paper.Reading.Text.Substring(m.Start, m.Length);

        private Passage? Quote(YamlMappingNode node, string key)
        {
            var quote = Required(node, key, "entry");
            if (quote is null) return null;
            if (!_found.TryGetValue(quote, out var found)) _found[quote] = found = paper.Find(quote);
            if (found.Count == 1) return found[0];
            Problem(node[key], found.Count == 0
                ? $"quote not found in {paper.FileName}: \"{Shorten(quote)}\""
                : $"quote occurs {found.Count} times in {paper.FileName} (lines {string.Join(", ", found.Select(f => f.Range.Start.DisplayLine))}); quote more of the passage");
            return null;
        }

        private HistoricalDate? DateField(YamlMappingNode node, string key, bool required = false)
        {
            var text = required ? Required(node, key, "event") : Scalar(node, key);
            if (text is null) return null;
            var date = DateRecognizer.ParseOne(text);
            if (date is null) Problem(node[key], $"'{text}' is not a date Marginalia understands (e.g. 15 February 1989, November 1991, 1992–1996, the 1980s)");
            else if (!date.IsValid) Problem(node[key], $"'{text}' is not a real date: {date.Invalid}");
            return date;
        }

        private string? RequiredId(YamlMappingNode node, string what)
        {
            var id = Required(node, "id", what);
            if (id is not null && !IsKebab(id))
            {
                Problem(node["id"], $"id '{id}' must be lowercase words joined by hyphens, e.g. soviet-withdrawal-1989");
                return null;
            }
            return id;
        }

        private string? Required(YamlMappingNode node, string key, string what)
        {
            var value = Scalar(node, key);
            if (string.IsNullOrWhiteSpace(value)) Problem(node, $"{what} without '{key}'");
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }

        private static string? Scalar(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode s ? s.Value : null;

        private IReadOnlyList<string> List(YamlMappingNode node, string key)
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value)) return [];
            if (value is YamlSequenceNode seq) return seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList();
            Problem(value, $"'{key}' must be a list");
            return [];
        }

        private IEnumerable<YamlMappingNode> Items(YamlMappingNode node, string key)
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value)) yield break;
            if (value is not YamlSequenceNode seq)
            {
                Problem(value, $"'{key}' must be a list");
                yield break;
            }
            foreach (var item in seq.Children)
            {
                if (item is YamlMappingNode map) yield return map;
                else Problem(item, $"each item of '{key}' must be a mapping (id: …, title: …)");
            }
        }

        private void CheckKeys(YamlMappingNode node, string[] allowed, string what)
        {
            foreach (var key in node.Children.Keys.OfType<YamlScalarNode>())
            {
                if (!allowed.Contains(key.Value, StringComparer.Ordinal))
                    Problem(key, $"unknown field '{key.Value}' in {what}{Suggest(key.Value, allowed)}");
            }
        }

        private void Problem(YamlNode node, string message) => _problems.Add(new KnowledgeProblem(path, (int)node.Start.Line, message));

        private static string Suggest(string? given, IEnumerable<string> known)
        {
            if (given is null) return "";
            var best = known.Select(k => (k, d: EditDistance.Between(given, k))).Where(x => x.d <= Math.Max(2, given.Length / 3)).OrderBy(x => x.d).FirstOrDefault();
            return best.k is null ? "" : $"; did you mean '{best.k}'?";
        }

        private static bool IsKebab(string id) =>
            id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && id[0] != '-' && id[^1] != '-' && !id.Contains("--");

        private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "…";
    }
}
