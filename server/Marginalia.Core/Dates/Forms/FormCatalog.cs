namespace Marginalia.Core.Dates.Forms;

/// <summary>
/// Every written form of a date, in the order the recognizer proposes them (the one list: a form not here is not read,
/// and FormCatalogTests holds each one to its round trips). Adding a form is one small file and one line here.
/// </summary>
internal static class FormCatalog
{
    public static DayMonthYearForm DayMonthYear { get; } = new();
    public static MonthDayYearForm MonthDayYear { get; } = new();
    public static DayRangeForm DayRange { get; } = new();
    public static MonthYearForm MonthYear { get; } = new();
    public static LoneMonthForm LoneMonth { get; } = new();
    public static MonthRangeStartForm MonthRangeStart { get; } = new();
    public static NumericForm Numeric { get; } = new();
    public static YearForm Year { get; } = new();
    public static YearRangeForm YearRange { get; } = new();
    public static ShortYearForm ShortYear { get; } = new();
    public static QuarterForm Quarter { get; } = new();
    public static DecadeForm Decade { get; } = new();
    public static CenturyForm Century { get; } = new();
    public static PartOfMonthForm PartOfMonth { get; } = new();
    public static PartOfYearForm PartOfYear { get; } = new();
    public static SeasonForm Season { get; } = new();
    public static ContextYearForm ContextYear { get; } = new();
    public static ContextSeasonForm ContextSeason { get; } = new();
    public static ContextMonthForm ContextMonth { get; } = new();
    public static SameMonthForm SameMonth { get; } = new();
    public static NineElevenForm NineEleven { get; } = new();
    public static FeastDayForm FeastDay { get; } = new();
    public static EraForm Era { get; } = new();
    public static OffsetForm Offset { get; } = new();
    public static AgoLaterForm AgoLater { get; } = new();
    public static NextDayForm NextDay { get; } = new();
    public static LastingForm Lasting { get; } = new();
    public static HedgeForm Hedge { get; } = new();

    public static IReadOnlyList<DateForm> Forms { get; } =
    [
        DayMonthYear, MonthDayYear, DayRange, MonthYear, LoneMonth, MonthRangeStart, Numeric, Year, YearRange, ShortYear, Quarter,
        Decade, Century, PartOfMonth, PartOfYear, Season, ContextYear, ContextSeason, ContextMonth, SameMonth, NineEleven, FeastDay, Era, Offset, AgoLater, NextDay, Lasting,
        Hedge,
    ];

    private static readonly Dictionary<DateStyle, DateForm> Writers = Forms.SelectMany(f => f.Styles.Select(s => (s, f))).ToDictionary(p => p.s, p => p.f);

    /// <summary>The form that writes a style (without modifiers), or null for <see cref="DateStyle.Natural"/>.</summary>
    public static DateForm? WriterOf(DateStyle shape) => Writers.GetValueOrDefault(shape);
}
