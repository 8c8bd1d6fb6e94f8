using Vc2.Platform.Data;

namespace Vc2.Steering.Organisation;

/// <summary>A member of the job centre's indsatsgruppe (holdepunkt 8): the group that steers the effort locally.</summary>
public sealed class GroupMember : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public required string Name { get; set; }

    public required string Department { get; set; }

    /// <summary>The member's role in the group, e.g. "formand" or "repræsentant for rehabiliteringsteamet".</summary>
    public required string Role { get; set; }

    public DateTime AddedAtUtc { get; set; }
}

/// <summary>
/// One version of the job centre's project plan (holdepunkt 8), with the sections the programme description asks for.
/// A change is a new version; earlier versions are kept.
/// </summary>
public sealed class ProjectPlan : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public int Number { get; set; }

    /// <summary>The project leader named in this version.</summary>
    public required string ProjectLeader { get; set; }

    public required string Purpose { get; set; }

    public required string SuccessCriteria { get; set; }

    public required string Activities { get; set; }

    public required string Results { get; set; }

    public required string Timeline { get; set; }

    public required string ResponsibilityPerHoldepunkt { get; set; }

    public required string Referral { get; set; }

    public required string CompanyKinds { get; set; }

    public required string Organisation { get; set; }

    /// <summary>The leadership's and the rehabilitation team's part.</summary>
    public required string LeadershipAndRehabilitationTeam { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }
}
