using Vc2.Platform.Data;

namespace Vc2.CaseWork.Placements;

/// <summary>Why a placement ended.</summary>
public enum EndReason
{
    OrdinaryJob = 1,
    Flexjob = 2,
    Education = 3,
    Illness = 4,
    DroppedOut = 5,
    Other = 6,
}

/// <summary>
/// A company placement (virksomhedscenterforløb). An interruption is a placement that ends (for illness or another
/// reason); a resumption is the next placement, at the same or another company. The grant engine (R2) chains them into
/// one course when the interruption is at most four weeks.
/// </summary>
public sealed class Placement : IVersioned, ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid CitizenId { get; set; }

    public Guid CompanyId { get; set; }

    /// <summary>The framework contract whose place the placement takes.</summary>
    public Guid? ContractId { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public DateOnly? ActualEnd { get; set; }

    public EndReason? EndReason { get; set; }

    public decimal? WeeklyHoursNow { get; set; }

    public decimal? WeeklyHoursTarget { get; set; }

    /// <summary>Agreed flexibility in attendance (fremmøde).</summary>
    public string? FlexAttendance { get; set; }

    public string? FlexHours { get; set; }

    public string? FlexTasks { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }

    public List<MentorAssignment> Mentors { get; set; } = [];
}

/// <summary>Which company mentor supports the placement from when to when; a change of mentor ends one row and starts the next.</summary>
public sealed class MentorAssignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlacementId { get; set; }

    public Guid MentorId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }
}

public static class EndReasonNames
{
    public static string Danish(EndReason reason) => reason switch
    {
        EndReason.OrdinaryJob => "Ordinært job",
        EndReason.Flexjob => "Fleksjob",
        EndReason.Education => "Uddannelse",
        EndReason.Illness => "Sygdom",
        EndReason.DroppedOut => "Udeblevet/faldet fra",
        EndReason.Other => "Andet",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}
