using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Placements;

namespace Vc2.CaseWork.FollowUps;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> e)
    {
        // A job centre's rows without a scan of the country's (tenancy filter; TenancyIndexTests).
        e.HasIndex(x => new { x.JobCentreId, x.Date });
        e.Property(x => x.Form).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Participants).HasMaxLength(1000);
        e.Property(x => x.Notes).HasMaxLength(4000);
        e.Property(x => x.CreatedBy).HasMaxLength(200);
        e.Property(x => x.HoursWorked).HasPrecision(5, 2);
        e.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<WorkAgreement>().WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Assessments).WithOne().HasForeignKey(a => a.FollowUpId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.PlacementId, x.Date });
    }
}

internal sealed class SubGoalAssessmentConfiguration : IEntityTypeConfiguration<SubGoalAssessment>
{
    public void Configure(EntityTypeBuilder<SubGoalAssessment> e)
    {
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Comment).HasMaxLength(1000);
        e.HasOne<SubGoal>().WithMany().HasForeignKey(x => x.SubGoalId).OnDelete(DeleteBehavior.Restrict);
    }
}
