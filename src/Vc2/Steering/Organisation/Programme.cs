namespace Vc2.Steering.Organisation;

/// <summary>The programme period as the holdepunkter read it (quarters for network meetings, the participant minimum).</summary>
public sealed class ProgrammeOptions
{
    /// <summary>The first day of the programme: quarters are counted from here.</summary>
    public DateOnly Start { get; set; } = new(2014, 1, 1);

    /// <summary>The last day of the programme.</summary>
    public DateOnly End { get; set; } = new(2015, 12, 31);

    /// <summary>How many participants a job centre should have taken in by <paramref name="today"/>: its committed
    /// number (<paramref name="committed"/>; without a commitment, the minimum), pro rata over the period.</summary>
    public int ExpectedBy(DateOnly today, int committed)
    {
        var total = End.DayNumber - Start.DayNumber + 1;
        var elapsed = Math.Clamp(today.DayNumber - Start.DayNumber + 1, 0, total);
        return (int)Math.Ceiling((decimal)Target(committed) * elapsed / total);
    }

    /// <summary>The participants a job centre is measured against: its commitment, or the minimum without one.</summary>
    public int Target(int committed) => committed > 0 ? committed : MinimumParticipants;

    /// <summary>The minimum number of citizens each job centre must take in over the period, where no commitment says
    /// otherwise (holdepunkt 8).</summary>
    public int MinimumParticipants { get; set; } = 100;
}

/// <summary>A calendar quarter, e.g. "2015 K2".</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public DateOnly First => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly Last => First.AddMonths(3).AddDays(-1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public override string ToString() => $"{Year} K{Number}";

    /// <summary>Every quarter from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>.</summary>
    public static IEnumerable<Quarter> Between(DateOnly from, DateOnly to)
    {
        for (var q = Of(from); q.First <= to; q = q.Next)
        {
            yield return q;
        }
    }
}
