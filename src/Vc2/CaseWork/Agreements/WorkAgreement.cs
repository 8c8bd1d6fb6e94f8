using Vc2.Platform.Data;

namespace Vc2.CaseWork.Agreements;

/// <summary>
/// A work agreement (arbejdsaftale) for a placement with the four parts holdepunkt 3 requires: the citizen's long-term
/// job goal, the concrete goal of this placement, tasks and hours, and the mentor's role and support — plus sub-goals
/// that follow-up measures against. A change is a new version (a new row); acceptances belong to one version.
/// </summary>
public sealed class WorkAgreement : IVersioned, ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid PlacementId { get; set; }

    /// <summary>1 for the first agreement of the placement, then 2, 3 …</summary>
    public int Number { get; set; }

    public required string LongTermGoal { get; set; }

    public required string PlacementGoal { get; set; }

    public required string TasksAndHours { get; set; }

    public required string MentorRole { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? AcceptedByCitizenAtUtc { get; set; }

    public string? AcceptedByCitizenBy { get; set; }

    public DateTime? AcceptedByCompanyAtUtc { get; set; }

    public string? AcceptedByCompanyBy { get; set; }

    public DateTime? AcceptedByJobCentreAtUtc { get; set; }

    public string? AcceptedByJobCentreBy { get; set; }

    public List<SubGoal> SubGoals { get; set; } = [];

    /// <summary>The agency's template version the agreement was written on (ADR 0024); none for agreements written
    /// before templates were the agency's data.</summary>
    public int? TemplateNumber { get; set; }

    /// <summary>The texts of the template's extra sections.</summary>
    public List<AgreementSection> Sections { get; set; } = [];

    /// <summary>Who accepted this version, how and the text they saw (ADR 0023).</summary>
    public List<AgreementAcceptance> Acceptances { get; set; } = [];

    public int Version { get; set; }

    public bool IsAccepted => AcceptedByCitizenAtUtc is not null && AcceptedByCompanyAtUtc is not null && AcceptedByJobCentreAtUtc is not null;

    /// <summary>Whether the party has accepted this version (also an acceptance registered before each acceptance was
    /// kept as an <see cref="AgreementAcceptance"/> with the text's hash).</summary>
    public bool IsAcceptedBy(AgreementParty party) => party switch
    {
        AgreementParty.Citizen => AcceptedByCitizenAtUtc is not null,
        AgreementParty.Company => AcceptedByCompanyAtUtc is not null,
        _ => AcceptedByJobCentreAtUtc is not null,
    };

    /// <summary>Who accepted for the party and when, from the summary columns.</summary>
    public (string? By, DateTime? AtUtc) AcceptanceOf(AgreementParty party) => party switch
    {
        AgreementParty.Citizen => (AcceptedByCitizenBy, AcceptedByCitizenAtUtc),
        AgreementParty.Company => (AcceptedByCompanyBy, AcceptedByCompanyAtUtc),
        _ => (AcceptedByJobCentreBy, AcceptedByJobCentreAtUtc),
    };
}

/// <summary>A sub-goal (delmål) of a work agreement.</summary>
public sealed class SubGoal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AgreementId { get; set; }

    public int Order { get; set; }

    public required string Text { get; set; }
}

/// <summary>Who accepts a work agreement.</summary>
public enum AgreementParty
{
    Citizen = 1,
    Company = 2,
    JobCentre = 3,
}
