using System.Text.RegularExpressions;
using static Marginalia.Core.Dates.Forms.PatternParts;

namespace Marginalia.Core.Dates.Forms;

/// <summary>
/// "Christmas Eve 1991", "Christmas Day 1979", "Christmas 1979", "Boxing Day 2016", "New Year's Eve 1999", "New Year's Day
/// 1994", "New Year 1992": a day of the year by its name, read only with its year (a yearless "on New Year's Day" after
/// a December may be the next year's, and is left unread rather than guessed); not the Orthodox Christmas of 7 January,
/// nor a name that goes on ("the Christmas bombing", "Christmas-week").
/// </summary>
internal sealed partial class FeastDayForm : DateForm
{
    public override Trigger Trigger { get; } = Trigger.Near(TriggerWords.FeastDays, 1);

    public override Regex Pattern => ThePattern();

    [GeneratedRegex(@"\G(?<![\w-])(?<!Orthodox\s+)(?<name>Christmas\s+Eve|Christmas\s+Day|Christmas|Boxing\s+Day|New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day|New\s+Year)(?:,\s*|\s+of\s+|\s+)" + FourDigitYear)]
    private static partial Regex ThePattern();

    private static readonly (string Name, int Month, int Day)[] Days =
    [
        ("Christmas Eve", 12, 24), ("Christmas Day", 12, 25), ("Christmas", 12, 25), ("Boxing Day", 12, 26),
        ("New Year's Eve", 12, 31), ("New Year's Day", 1, 1), ("New Year", 1, 1),
    ];

    protected override void Read(string text, Match m, List<Candidate> found)
    {
        var name = string.Join(' ', m.Groups["name"].Value.Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var (_, month, day) = Days.First(d => d.Name == name);
        found.Add(Stated(m, HistoricalDate.OnDay(int.Parse(m.Groups["year"].ValueSpan), month, day, m.Value), DateStyle.Natural, joinable: false, priority: 1));
    }

    public override string? Write(HistoricalDate date, DateStyle style, HistoricalDate? previous = null) =>
        date is { Precision: DatePrecision.Day, IsValid: true, Day: { } d } && Days.FirstOrDefault(n => n.Month == d.Month && n.Day == d.Day) is { Name: { } name }
            ? $"{name} {d.Year}"
            : null;

    public override IReadOnlyList<RoundTrip> RoundTrips =>
    [
        new(HistoricalDate.OnDay(1991, 12, 24, "Christmas Eve 1991"), DateStyle.Natural),
        new(HistoricalDate.OnDay(1991, 12, 25, "Christmas Day 1991"), DateStyle.Natural),
        new(HistoricalDate.OnDay(2016, 12, 26, "Boxing Day 2016"), DateStyle.Natural),
        new(HistoricalDate.OnDay(1999, 12, 31, "New Year's Eve 1999"), DateStyle.Natural),
        new(HistoricalDate.OnDay(1994, 1, 1, "New Year's Day 1994"), DateStyle.Natural),
    ];
}
