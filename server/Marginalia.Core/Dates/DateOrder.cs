namespace Marginalia.Core.Dates;

/// <summary>
/// How a workspace writes numeric dates whose day and month could be either ("07/05/2005"): unknown (a day-first reading,
/// with the month-first one kept as an ambiguity, MRG008), day first, or month first. Unambiguous ones ("15/02/1989",
/// "02/15/1989") are read as they must be whatever the setting.
/// </summary>
public enum DateOrder
{
    Either,
    DayFirst,
    MonthFirst,
}

public static class DateOrders
{
    /// <summary>The names the settings write, in the order they are offered.</summary>
    public static IReadOnlyList<string> Names { get; } = ["either", "dayFirst", "monthFirst"];

    public static DateOrder? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "either" => DateOrder.Either,
        "dayfirst" => DateOrder.DayFirst,
        "monthfirst" => DateOrder.MonthFirst,
        _ => null,
    };

    /// <summary>A date read under the order: the ambiguity settled one way, the other reading dropped.</summary>
    public static DateMention Settle(DateMention date, DateOrder order) =>
        date.AlternativeReading is not { } other || order == DateOrder.Either ? date
        : order == DateOrder.DayFirst ? date with { AlternativeReading = null }
        : date with { Date = other, AlternativeReading = null, Style = DateStyle.SlashedMonthFirst };
}
