using Marginalia.Core.Dates;
using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.LanguageServer.Commands;

/// <summary>The JSON shapes of <c>events</c> and <c>actors</c>: 1-based lines and columns, as an editor shows them.</summary>
internal static class KnowledgeJson
{
    public sealed record DateJson(string Start, string End, string Precision, string Text);

    public sealed record SourceJson(string Path, int StartLine, int EndLine, int StartColumn, int EndColumn);

    public sealed record EventJson(string Id, string Title, DateJson Date, IReadOnlyList<string> Actors, SourceJson Source, string Paper, string? Anchor);

    public sealed record OfficeJson(string Title, DateJson? From, DateJson? To, string? Note);

    public sealed record ActorJson(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, IReadOnlyList<OfficeJson> Offices, SourceJson? Source, string? Description);

    public static DateJson Date(HistoricalDate d) =>
        new(d.Start.ToString("yyyy-MM-dd"), d.End.ToString("yyyy-MM-dd"), d.Precision.ToString().ToLowerInvariant(), d.Text);

    public static SourceJson Source(string path, Passage passage) =>
        new(CommonOptions.Relative(path), passage.Range.Start.DisplayLine, passage.Range.End.DisplayLine, passage.Range.Start.DisplayColumn, passage.Range.End.DisplayColumn);

    public static EventJson Event(Event e) =>
        new(e.Id, e.Title, Date(e.Date), e.Actors.Select(a => a.Name).ToList(), Source(e.Paper.Path, e.Passage), e.Paper.FileName, e.AnchorId);

    public static ActorJson Actor(KnowledgeBase knowledge, Actor a)
    {
        var first = knowledge.FirstMention(a);
        var paper = knowledge.PaperOf(a)?.Paper;
        return new(a.Id, a.Name, a.Kind.ToString().ToLowerInvariant(), a.Aliases,
            a.Offices.Select(o => new OfficeJson(o.Title, o.From is null ? null : Date(o.From), o.To is null ? null : Date(o.To), o.Note)).ToList(),
            first is null || paper is null ? null : Source(paper.Path, first), a.Description);
    }
}
