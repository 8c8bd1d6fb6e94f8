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
/// A change is a new version; earlier versions are kept. The plan is made "i samspil med Arbejdsmarkedsstyrelsen": the
/// agency comments on its sections (<see cref="PlanComment"/>) and approves a version or asks for changes
/// (<see cref="Review"/>); the project leader answers with a new version (<see cref="AnswerToAgency"/>). Only the review
/// fields of a version ever change after it is saved.
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

    /// <summary>The project leader's answer to the agency's comments on the version before, saved with this version.</summary>
    public string? AnswerToAgency { get; set; }

    /// <summary>The agency's decision on this version.</summary>
    public PlanReview Review { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    public string? ReviewedBy { get; set; }
}

/// <summary>The agency's decision on a version of the project plan.</summary>
public enum PlanReview
{
    /// <summary>Saved, not yet decided by the agency.</summary>
    Awaiting = 0,

    /// <summary>The agency asks for a new version; its comments say what to change.</summary>
    ChangesRequested = 1,

    /// <summary>The agency has approved this version; holdepunkt 8 counts it.</summary>
    Approved = 2,
}

/// <summary>A comment on one section of one version of the project plan, by the agency or by the job centre's project
/// leader answering it.</summary>
public sealed class PlanComment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid PlanId { get; set; }

    /// <summary>The section's key (<see cref="PlanSections"/>).</summary>
    public required string Section { get; set; }

    public required string Text { get; set; }

    /// <summary>Written by the agency; else by the job centre.</summary>
    public bool ByAgency { get; set; }

    public required string AuthorName { get; set; }

    public DateTime WrittenAtUtc { get; set; }
}

/// <summary>The sections of the project plan, in the order of the programme description, with their Danish titles.</summary>
public static class PlanSections
{
    public static readonly IReadOnlyList<(string Key, string Title, Func<ProjectPlan, string> Text)> All =
    [
        ("project-leader", "Projektleder", p => p.ProjectLeader),
        ("purpose", "Formål", p => p.Purpose),
        ("success-criteria", "Succeskriterier", p => p.SuccessCriteria),
        ("activities", "Aktiviteter", p => p.Activities),
        ("results", "Resultater", p => p.Results),
        ("timeline", "Tidsplan", p => p.Timeline),
        ("responsibility", "Ansvar for hvert holdepunkt", p => p.ResponsibilityPerHoldepunkt),
        ("referral", "Visitation af borgere", p => p.Referral),
        ("company-kinds", "Typer af virksomheder", p => p.CompanyKinds),
        ("organisation", "Organisering", p => p.Organisation),
        ("leadership", "Ledelsens og rehabiliteringsteamets rolle", p => p.LeadershipAndRehabilitationTeam),
    ];

    public static string? Title(string key) => All.FirstOrDefault(s => s.Key == key).Title;

    public static string Danish(PlanReview review) => review switch
    {
        PlanReview.Approved => "Godkendt af styrelsen",
        PlanReview.ChangesRequested => "Styrelsen beder om ændringer",
        _ => "Venter på styrelsen",
    };
}
