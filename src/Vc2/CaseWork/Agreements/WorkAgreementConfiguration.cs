using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.CaseWork.Placements;

namespace Vc2.CaseWork.Agreements;

internal sealed class WorkAgreementConfiguration : IEntityTypeConfiguration<WorkAgreement>
{
    public void Configure(EntityTypeBuilder<WorkAgreement> e)
    {
        // A job centre's rows without a scan of the country's (tenancy filter; TenancyIndexTests).
        e.HasIndex(x => new { x.JobCentreId, x.PlacementId });
        foreach (var name in new[] { nameof(WorkAgreement.LongTermGoal), nameof(WorkAgreement.PlacementGoal), nameof(WorkAgreement.TasksAndHours), nameof(WorkAgreement.MentorRole) })
        {
            e.Property(name).HasMaxLength(4000);
        }

        foreach (var name in new[] { nameof(WorkAgreement.CreatedBy), nameof(WorkAgreement.AcceptedByCitizenBy), nameof(WorkAgreement.AcceptedByCompanyBy), nameof(WorkAgreement.AcceptedByJobCentreBy) })
        {
            e.Property(name).HasMaxLength(200);
        }

        e.Ignore(x => x.IsAccepted);
        e.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.SubGoals).WithOne().HasForeignKey(g => g.AgreementId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Sections).WithOne().HasForeignKey(g => g.AgreementId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.PlacementId, x.Number }).IsUnique();
        e.HasMany(x => x.Acceptances).WithOne().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgreementAcceptanceConfiguration : IEntityTypeConfiguration<AgreementAcceptance>
{
    public void Configure(EntityTypeBuilder<AgreementAcceptance> e)
    {
        e.HasIndex(x => new { x.JobCentreId, x.AgreementId });
        e.Property(x => x.Party).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Way).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.By).HasMaxLength(200);
        e.Property(x => x.TextHash).HasMaxLength(64);
    }
}

internal sealed class SubGoalConfiguration : IEntityTypeConfiguration<SubGoal>
{
    public void Configure(EntityTypeBuilder<SubGoal> e) => e.Property(x => x.Text).HasMaxLength(1000);
}

internal sealed class AgreementSectionConfiguration : IEntityTypeConfiguration<AgreementSection>
{
    public void Configure(EntityTypeBuilder<AgreementSection> e)
    {
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Text).HasMaxLength(4000);
    }
}

internal sealed class AgreementTemplateConfiguration : IEntityTypeConfiguration<AgreementTemplate>
{
    public void Configure(EntityTypeBuilder<AgreementTemplate> e)
    {
        foreach (var name in new[]
                 {
                     nameof(AgreementTemplate.LongTermGoalGuidance), nameof(AgreementTemplate.PlacementGoalGuidance), nameof(AgreementTemplate.TasksAndHoursGuidance),
                     nameof(AgreementTemplate.MentorRoleGuidance), nameof(AgreementTemplate.SubGoalsGuidance),
                 })
        {
            e.Property(name).HasMaxLength(2000);
        }

        e.Property(x => x.CreatedBy).HasMaxLength(200);
        e.Property(x => x.PublishedBy).HasMaxLength(200);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasMany(x => x.Sections).WithOne().HasForeignKey(s => s.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgreementTemplateSectionConfiguration : IEntityTypeConfiguration<AgreementTemplateSection>
{
    public void Configure(EntityTypeBuilder<AgreementTemplateSection> e)
    {
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Guidance).HasMaxLength(2000);
    }
}
