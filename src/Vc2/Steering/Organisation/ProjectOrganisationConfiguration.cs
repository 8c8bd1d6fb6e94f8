using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.JobCentres;

namespace Vc2.Steering.Organisation;

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Department).HasMaxLength(200);
        e.Property(x => x.Role).HasMaxLength(200);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectPlanConfiguration : IEntityTypeConfiguration<ProjectPlan>
{
    public void Configure(EntityTypeBuilder<ProjectPlan> e)
    {
        e.Property(x => x.ProjectLeader).HasMaxLength(200);
        e.Property(x => x.CreatedBy).HasMaxLength(200);
        foreach (var name in new[]
                 {
                     nameof(ProjectPlan.Purpose), nameof(ProjectPlan.SuccessCriteria), nameof(ProjectPlan.Activities), nameof(ProjectPlan.Results),
                     nameof(ProjectPlan.Timeline), nameof(ProjectPlan.ResponsibilityPerHoldepunkt), nameof(ProjectPlan.Referral), nameof(ProjectPlan.CompanyKinds),
                     nameof(ProjectPlan.Organisation), nameof(ProjectPlan.LeadershipAndRehabilitationTeam),
                 })
        {
            e.Property(name).HasMaxLength(8000);
        }

        e.Property(x => x.AnswerToAgency).HasMaxLength(8000);
        e.Property(x => x.ReviewedBy).HasMaxLength(200);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.JobCentreId, x.Number }).IsUnique();
    }
}

internal sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> e)
    {
        e.Property(x => x.Section).HasMaxLength(40);
        e.Property(x => x.Text).HasMaxLength(4000);
        e.Property(x => x.AuthorName).HasMaxLength(200);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ProjectPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.JobCentreId, x.PlanId });
    }
}
