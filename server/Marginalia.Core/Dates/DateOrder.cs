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
    /// <summary>The names the settings write, in the order they are offered: the orders' own, camel-cased ("dayFirst").</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<DateOrder>().Select(Name)];

    /// <summary>The order a setting names, in any case ("dayfirst"), or null.</summary>
    public static DateOrder? Parse(string? text) =>
        Enum.GetValues<DateOrder>().Cast<DateOrder?>().FirstOrDefault(o => Name(o!.Value).Equals(text?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Name(DateOrder order) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(order.ToString());

    /// <summary>A date read under the order: the ambiguity settled one way, the other reading dropped.</summary>
    public static DateMention Settle(DateMention date, DateOrder order) =>
        date.AlternativeReading is not { } other || order == DateOrder.Either ? date
        : order == DateOrder.DayFirst ? date with { AlternativeReading = null }
        : date with { Date = other, AlternativeReading = null, Style = DateStyle.SlashedMonthFirst };
}
