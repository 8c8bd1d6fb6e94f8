using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.JobCentres;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Citizens;

/// <summary>How citizens are stored; their tenancy filter (which also lets a citizen see their own record) is in the context.</summary>
internal sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> e)
    {
        e.Property(x => x.CprHash).HasMaxLength(64);
        e.Property(x => x.CprCipher).HasMaxLength(200);
        e.Property(x => x.FirstName).HasMaxLength(100);
        e.Property(x => x.LastName).HasMaxLength(100);
        e.Property(x => x.Phone).HasMaxLength(40);
        e.Property(x => x.Email).HasMaxLength(200);
        e.Property(x => x.Address).HasMaxLength(300);
        e.Property(x => x.TargetGroup).HasConversion<string>().HasMaxLength(40);
        e.Ignore(x => x.FullName);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.JobCentreId, x.CprHash }).IsUnique();
        e.HasIndex(x => x.CprHash);
        e.HasIndex(x => new { x.JobCentreId, x.LastName });
        e.Property(x => x.PersonalMentorName).HasMaxLength(200);
        e.Property(x => x.PersonalMentorContact).HasMaxLength(200);
        e.Property(x => x.LongTermJobGoal).HasMaxLength(2000);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.CoordinatingCaseworkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExitStrategyConfiguration : IEntityTypeConfiguration<ExitStrategy>
{
    public void Configure(EntityTypeBuilder<ExitStrategy> e)
    {
        // A job centre's rows without a scan of the country's (tenancy filter; TenancyIndexTests).
        e.HasIndex(x => new { x.JobCentreId, x.CitizenId });
        e.Property(x => x.Target).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Steps).HasMaxLength(4000);
        e.Property(x => x.CreatedBy).HasMaxLength(200);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CitizenId, x.CreatedAtUtc });
    }
}

internal sealed class ExitStrategyCommentConfiguration : IEntityTypeConfiguration<ExitStrategyComment>
{
    public void Configure(EntityTypeBuilder<ExitStrategyComment> e)
    {
        e.HasIndex(x => new { x.JobCentreId, x.CitizenId });
        e.Property(x => x.Text).HasMaxLength(2000);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<ExitStrategy>().WithMany().HasForeignKey(x => x.ExitStrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TargetGroupCheckConfiguration : IEntityTypeConfiguration<TargetGroupCheck>
{
    public void Configure(EntityTypeBuilder<TargetGroupCheck> e)
    {
        // A job centre's rows without a scan of the country's (tenancy filter; TenancyIndexTests).
        e.HasIndex(x => new { x.JobCentreId, x.CitizenId });
        e.Property(x => x.Result).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.CheckedBy).HasMaxLength(200);
        e.Property(x => x.OverriddenBy).HasMaxLength(200);
        e.Property(x => x.OverrideReason).HasMaxLength(2000);
        e.Property(x => x.Evidence).HasMaxLength(4000);
        e.Ignore(x => x.InTargetGroup);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CitizenId, x.CheckedAtUtc });
    }
}
