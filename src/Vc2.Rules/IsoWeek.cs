using System.Globalization;

namespace Vc2.Rules;

/// <summary>An ISO-8601 week ("2015-W07"): week 1 holds the year's first Thursday; weeks start on Monday.
/// The weekly benefit register and the result grant (R6–R9) count in these weeks.</summary>
public readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    public static IsoWeek Of(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    /// <summary>The Monday of the week. Computed with day numbers (day 0, 1 January 0001, was a Monday), because the
    /// engine asks for it for every one of millions of register rows.</summary>
    public DateOnly Monday => DateOnly.FromDayNumber(MondayDayNumber);

    /// <summary>Weeks since 1 January 0001: consecutive weeks have consecutive numbers, across years with 53 weeks.</summary>
    public int Ordinal => MondayDayNumber / 7;

    public static IsoWeek FromOrdinal(int ordinal) => Of(DateOnly.FromDayNumber(ordinal * 7));

    private int MondayDayNumber
    {
        get
        {
            var jan4 = new DateOnly(Year, 1, 4).DayNumber;
            return jan4 - (jan4 % 7) + ((Week - 1) * 7);
        }
    }

    public DateOnly Sunday => Monday.AddDays(6);

    public IsoWeek Next() => Of(Monday.AddDays(7));

    public IsoWeek AddWeeks(int weeks) => Of(Monday.AddDays(7 * weeks));

    /// <summary>Parses "2015-W07". Returns false for anything else, including week 53 of a year that has 52 weeks.</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (text is null || text.Length != 8 || text[4] != '-' || text[5] != 'W')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        return TryCreate(year, number, out week);
    }

    public static bool TryCreate(int year, int week, out IsoWeek result)
    {
        result = default;
        if (year is < 1900 or > 2999 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        result = new IsoWeek(year, week);
        return true;
    }

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator <(IsoWeek a, IsoWeek b) => a.CompareTo(b) < 0;

    public static bool operator >(IsoWeek a, IsoWeek b) => a.CompareTo(b) > 0;

    public static bool operator <=(IsoWeek a, IsoWeek b) => a.CompareTo(b) <= 0;

    public static bool operator >=(IsoWeek a, IsoWeek b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Year:D4}-W{Week:D2}";
}
