using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vc2.Platform.JobCentres;

internal sealed class JobCentreConfiguration : IEntityTypeConfiguration<JobCentre>
{
    public void Configure(EntityTypeBuilder<JobCentre> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.MunicipalityNumber).HasMaxLength(3);
        e.HasIndex(x => x.MunicipalityNumber).IsUnique();
        e.Property(x => x.Address).HasMaxLength(300);
        e.Property(x => x.ContactName).HasMaxLength(200);
        e.Property(x => x.ContactEmail).HasMaxLength(200);
        e.Property(x => x.ContactPhone).HasMaxLength(40);
    }
}

internal sealed class JobCentreCommitmentConfiguration : IEntityTypeConfiguration<JobCentreCommitment>
{
    public void Configure(EntityTypeBuilder<JobCentreCommitment> e)
    {
        e.Property(x => x.LetterReference).HasMaxLength(100);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(200);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.JobCentreId, x.Number }).IsUnique();
    }
}
