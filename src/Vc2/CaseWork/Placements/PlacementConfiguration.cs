using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;

namespace Vc2.CaseWork.Placements;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> e)
    {
        // A job centre's rows without a scan of the country's (tenancy filter; TenancyIndexTests).
        e.HasIndex(x => new { x.JobCentreId, x.Start });
        e.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.WeeklyHoursNow).HasPrecision(5, 2);
        e.Property(x => x.WeeklyHoursTarget).HasPrecision(5, 2);
        e.Property(x => x.FlexAttendance).HasMaxLength(1000);
        e.Property(x => x.FlexHours).HasMaxLength(1000);
        e.Property(x => x.FlexTasks).HasMaxLength(1000);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Company>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<FrameworkContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Mentors).WithOne().HasForeignKey(m => m.PlacementId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CitizenId, x.Start });
        e.HasIndex(x => new { x.CompanyId, x.Start });
    }
}

internal sealed class MentorAssignmentConfiguration : IEntityTypeConfiguration<MentorAssignment>
{
    public void Configure(EntityTypeBuilder<MentorAssignment> e) =>
        e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Restrict);
}
