using Marginalia.Core.Workspace;

namespace Marginalia.Benchmarks.Core;

/// <summary>The shipped paper, loaded once per process, and notes written from its events.</summary>
public static class Notes
{
    private static readonly Lazy<PaperLibrary> Shipped = new(PaperLibrary.Shipped);

    public static PaperLibrary Library => Shipped.Value;

    public static NoteWriter Writer(PaperLibrary library) => new(
        [.. library.Knowledge.Events.Select(e => new EventFacts(e.Id, e.Date.Start, e.Date.Precision.ToString().ToLowerInvariant(), [.. e.Actors.Select(a => a.Name)]))],
        [.. library.Knowledge.Actors.Select(a => a.Name)]);

    public static string Write(int lines, int seed = 1) => Writer(Library).Write(lines, seed);
}
