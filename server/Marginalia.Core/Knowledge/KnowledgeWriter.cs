using Marginalia.Core.Dates;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Marginalia.Core.Knowledge;

/// <summary>
/// Writes knowledge in the curated file format (seeds/knowledge.schema.json), so that a draft
/// from <see cref="EventExtractor"/> loads back with <see cref="KnowledgeLoader"/> and can be curated.
/// </summary>
public static class KnowledgeWriter
{
    public static string ToYaml(PaperKnowledge knowledge, string? title = null)
    {
        var file = new KnowledgeFile
        {
            Paper = knowledge.Paper.FileName,
            Title = title,
            Actors = knowledge.Actors.Select(a => new ActorEntry
            {
                Id = a.Id,
                Name = a.Name,
                Kind = a.Kind.ToString().ToLowerInvariant(),
                Aliases = a.Aliases.Count > 0 ? a.Aliases.ToList() : null,
                NoteSpellings = a.NoteSpellings.Count > 0 ? a.NoteSpellings.ToList() : null,
                Description = a.Description,
                Offices = a.Offices.Count > 0 ? a.Offices.Select(o => new OfficeEntry
                {
                    Title = o.Title,
                    Forms = o.Forms.Count > 0 ? o.Forms.ToList() : null,
                    From = o.From is null ? null : Write(o.From),
                    To = o.To is null ? null : Write(o.To),
                    Quote = o.Source?.Text,
                    Note = o.Note,
                }).ToList() : null,
            }).ToList(),
            Events = knowledge.Events.Select(e => new EventEntry
            {
                Id = e.Id,
                Title = e.Title,
                Date = Write(e.Date),
                Actors = e.Actors.Count > 0 ? e.Actors.Select(a => a.Id).ToList() : null,
                Quote = e.Passage.Text,
                Anchor = e.AnchorId,
                Keywords = e.Keywords.Count > 0 ? e.Keywords.ToList() : null,
                Names = e.Names.Count > 0 ? e.Names.ToList() : null,
            }).ToList(),
            NotEvents = knowledge.NotEvents.Count > 0
                ? knowledge.NotEvents.Select(n => new NotEventEntry { Quote = n.Passage.Text, Reason = n.Reason }).ToList()
                : null,
        };
        var serializer = new SerializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
            .Build();
        return "# yaml-language-server: $schema=./knowledge.schema.json\n"
             + $"# Draft knowledge of {knowledge.Paper.FileName}, extracted by Marginalia: curate ids, titles, actors and dates.\n"
             + serializer.Serialize(file);
    }

    /// <summary>A date as the knowledge file writes it, in a form the loader reads back at the same precision.</summary>
    private static string Write(HistoricalDate date) => DateWriter.Natural(date);

    private sealed class KnowledgeFile
    {
        public string? Paper { get; set; }
        public string? Title { get; set; }
        public List<ActorEntry>? Actors { get; set; }
        public List<EventEntry>? Events { get; set; }
        public List<NotEventEntry>? NotEvents { get; set; }
    }

    private sealed class ActorEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public List<string>? Aliases { get; set; }
        public List<string>? NoteSpellings { get; set; }
        public string? Description { get; set; }
        public List<OfficeEntry>? Offices { get; set; }
    }

    private sealed class OfficeEntry
    {
        public string? Title { get; set; }
        public List<string>? Forms { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
        public string? Quote { get; set; }
        public string? Note { get; set; }
    }

    private sealed class EventEntry
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Date { get; set; }
        public List<string>? Actors { get; set; }
        public string? Quote { get; set; }
        public string? Anchor { get; set; }
        public List<string>? Keywords { get; set; }
        public List<string>? Names { get; set; }
    }

    private sealed class NotEventEntry
    {
        public string? Quote { get; set; }
        public string? Reason { get; set; }
    }
}
