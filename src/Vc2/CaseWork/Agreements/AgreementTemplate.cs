using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Agreements;

/// <summary>
/// A version of the agency's template for the work agreement ("Arbejdsmarkedsstyrelsen udarbejder en skabelon for
/// arbejdsaftalen, som skal benyttes af de deltagende jobcentre", holdepunkt 3, ADR 0024). The four parts the programme
/// requires are fixed — their titles are in code — and the template gives each the agency's guidance; extra sections
/// (<see cref="AgreementTemplateSection"/>) add what the agency wants beyond them. Not a job centre's data: one template
/// for the whole programme. A draft is edited in place; publishing freezes it, and the newest published version is the
/// one a new work agreement uses and records (<see cref="WorkAgreement.TemplateNumber"/>).
/// </summary>
[FeedsNoFigures]
public sealed class AgreementTemplate : IDesignVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>1, 2, 3 … in the order the versions were started.</summary>
    public int Number { get; set; }

    public DesignStatus Status { get; set; }

    public required string LongTermGoalGuidance { get; set; }

    public required string PlacementGoalGuidance { get; set; }

    public required string TasksAndHoursGuidance { get; set; }

    public required string MentorRoleGuidance { get; set; }

    public required string SubGoalsGuidance { get; set; }

    public List<AgreementTemplateSection> Sections { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    public int Version { get; set; }
}

/// <summary>A section the agency adds to the work agreement beyond the four required parts.</summary>
[FeedsNoFigures]
public sealed class AgreementTemplateSection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TemplateId { get; set; }

    public int Order { get; set; }

    public required string Title { get; set; }

    public required string Guidance { get; set; }

    /// <summary>Whether the caseworker must fill it in.</summary>
    public bool Required { get; set; }
}

/// <summary>The text of an extra section in one work agreement, with the section's title as the template had it.</summary>
public sealed class AgreementSection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AgreementId { get; set; }

    public int Order { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }
}

/// <summary>The four parts every work agreement has, in the programme's words. Version 1 of the template, with the
/// programme description's guidance, is inserted by the migration <c>ProgrammeDesign</c>.</summary>
public static class AgreementParts
{
    public const string LongTermGoal = "1. Borgerens langsigtede jobmål";
    public const string PlacementGoal = "2. Det konkrete mål for forløbet";
    public const string TasksAndHours = "3. Arbejdsopgaver og arbejdstid";
    public const string MentorRole = "4. Mentorens rolle og støtteopgaver";
    public const string SubGoals = "Delmål";
}
