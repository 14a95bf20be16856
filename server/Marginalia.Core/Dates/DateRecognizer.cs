namespace Marginalia.Core.Dates;

/// <summary>Finds every date expression in a text. (Stub: being written.)</summary>
public static class DateRecognizer
{
    public static IReadOnlyList<DateMention> Recognize(string text, HistoricalDate? context = null) => [];

    /// <summary>Reads a text that is one date and nothing else ("15 February 1989", "1992–96"), or null.</summary>
    public static HistoricalDate? ParseOne(string text) => null;
}
