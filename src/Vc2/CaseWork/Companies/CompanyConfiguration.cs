using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.JobCentres;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Companies;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> e)
    {
        e.Property(x => x.Cvr).HasMaxLength(8);
        e.Property(x => x.PNumber).HasMaxLength(10);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Address).HasMaxLength(300);
        e.Property(x => x.PostalCode).HasMaxLength(4);
        e.Property(x => x.City).HasMaxLength(100);
        e.Property(x => x.Industry).HasMaxLength(200);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.JobCentreId, x.Cvr });
        foreach (var name in new[] { nameof(Company.ContactName), nameof(Company.ContactEmail), nameof(Company.FixedContactName), nameof(Company.FixedContactEmail), nameof(Company.FixedContactHours) })
        {
            e.Property(name).HasMaxLength(200);
        }

        e.Property(x => x.ContactPhone).HasMaxLength(40);
        e.Property(x => x.FixedContactPhone).HasMaxLength(40);
    }
}

internal sealed class FrameworkContractConfiguration : IEntityTypeConfiguration<FrameworkContract>
{
    public void Configure(EntityTypeBuilder<FrameworkContract> e)
    {
        // A job centre's rows without a scan of the country's (tenancy filter; TenancyIndexTests).
        e.HasIndex(x => new { x.JobCentreId, x.CompanyId });
        e.HasOne<Company>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CompanyId, x.From });
    }
}

internal sealed class CompanyMentorConfiguration : IEntityTypeConfiguration<CompanyMentor>
{
    public void Configure(EntityTypeBuilder<CompanyMentor> e)
    {
        // A job centre's rows without a scan of the country's (tenancy filter; TenancyIndexTests).
        e.HasIndex(x => new { x.JobCentreId, x.CompanyId });
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Phone).HasMaxLength(40);
        e.Property(x => x.Email).HasMaxLength(200);
        e.HasOne<Company>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Cascade);

        // A mentor's own login points at the mentor record (configured from this side, so that users need not know companies).
        e.HasMany<AppUser>().WithOne().HasForeignKey(u => u.CompanyMentorId).OnDelete(DeleteBehavior.SetNull);
    }
}
