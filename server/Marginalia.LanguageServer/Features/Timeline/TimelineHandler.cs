using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Features.Timeline;

/// <summary><c>marginalia/timeline</c>: every event of the papers and every claim of the notes, for the timeline view.</summary>
public sealed class TimelineHandler(WorkspaceSession session) : IRequestHandler<NoParams, TimelineResult>
{
    public async Task<TimelineResult> Handle(NoParams request, CancellationToken cancellationToken)
    {
        var index = await session.NotesAsync(cancellationToken).ConfigureAwait(false);
        // Checking the notes not checked yet is CPU work: off the dispatch thread.
        var timeline = await Task.Run(index.Timeline, cancellationToken).ConfigureAwait(false);
        return TimelineMapper.ToProtocol(timeline, session.UriOf);
    }
}
