using Vc2.Platform.Data;

namespace Vc2.Platform.JobCentres;

/// <summary>A job centre (jobcenter): the tenant. Every citizen and company belongs to one. The agency sets it up with
/// its application and commitment (tilsagn, <see cref="JobCentreCommitment"/>); a job centre with data is closed, never
/// deleted.</summary>
public sealed class JobCentre : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>The municipality's three-digit number (kommunenummer), e.g. "751" for Aarhus.</summary>
    public required string MunicipalityNumber { get; set; }

    /// <summary>Expected participants over the project period as the latest commitment says; the grant frame is this ×
    /// the unit amount (R11), and the holdepunkt for participants counts against it.</summary>
    public int ExpectedParticipants { get; set; }

    public string? Address { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>The day the job centre left the programme; its data stays, read-only in spirit.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Days between follow-ups before one is overdue, as the job centre has set it ("Jobcentret fastlægger, hvor
    /// ofte", holdepunkt 4); none: the configured default (<c>CaseWork:FollowUpIntervalDays</c>).</summary>
    public int? FollowUpIntervalDays { get; set; }

    public int Version { get; set; }
}

/// <summary>One version of a job centre's commitment (tilsagn) from the agency: the participants it expects and so the
/// frame, with the application and the letter it answers. Versions are kept: a changed commitment is a new version,
/// and the statement shows which one it used.</summary>
public sealed class JobCentreCommitment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public int Number { get; set; }

    public int ExpectedParticipants { get; set; }

    public DateOnly? ApplicationReceivedOn { get; set; }

    public DateOnly CommittedOn { get; set; }

    /// <summary>The commitment letter's reference (journalnummer).</summary>
    public required string LetterReference { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }
}
