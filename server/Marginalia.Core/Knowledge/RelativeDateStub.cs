using Marginalia.Core.Dates;

namespace Marginalia.Core.Knowledge;

// TEMPORARY until the recognizer lands with DateMention.ResolveAgainst.
internal static class RelativeDateStub
{
    public static HistoricalDate? ResolveAgainst(this DateMention mention, HistoricalDate anchor) => null;
}
