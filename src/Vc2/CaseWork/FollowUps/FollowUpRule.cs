namespace Vc2.CaseWork.FollowUps;

/// <summary>Settings of the case work (section <c>CaseWork</c>).</summary>
public sealed class CaseWorkOptions
{
    /// <summary>Days between follow-ups before one is overdue (holdepunkt 4, "tæt opfølgning"); default four weeks. A job
    /// centre's own interval (<c>JobCentre.FollowUpIntervalDays</c>, set by its project leader) comes first.</summary>
    public int FollowUpIntervalDays { get; set; } = 28;

    /// <summary>The interval of a job centre: its own, else the default.</summary>
    public int IntervalFor(int? jobCentreInterval) => jobCentreInterval ?? FollowUpIntervalDays;

    /// <summary>How many days ahead the work list warns that a placement reaches three months.</summary>
    public int ThreeMonthsNoticeDays { get; set; } = 14;
}

public static class FollowUpRule
{
    /// <summary>When the next follow-up is due: the date the last one set, else the interval after the last one (or after
    /// the placement's start, when there has been none).</summary>
    public static DateOnly DueDate(DateOnly placementStart, DateOnly? lastFollowUp, DateOnly? lastNextDate, int intervalDays) =>
        lastNextDate ?? (lastFollowUp ?? placementStart).AddDays(intervalDays);
}
