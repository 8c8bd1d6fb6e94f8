using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.JobCentres;

namespace Vc2.Platform.Users;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> e)
    {
        e.Property(x => x.UserName).HasMaxLength(200);
        e.Property(x => x.DisplayName).HasMaxLength(200);
        e.Property(x => x.Email).HasMaxLength(200);
        e.HasIndex(x => x.UserName).IsUnique();
        e.HasMany(x => x.Memberships).WithOne().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleMembershipConfiguration : IEntityTypeConfiguration<RoleMembership>
{
    public void Configure(EntityTypeBuilder<RoleMembership> e)
    {
        e.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.UserId, x.Role, x.JobCentreId }).IsUnique();
    }
}
