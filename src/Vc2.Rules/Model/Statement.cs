namespace Vc2.Rules.Model;

/// <summary>The grant statement (opgørelse) of one or more job centres, with the ruleset and dates it was made on,
/// so that any amount can be reproduced.</summary>
public sealed record Statement(string Ruleset, DateOnly AsOf, IsoWeek RegisterCoveredThrough, IReadOnlyList<JobCentreStatement> JobCentres);

public sealed record JobCentreStatement(
    string Id,
    string? Name,
    decimal FixedGrant,
    decimal ActivityGrant,
    decimal ResultGrant,
    decimal Frame,
    decimal ActivityAndResultPayable,
    decimal FrameReduction,
    decimal Total,
    decimal AcontoPaid,
    decimal Balance,
    IReadOnlyList<CitizenStatement> Citizens,
    IReadOnlyList<TraceLine> Explanation);

public sealed record CitizenStatement(
    string Id,
    decimal ActivityGrant,
    decimal ResultGrant,
    IReadOnlyList<MonthAmount> Months,
    IReadOnlyList<Course> Courses,
    ResultOutcome Result,
    IReadOnlyList<TraceLine> Explanation);

/// <summary>The activity grant of one calendar month ("2014-02"): placement days in the month and the amount (R4).</summary>
public sealed record MonthAmount(string Month, int Days, decimal Amount);

public enum CourseStatus
{
    Qualified,
    Pending,
    NotQualified,
}

/// <summary>A course (samlet forløb, R2): its first and last placement day, days at a company, and the days three
/// months require (R3).</summary>
public sealed record Course(DateOnly First, DateOnly Last, int PlacementDays, int RequiredDays, CourseStatus Status)
{
    /// <summary>The day the course reaches three months if it runs on without a break (for forecasts and alerts).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly ReachesThreeMonthsOn => Last.AddDays(RequiredDays - PlacementDays);

    /// <summary>For a pending course, the last day the citizen can resume and keep the course (R5, after R2).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? ResumeBy { get; init; }
}

public enum ResultStatus
{
    Verified,
    Pending,
    None,
}

public enum OutcomeType
{
    Job,
    Flexjob,
    Education,
}

/// <summary>The citizen's result window (R6–R10), if any.</summary>
public sealed record ResultOutcome(ResultStatus Status, OutcomeType? Type = null, IsoWeek? FirstWeek = null, decimal? AverageHours = null,
    bool? NoFlexjobBonus = null);
