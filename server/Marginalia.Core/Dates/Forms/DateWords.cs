namespace Marginalia.Core.Dates.Forms;

/// <summary>The words of dates: month names, weekdays, numbers and ordinals in words, units of time, parts of a period.</summary>
internal static class DateWords
{
    public static readonly string[] MonthKeys = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static int MonthNumber(string name) => Array.IndexOf(MonthKeys, name[..3].ToLowerInvariant()) + 1;

    public static bool IsAbbreviated(string name)
    {
        var bare = name.TrimEnd('.');
        return bare.Length <= 4 && !bare.Equals("May", StringComparison.OrdinalIgnoreCase)
            && !bare.Equals("June", StringComparison.OrdinalIgnoreCase) && !bare.Equals("July", StringComparison.OrdinalIgnoreCase);
    }

    public static DayOfWeek WeekdayOf(string name) => name[..2].ToLowerInvariant() switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    public static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    /// <summary>
    /// The year of the months first–last counted from a date: the first such stretch that begins after it ends (step 1), the
    /// last that ends before it begins (-1), or the date's own year (0). "The following spring" after November 1991 is 1992's.
    /// </summary>
    public static int CountedYear(int first, int last, int step, HistoricalDate previous) => step switch
    {
        1 => previous.End < new DateOnly(previous.End.Year, first, 1) ? previous.End.Year : previous.End.Year + 1,
        -1 => new DateOnly(previous.Start.Year, first, 1).AddMonths(last - first + 1).AddDays(-1) < previous.Start ? previous.Start.Year : previous.Start.Year - 1,
        _ => previous.Start.Year,
    };

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty"];

    /// <summary>"a" 1, "seven" 7, "twenty-eight" 28, "40" 40.</summary>
    public static int NumberValue(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower is "a" or "an") return 1;
        if (Array.IndexOf(Tens, lower.Split('-')[0]) is var ten and >= 0)
            return 20 + 10 * ten + (lower.Contains('-') ? Array.IndexOf(NumberWords, lower[(lower.IndexOf('-') + 1)..]) : 0);
        var index = Array.IndexOf(NumberWords, lower);
        return index >= 0 ? index : int.Parse(word);
    }

    /// <summary>A count of a unit as a distance: "a fortnight" is two weeks, "half a year" six months.</summary>
    public static RelativeOffset Offset(string number, string unit, RelativeDirection direction)
    {
        var (of, fortnight) = (UnitOf(unit), unit.Equals("fortnight", StringComparison.OrdinalIgnoreCase));
        if (!number.StartsWith("half", StringComparison.OrdinalIgnoreCase)) return new(NumberValue(number) * (fortnight ? 2 : 1), of, direction);
        // Half of the unit, in the next smaller one.
        return of switch
        {
            TimeUnit.Decade => new(5, TimeUnit.Year, direction),
            TimeUnit.Year => new(6, TimeUnit.Month, direction),
            TimeUnit.Month => new(15, TimeUnit.Day, direction),
            TimeUnit.Week => fortnight ? new(1, TimeUnit.Week, direction) : new(3, TimeUnit.Day, direction),
            _ => new(0, TimeUnit.Day, direction),
        };
    }

    /// <summary>
    /// Two counts as one distance in the smaller unit: "a year and three weeks" is 55 weeks, "two years and four months" 28
    /// months. Null when no whole count of the smaller unit is that length (days after months or years, which differ in
    /// days), or when the second unit is not the smaller.
    /// </summary>
    public static RelativeOffset? Compound(string number, string unit, string smallerNumber, string smallerUnit, RelativeDirection direction)
    {
        var (first, second) = (Offset(number, unit, direction), Offset(smallerNumber, smallerUnit, direction));
        double? perFirst = (first.Unit, second.Unit) switch
        {
            (TimeUnit.Year, TimeUnit.Month) => 12,
            (TimeUnit.Year, TimeUnit.Week) => 365.25 / 7,
            (TimeUnit.Month, TimeUnit.Week) => 30.44 / 7,
            (TimeUnit.Week, TimeUnit.Day) => 7,
            _ => null,
        };
        return perFirst is { } per ? second with { Amount = (int)Math.Round(first.Amount * per) + second.Amount } : null;
    }

    public static TimeUnit UnitOf(string unit) => unit.ToLowerInvariant() switch
    {
        "day" => TimeUnit.Day,
        "week" or "fortnight" or "wk" => TimeUnit.Week,
        "month" or "mo" => TimeUnit.Month,
        "year" or "yr" => TimeUnit.Year,
        _ => TimeUnit.Decade,
    };

    public static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly string[] OrdinalTens = ["twentieth", "thirtieth", "fortieth", "fiftieth"];

    /// <summary>The number an ordinal in words gives ("eighteenth" 18, "twenty-first" or "twenty first" 21, "thirtieth" 30), or 0.</summary>
    public static int OrdinalWord(string word)
    {
        var lower = word.ToLowerInvariant().Replace(' ', '-');
        if (Array.IndexOf(OrdinalWords, lower) is var n and >= 0) return n + 1;
        if (Array.IndexOf(OrdinalTens, lower) is var tens and >= 0) return 20 + 10 * tens;
        return lower.IndexOf('-') is var dash and > 0 && Array.IndexOf(Tens, lower[..dash]) is var ten and >= 0
            && Array.IndexOf(OrdinalWords, lower[(dash + 1)..]) is var unit and >= 0 and < 9
            ? 20 + 10 * ten + unit + 1 : 0;
    }
    public enum Part { Early, Middle, Late }

    public static Part Qualifier(string word) => word.ToLowerInvariant() switch
    {
        "early" or "beginning" or "start" => Part.Early,
        "mid" or "middle" => Part.Middle,
        _ => Part.Late,
    };
}
